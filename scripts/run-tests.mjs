// Runs every test: unit/component tests (Vitest, jsdom), the production build, then end-to-end tests in
// headless Chromium. Prints the plain closing line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const vitest = 'node_modules/vitest/vitest.mjs';

// The browser tests drive Debian's Chromium (the same default path as tests/e2e/chromium.ts). Without it, say so
// in one line with what to run, before spending minutes on the rest.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (process.env.SKIP_E2E !== '1' && !existsSync(chromium)) {
  console.error(
    `Chromium not found at ${chromium}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH; SKIP_E2E=1 npm test skips the browser tests).`,
  );
  process.exit(1);
}
mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
let ok = true;

function runVitest(label, args, out) {
  rmSync(out, { force: true });
  const r = spawnSync(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile=${out}`, ...args], { stdio: 'inherit' });
  if (existsSync(out)) {
    const j = JSON.parse(readFileSync(out, 'utf8'));
    passed += j.numPassedTests;
    failed += j.numFailedTests + (j.numTotalTestSuites > 0 && j.numTotalTests === 0 ? 1 : 0);
    console.log(`${label}: ${j.numPassedTests} passed, ${j.numFailedTests} failed`);
  } else {
    failed += 1;
  }
  if (r.status !== 0) ok = false;
}

runVitest('unit', [], 'test-results/unit.json');
const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) {
  ok = false;
  failed += 1;
  console.error('build failed: end-to-end tests not run');
} else if (process.env.SKIP_E2E === '1') {
  console.log('e2e: skipped (SKIP_E2E=1)');
} else {
  runVitest('e2e', ['--config', 'vitest.e2e.config.ts'], 'test-results/e2e.json');
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
