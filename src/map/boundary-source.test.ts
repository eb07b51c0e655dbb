import { describe, expect, it } from 'vitest';
import { boundarySources, boundarySourceUrl, parseBoundarySourceUrl } from './boundary-source';

describe('boundary source addresses', () => {
  it('name the file and the object the worker decodes, the file made absolute against the page', () => {
    const s = boundarySources({ url: '/peta/data/boundaries.topo.json?v=abc123' }, 'https://example.org/peta/wilayah/63.06-hss/');
    expect(parseBoundarySourceUrl(s.regions)).toEqual({ object: 'regions', file: 'https://example.org/peta/data/boundaries.topo.json?v=abc123' });
    expect(parseBoundarySourceUrl(s.provinces)).toEqual({ object: 'provinces', file: 'https://example.org/peta/data/boundaries.topo.json?v=abc123' });
  });

  it('keep a query string with & and # in the file address intact', () => {
    const file = 'https://example.org/data/b.topo.json?v=1&x=a#b';
    expect(parseBoundarySourceUrl(boundarySourceUrl('regions', file))).toEqual({ object: 'regions', file });
  });

  it('are not confused with any other address', () => {
    expect(parseBoundarySourceUrl('https://example.org/data/boundaries.topo.json')).toBeNull();
    expect(parseBoundarySourceUrl('peta-boundary://villages?file=x')).toBeNull();
    expect(parseBoundarySourceUrl('peta-boundary://regions?file=%E0%A4%A')).toBeNull();
  });
});
