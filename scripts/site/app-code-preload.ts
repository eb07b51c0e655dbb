import type { Plugin } from 'vite';

/**
 * index.html's entry (src/main.tsx) has no React in it: it paints the home page's first map, then imports the
 * app (src/app/mount-app.tsx). Left to Vite, the app's chunks would be asked for only once the entry has run,
 * a round trip late; these links ask for them with the page. At low priority, so on a slow link the first
 * map's files (the entry, the two data files, the coarse boundaries) come first. The app's stylesheet is
 * preloaded, not linked: a link would hold the first paint of the page's own counts until it is in.
 */
export function appCodePreload(): Plugin {
  let base = '/';
  return {
    name: 'peta-uhc-app-code-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const bundle = ctx.bundle ?? {};
        const chunks = new Map(Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
        const entry = [...chunks.values()].find((c) => c.isEntry);
        const app = [...chunks.values()].find((c) => c.facadeModuleId?.endsWith('src/app/mount-app.tsx'));
        if (!app || !entry) throw new Error('app-code-preload: the app chunk (src/app/mount-app.tsx) is missing from the bundle');
        // What the entry already loads statically is linked by Vite; the rest of the app's static graph here.
        const have = new Set<string>();
        const walk = (file: string) => {
          if (have.has(file)) return;
          have.add(file);
          for (const f of chunks.get(file)?.imports ?? []) walk(f);
        };
        walk(entry.fileName);
        const own = new Set(have);
        have.clear();
        walk(app.fileName);
        const files = [...have].filter((f) => !own.has(f));
        const linked = new Set([...own].flatMap((f) => [...(chunks.get(f)?.viteMetadata?.importedCss ?? [])]));
        const css = [...new Set(files.flatMap((f) => [...(chunks.get(f)?.viteMetadata?.importedCss ?? [])]))].filter((f) => !linked.has(f));
        return [
          ...files.map((f) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, fetchpriority: 'low', href: base + f },
            injectTo: 'head' as const,
          })),
          ...css.map((f) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, fetchpriority: 'low', href: base + f },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
