/**
 * A phone's screen: a touch pointer, or a phone's width. There the home page's first map is painted before the
 * app is in (first-map.ts) and the app's first render is sliced (mount-app.tsx); a desktop gets its own map
 * within a second and both only delayed it. page-facts.css hides the painted map's box on the complement.
 */
const PHONE_SCREEN_QUERY = '(pointer: coarse), (max-width: 640px)';

export function onPhoneScreen(): boolean {
  return window.matchMedia?.(PHONE_SCREEN_QUERY).matches ?? false;
}
