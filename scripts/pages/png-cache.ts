import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

/** Inter from an npm package (@expo-google-fonts/inter ships the TrueType files resvg reads; no system font is used). */
const CARD_FONTS = ['@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf', '@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'].map((f) =>
  require.resolve(f),
);

/**
 * SVG → PNG with resvg, skipped when the same SVG was rendered before: the PNG is kept in a git-ignored cache
 * keyed by a hash of its SVG, the renderer's version and the fonts, so a build after a one-row data change
 * renders only the cards that changed.
 */
export class PngCache {
  rendered = 0;
  reused = 0;
  private readonly salt: string;

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.salt = `${(require('@resvg/resvg-js/package.json') as { version: string }).version}|${CARD_FONTS.join('|')}`;
  }

  private readonly pending = new Set<Promise<void>>();
  /** Renders run on libuv's thread pool (resvg's renderAsync): as many at once as there are cores. */
  private readonly parallel = Math.max(1, availableParallelism());

  /** Queues one card; resolves once it may queue the next (at most `parallel` renders in flight). */
  async write(svg: string, out: string): Promise<void> {
    const key = createHash('sha256').update(this.salt).update(svg).digest('hex').slice(0, 24);
    const cached = join(this.dir, `${key}.png`);
    if (existsSync(cached)) {
      this.reused += 1;
      copyFileSync(cached, out);
      return;
    }
    const job = renderAsync(svg, { font: { fontFiles: CARD_FONTS, loadSystemFonts: false, defaultFontFamily: 'Inter' }, fitTo: { mode: 'original' } }).then(
      (image) => {
        const png = image.asPng();
        writeFileSync(cached, png);
        copyFileSync(cached, out);
        this.rendered += 1;
      },
    );
    const tracked = job.finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
    if (this.pending.size >= this.parallel) await Promise.race(this.pending);
  }

  /** Waits for every queued render. */
  async done(): Promise<void> {
    await Promise.all(this.pending);
  }
}
