import { spawnSync } from 'node:child_process';
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDate } from '../../scripts/lib/data-date';

const FILES = ['awards.csv', 'editions.json'];

function dataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'peta-uhc-data-date-'));
  for (const f of FILES) writeFileSync(join(dir, f), 'x\n');
  return dir;
}

function git(dir: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
}

describe('the data date ("data per …")', () => {
  it('without git: the newest modification of the inputs', () => {
    const dir = dataDir();
    utimesSync(join(dir, 'awards.csv'), new Date('2026-03-04T10:00:00Z'), new Date('2026-03-04T10:00:00Z'));
    utimesSync(join(dir, 'editions.json'), new Date('2026-01-02T10:00:00Z'), new Date('2026-01-02T10:00:00Z'));
    expect(dataDate(dir, FILES)).toBe('2026-03-04');
  });

  it('committed: the date of the last commit that changed them; changed since: the change, not the commit', () => {
    const dir = dataDir();
    git(dir, ['init', '-q']);
    git(dir, ['add', '.']);
    git(dir, ['commit', '-q', '-m', 'data'], { GIT_COMMITTER_DATE: '2026-02-03T12:00:00+07:00', GIT_AUTHOR_DATE: '2026-02-03T12:00:00+07:00' });
    // A later commit elsewhere in the repository does not move the date.
    writeFileSync(join(dir, 'README.md'), 'notes\n');
    git(dir, ['add', 'README.md']);
    git(dir, ['commit', '-q', '-m', 'docs'], { GIT_COMMITTER_DATE: '2026-05-01T12:00:00Z', GIT_AUTHOR_DATE: '2026-05-01T12:00:00Z' });
    expect(dataDate(dir, FILES)).toBe('2026-02-03');
    writeFileSync(join(dir, 'awards.csv'), 'x\ny\n');
    utimesSync(join(dir, 'awards.csv'), new Date('2026-06-07T01:00:00Z'), new Date('2026-06-07T01:00:00Z'));
    utimesSync(join(dir, 'editions.json'), new Date('2026-01-02T10:00:00Z'), new Date('2026-01-02T10:00:00Z'));
    expect(dataDate(dir, FILES)).toBe('2026-06-07');
  });
});
