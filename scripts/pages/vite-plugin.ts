import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * After `vite build` has written dist/, the site's pages are written into it (scripts/pages/build-pages.ts): a
 * page per kabupaten/kota and province with its head, social image and no-JS facts, the home page's counts,
 * sitemap.xml, robots.txt and the CSV. Run as its own process (tsx) because it reads the app's source through
 * its `@/` imports, which the config's own bundle does not resolve. The origin comes from SITE_ORIGIN, the
 * base path from Vite's `base`. REGION_PAGES=0 skips it (a quick local build).
 */
export function regionPages(): Plugin {
  let outDir = 'dist';
  let base = '/';
  let root = process.cwd();
  return {
    name: 'peta-uhc-region-pages',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      handler() {
        if (process.env.REGION_PAGES === '0') return;
        const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
        const r = spawnSync(process.execPath, [tsx, join(here, 'build-pages.ts'), '--dist', outDir, '--base', base], { stdio: 'inherit' });
        if (r.status !== 0) throw new Error(`region pages: build-pages.ts failed (exit ${r.status ?? r.signal})`);
      },
    },
  };
}
