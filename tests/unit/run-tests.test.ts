import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

describe('npm test on a machine without Chromium', () => {
  it('says so in one line with the command that installs it, and fails', () => {
    const r = spawnSync(process.execPath, ['scripts/run-tests.mjs'], {
      cwd: root,
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium', SKIP_E2E: '' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    const lines = (r.stdout + r.stderr).trim().split('\n');
    expect(lines).toEqual([
      'Chromium not found at /nonexistent/chromium: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH; SKIP_E2E=1 npm test skips the browser tests).',
    ]);
  });
});
