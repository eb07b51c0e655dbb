import { describe, expect, it } from 'vitest';
import { headersFor, HeadersFileError, parseHeadersFile, readHeadersFile } from '../../scripts/site/headers-file';

const SAMPLE = `# comment
/*
  X-Content-Type-Options: nosniff
  Content-Security-Policy: default-src 'self'; frame-ancestors *
/assets/*
  Cache-Control: public, max-age=31536000, immutable
/
  Cache-Control: no-cache
`;

describe('the _headers file (one definition for static hosts, vite preview and the browser tests)', () => {
  it('applies every rule whose path pattern matches, * spanning slashes, the query ignored', () => {
    const rules = parseHeadersFile(SAMPLE);
    expect(headersFor(rules, '/assets/index-abc.js')).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['Content-Security-Policy', "default-src 'self'; frame-ancestors *"],
      ['Cache-Control', 'public, max-age=31536000, immutable'],
    ]);
    expect(headersFor(rules, '/')).toContainEqual(['Cache-Control', 'no-cache']);
    expect(headersFor(rules, '/wilayah/16.07-banyuasin/')).toEqual(headersFor(rules, '/x'));
    expect(headersFor(rules, '/wilayah/16.07-banyuasin/').map(([n]) => n)).not.toContain('Cache-Control');
  });

  it('joins a header two matching rules set with a comma, as the hosts do', () => {
    const rules = parseHeadersFile('/*\n  Cache-Control: public\n/a\n  cache-control: no-cache\n');
    expect(headersFor(rules, '/a')).toEqual([['Cache-Control', 'public, no-cache']]);
  });

  it('says where a malformed file is wrong', () => {
    expect(() => parseHeadersFile('/*\n  not a header\n', 'public/_headers')).toThrow(
      new HeadersFileError('public/_headers:2: expected an indented "Name: value" under a path: not a header'),
    );
    expect(() => parseHeadersFile('assets/*\n', '_h')).toThrow(/_h:1: a path pattern starts with "\/"/);
  });

  describe("the site's own public/_headers", () => {
    const rules = readHeadersFile();
    const csp = (path: string) => new Map(headersFor(rules, path)).get('Content-Security-Policy') ?? '';
    const directive = (path: string, name: string) =>
      csp(path)
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .find(([n]) => n === name)
        ?.slice(1);

    it('locks every page down: scripts only from the site, no plugins, no <base>, nosniff, a referrer policy, no device features', () => {
      for (const path of ['/', '/index.html', '/wilayah/16.07-banyuasin/', '/sw.js']) {
        expect(directive(path, 'script-src'), path).toEqual(["'self'"]);
        expect(directive(path, 'object-src'), path).toEqual(["'none'"]);
        expect(directive(path, 'base-uri'), path).toEqual(["'self'"]);
        expect(directive(path, 'connect-src'), path).toEqual(["'self'"]);
        const headers = new Map(headersFor(rules, path));
        expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
        expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
        expect(headers.get('Permissions-Policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
      }
    });

    it('sets each header once per path, so no host has to combine two values', () => {
      for (const path of ['/', '/index.html', '/assets/x.js', '/data/awards.json', '/sw.js', '/manifest.webmanifest']) {
        const names = rules.filter((r) => headersFor([r], path).length > 0).flatMap((r) => r.headers.map(([n]) => n.toLowerCase()));
        expect(new Set(names).size, path).toBe(names.length);
      }
    });

    it('asks for the page, the service worker and the manifest afresh, and keeps hashed files for a year', () => {
      for (const path of ['/', '/index.html', '/sw.js', '/manifest.webmanifest'])
        expect(new Map(headersFor(rules, path)).get('Cache-Control'), path).toBe('no-cache');
      expect(new Map(headersFor(rules, '/assets/maplibre-x.js')).get('Cache-Control')).toContain('immutable');
    });
  });
});
