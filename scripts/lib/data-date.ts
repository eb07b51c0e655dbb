/**
 * The day the award data was last changed, written into awards.json as `asOf` and shown as "data per <date>"
 * (in the footer, and in the offline line so a reader knows how old the copy on their phone is). It is the
 * commit date of the last commit that touched the inputs; when they have uncommitted changes (a maintainer
 * building new rows) or there is no git, the newest modification time among them.
 */
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';

/** The files of data/ that build-awards.ts reads. */
const AWARD_INPUTS = ['awards.csv', 'editions.json', 'criteria.json'];

function git(dir: string, args: string[]): string | undefined {
  const r = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** YYYY-MM-DD (UTC). */
export function dataDate(dataDir: string, files: readonly string[] = AWARD_INPUTS): string {
  const status = git(dataDir, ['status', '--porcelain', '--', ...files]);
  if (status === '') {
    // %cI: the committer date with its offset, read here as a UTC day like the mtime below.
    const committed = git(dataDir, ['log', '-1', '--format=%cI', '--', ...files]);
    if (committed) return new Date(committed).toISOString().slice(0, 10);
  }
  const newest = Math.max(...files.map((f) => statSync(join(dataDir, f)).mtimeMs));
  return new Date(newest).toISOString().slice(0, 10);
}
