import { chromium, type Browser } from 'playwright-core';

// No vitest imports here: the bench (scripts/bench) launches the same browser outside the test runner.

/** Debian's Chromium; `npx playwright install` cannot download here. Flags from docs/browser-testing.md. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless flags that make WebGL render without a GPU (SwiftShader) and keep Chromium off the network. */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
