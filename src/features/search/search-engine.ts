// What the search box matches with (names, aliases, codes, place names): a chunk of its own, loaded when the box
// is first used, not with the first view (region-search.tsx).
export { suggestRegions } from '@/domain/suggest-regions';
export { indexPlaces } from '@/domain/suggest-places';
