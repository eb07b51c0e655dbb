/**
 * data/*.csv|json → public/data/awards.json and, beside it, awards-map.json (the first view's outcomes only). Fails (exit 1) on any bad row, printing file, line and reason.
 * Usage: tsx scripts/build-awards.ts [--out public/data/awards.json]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toOutcomesFile } from '../src/data/award-outcomes';
import type { AwardsFile } from '../src/data/awards-file';
import { formatIssue, type DatasetIssue } from '../src/data/dataset-issue';
import { parseAwardCsv } from '../src/data/parse-award-rows';
import { parseCriteria, parseEditions } from '../src/data/parse-editions';
import type { Gazetteer } from '../src/domain/regions';
import { dataDate } from './lib/data-date';
import { readGazetteer } from './lib/read-gazetteer';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface AwardBuildResult {
  file: AwardsFile;
  errors: DatasetIssue[];
  warnings: DatasetIssue[];
}

export function buildAwards(dataDir: string, gazetteer: Gazetteer): AwardBuildResult {
  const rel = (f: string) => relative(root, join(dataDir, f)) || f;
  const readJson = (f: string): { json: unknown; issue?: DatasetIssue } => {
    try {
      return { json: JSON.parse(readFileSync(join(dataDir, f), 'utf8')) };
    } catch (e) {
      return { json: null, issue: { file: rel(f), message: `cannot read JSON: ${(e as Error).message}` } };
    }
  };
  const ed = readJson('editions.json');
  const editions = parseEditions(ed.json, rel('editions.json'));
  const years = new Set(editions.editions.map((e) => e.year));
  const cr = readJson('criteria.json');
  const criteria = parseCriteria(cr.json, rel('criteria.json'), years);
  const awards = parseAwardCsv(readFileSync(join(dataDir, 'awards.csv'), 'utf8'), { file: rel('awards.csv'), gazetteer, years });
  const errors = [ed.issue, cr.issue].filter((x): x is DatasetIssue => !!x).concat(editions.issues, criteria.issues, awards.errors);
  return {
    file: { asOf: dataDate(dataDir), editions: editions.editions, criteria: criteria.criteria, records: awards.records },
    errors,
    warnings: awards.warnings,
  };
}

function main() {
  const outArg = process.argv.indexOf('--out');
  const out = outArg > 0 ? process.argv[outArg + 1]! : join(root, 'public/data/awards.json');
  const dataArg = process.argv.indexOf('--data');
  const dataDir = dataArg > 0 ? process.argv[dataArg + 1]! : join(root, 'data');
  const t0 = performance.now();
  const { file, errors, warnings } = buildAwards(dataDir, readGazetteer());
  for (const w of warnings) console.warn(`warning: ${formatIssue(w)}`);
  if (errors.length) {
    for (const e of errors) console.error(`error: ${formatIssue(e)}`);
    console.error(`build-awards: ${errors.length} error(s); nothing written.`);
    process.exit(1);
  }
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(file));
  // The first view reads only each record's outcome; the panels' facts follow in awards.json.
  const mapOut = join(dirname(out), 'awards-map.json');
  writeFileSync(mapOut, JSON.stringify(toOutcomesFile(file)));
  const byYear = new Map<number, number>();
  file.records.forEach((r) => byYear.set(r.year, (byYear.get(r.year) ?? 0) + 1));
  console.log(
    `build-awards: ${file.records.length} records (${[...byYear]
      .sort((a, b) => b[0] - a[0])
      .map(([y, n]) => `${y}: ${n}`)
      .join(', ')}), ` +
      `${new Set(file.records.map((r) => r.code)).size} regions, ${file.editions.length} editions, ${warnings.length} warning(s), ` +
      `${Math.round(performance.now() - t0)} ms → ${relative(root, out)}`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
