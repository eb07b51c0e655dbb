import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentTypeOf } from '../site/content-types';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);

/**
 * A static host as a CDN would be: gzip for text (level 6, as most hosts use), long cache for hashed
 * assets and versioned data, SPA fallback to index.html. `mounts` maps URL prefixes to folders.
 */
export function startStaticServer(mounts: { prefix: string; dir: string }[], port: number): Promise<Server> {
  const gzCache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const mount = mounts.find((m) => url.pathname.startsWith(m.prefix))!;
    let rel = normalize(decodeURIComponent(url.pathname.slice(mount.prefix.length))).replace(/^(\.\.[/\\])+/, '');
    let file = join(mount.dir, rel);
    // A folder's own page (the region pages, wilayah/<code>-<slug>/), as a static host serves it.
    if (existsSync(file) && statSync(file).isDirectory() && existsSync(join(file, 'index.html'))) {
      rel = join(rel, 'index.html');
      file = join(file, 'index.html');
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      rel = 'index.html';
      file = join(mount.dir, rel);
    }
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    let body: Buffer = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': contentTypeOf(file) };
    headers['cache-control'] = rel.startsWith('assets/') || url.searchParams.has('v') ? 'public, max-age=31536000, immutable' : 'no-cache';
    if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const cached = gzCache.get(file) ?? gzipSync(body, { level: 6 });
      gzCache.set(file, cached);
      body = cached;
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
