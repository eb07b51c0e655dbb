/**
 * public/_headers is the one definition of the site's response headers: static hosts that read the file
 * (Netlify, Cloudflare Pages) apply it, and `vite preview` and the browser tests apply it through this module, so
 * every test runs under the headers a deployment sends. The format is theirs: a path pattern at the start of a
 * line, its headers indented under it as `Name: value`, `#` comments. Every rule whose pattern matches a path
 * applies; `*` matches any run of characters (slashes too), as on those hosts.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

export class HeadersFileError extends Error {}

export function parseHeadersFile(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trimEnd();
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new HeadersFileError(`${file}:${i + 1}: a path pattern starts with "/": ${line}`);
      rules.push({ pattern: line.trim(), headers: [] });
      return;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules[rules.length - 1];
    if (!m || !rule) throw new HeadersFileError(`${file}:${i + 1}: expected an indented "Name: value" under a path: ${line.trim()}`);
    rule.headers.push([m[1]!, m[2]!]);
  });
  return rules;
}

function patternRegex(pattern: string): RegExp {
  const escaped = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`);
}

/** The headers a response for `pathname` (no query: the hosts match paths only) carries, in file order. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): [string, string][] {
  const out = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!patternRegex(rule.pattern).test(pathname)) continue;
    // A header two matching rules both set is sent once with the values joined by a comma, as Cloudflare Pages
    // does (Netlify likewise combines them); public/_headers sets each header once per path (tested).
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const before = out.get(key);
      out.set(key, [before?.[0] ?? name, before ? `${before[1]}, ${value}` : value]);
    }
  }
  return [...out.values()];
}

/** Reads and parses a _headers file (the repository's public/_headers by default). */
export function readHeadersFile(path = join(dirname(fileURLToPath(import.meta.url)), '../../public/_headers')): HeaderRule[] {
  return parseHeadersFile(readFileSync(path, 'utf8'), path);
}
