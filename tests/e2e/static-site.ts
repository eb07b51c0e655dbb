import { createHash } from 'node:crypto';
import { cpSync, createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { contentTypeOf } from '../../scripts/site/content-types';
import { headersFor, readHeadersFile } from '../../scripts/site/headers-file';

/** A static host for a built site whose folder can be swapped, as a deploy swaps it: the same _headers applied. */
export interface StaticSite {
  url: string;
  deploy(dir: string): void;
  close(): Promise<void>;
}

export async function startStaticSite(dir: string): Promise<StaticSite> {
  let root = dir;
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    // Like a static host with the app's fallback: an unknown page is the app, an unknown file is a 404.
    if (!existsSync(file)) {
      if (extname(path)) return void res.writeHead(404).end();
      file = join(root, 'index.html');
    }
    for (const [name, value] of headersFor(readHeadersFile(join(root, '_headers')), path)) res.setHeader(name, value);
    res.setHeader('Content-Type', contentTypeOf(file));
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    deploy: (next) => (root = next),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * A copy of a built site whose award data says another date, as the next deploy of new data would be: the file
 * changes and so does its revision in the service worker's precache list (Workbox's revision is the MD5 of the
 * file), so browsers see a new service worker.
 */
export function copyWithNewData(from: string, to: string, asOf: string): void {
  cpSync(from, to, { recursive: true });
  let sw = readFileSync(join(to, 'sw.js'), 'utf8');
  // The first view reads the date from awards-map.json, the panels' file carries it too: both change.
  for (const name of ['awards-map.json', 'awards.json']) {
    const file = join(to, 'data', name);
    const text = JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), asOf });
    writeFileSync(file, text);
    const revision = createHash('md5').update(text).digest('hex');
    const pattern = new RegExp(`(url:"data/${name.replace('.', '\\.')}",revision:")[0-9a-f]+"`);
    const next = sw.replace(pattern, `$1${revision}"`);
    if (next === sw) throw new Error(`sw.js does not list data/${name} with a revision: has the precache list changed form?`);
    sw = next;
  }
  writeFileSync(join(to, 'sw.js'), sw);
}
