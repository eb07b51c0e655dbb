/**
 * Runs before dev, build and test: generates public/data/ (git-ignored) from data/ and the npm
 * boundary/gazetteer packages. The boundary build (10–15 s) is skipped when nothing it reads has changed;
 * BOUNDARY_SOURCE=gadm (or a file, see build-boundaries.ts) picks another source than the open default.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'public/data');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

function boundaryInputsKey(): string {
  const h = createHash('sha256');
  const inputs = [
    join(root, 'scripts/build-boundaries.ts'),
    ...filesUnder(join(root, 'scripts/boundaries')),
    ...filesUnder(join(root, 'scripts/lib')),
    ...filesUnder(join(root, 'src/domain')),
    join(root, 'package-lock.json'),
  ].sort();
  h.update(`source=${process.env.BOUNDARY_SOURCE ?? ''}`);
  for (const f of inputs) if (existsSync(f)) h.update(f).update(readFileSync(f));
  return h.digest('hex');
}

function run(script: string): void {
  const r = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, script)], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const keyFile = join(out, '.boundary-inputs');
const key = boundaryInputsKey();
const fresh =
  ['boundaries.topo.json', 'boundaries-first.topo.json', 'regions.json'].every((f) => existsSync(join(out, f))) &&
  existsSync(keyFile) &&
  readFileSync(keyFile, 'utf8') === key;
if (fresh) console.log('build-boundaries: up to date (inputs unchanged), skipped');
else {
  run('scripts/build-boundaries.ts');
  writeFileSync(keyFile, key);
}
run('scripts/build-awards.ts');
run('scripts/build-places.ts');
