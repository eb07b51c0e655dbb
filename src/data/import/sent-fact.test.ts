import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseAwardCsv, AWARD_COLUMNS } from '@/data/parse-award-rows';
import { repoRoot, testDataset } from '../../../tests/unit/load-fixtures';
import { REPORT_FIELDS, REPORT_TEMPLATE, reportTarget, reportText } from './send-report';
import { awardCsvLine, checkSentFact, SENT_FIELDS, type SentFactInput } from './sent-fact';

const AT = '2026-12-01T21:00:00.000Z';
const blank = Object.fromEntries(SENT_FIELDS.map((f) => [f, ''])) as SentFactInput;
const ASMAT: SentFactInput = {
  ...blank,
  year: '2026',
  category: 'Madya',
  source_url: 'https://example.org/berita/asmat-uhc?id=1&x=2',
  publisher: 'Contoh, Media',
  recipient_name: 'Penerima Contoh',
  recipient_role: 'Bupati',
  coverage_pct: '98,5',
  active_pct: '86.1',
  note: 'Page lists "Madya" recipients',
};
const EXPECTED_LINE =
  '93.04,Kabupaten Asmat,kabupaten,2026,Madya,,Penerima Contoh,Bupati,,,98.5,86.1,,,,,,https://example.org/berita/asmat-uhc?id=1&x=2,"Contoh, Media",,"Page lists ""Madya"" recipients",,';

function sent(input: SentFactInput) {
  const r = checkSentFact(input, '93.04', testDataset(), AT);
  if ('problems' in r) throw new Error(JSON.stringify(r.problems));
  return r;
}

describe('a sent fact becomes a row and a record', () => {
  it('holds exactly what was entered, as the reader’s own import', () => {
    const { record, cells } = sent(ASMAT);
    expect(record).toMatchObject({
      code: '93.04',
      year: 2026,
      category: 'madya',
      level: 'kabupaten',
      nameAsWritten: 'Kabupaten Asmat',
      metrics: { coveragePct: 98.5, activePct: 86.1 },
      recipient: { name: 'Penerima Contoh', role: 'Bupati' },
      sources: [{ url: 'https://example.org/berita/asmat-uhc?id=1&x=2', publisher: 'Contoh, Media' }],
      origin: { kind: 'imported', file: 'Kiriman Anda', importedAt: AT },
    });
    expect(awardCsvLine(cells)).toBe(EXPECTED_LINE);
  });

  it('writes a line that data/awards.csv’s own parser reads back to the same row', () => {
    const line = awardCsvLine(sent(ASMAT).cells);
    const parsed = Papa.parse<string[]>(`${AWARD_COLUMNS.join(',')}\n${line}`, { skipEmptyLines: true }).data;
    expect(parsed[1]).toEqual(sent(ASMAT).cells);
    const back = parseAwardCsv(`${AWARD_COLUMNS.join(',')}\n${line}`, {
      file: 'x',
      gazetteer: testDataset(),
      years: 'any',
      origin: { kind: 'imported', importedAt: AT },
    });
    expect(back.errors).toEqual([]);
    expect(back.records[0]?.metrics).toEqual({ coveragePct: 98.5, activePct: 86.1 });
  });

  it('refuses a link that is not http/https, a missing link and figures out of range, saving nothing', () => {
    const bad = (input: Partial<SentFactInput>) => {
      const r = checkSentFact({ ...ASMAT, ...input }, '93.04', testDataset(), AT);
      return 'problems' in r ? r.problems : [];
    };
    expect(bad({ source_url: 'ftp://example.org/a' })).toEqual([{ field: 'source_url', kind: 'badUrl' }]);
    expect(bad({ source_url: '' })).toEqual([{ field: 'source_url', kind: 'required' }]);
    expect(bad({ category: '' })).toEqual([{ field: 'category', kind: 'required' }]);
    expect(bad({ active_pct: '101' })).toEqual([{ field: 'active_pct', kind: 'outOfRange', min: 0, max: 100 }]);
    expect(bad({ coverage_pct: '98%' })).toEqual([{ field: 'coverage_pct', kind: 'notNumber', min: 0, max: 110 }]);
    expect(bad({ recipient_role: '' })).toEqual([{ field: 'recipient_role', kind: 'roleMissing' }]);
  });

  it('takes the two outcomes without a category and no figures at all', () => {
    expect(sent({ ...blank, year: '2026', category: 'Awarded', source_url: 'http://example.org/a' }).record.category).toBe('awarded');
    expect(sent({ ...blank, year: '2024', category: 'None', source_url: 'http://example.org/a' }).record).toMatchObject({
      category: 'none',
      year: 2024,
      metrics: {},
    });
  });
});

describe('the report for the maintainers', () => {
  const { cells } = sent(ASMAT);

  it('opens the repository’s issue form prefilled, each field by its id, when the repository is set', () => {
    const target = reportTarget(cells, { repositoryUrl: 'https://github.com/peta-uhc/peta-uhc/', email: 'data@example.org' });
    expect(target.kind).toBe('issue');
    const url = new URL(target.kind === 'issue' ? target.href : '');
    expect(url.origin + url.pathname).toBe('https://github.com/peta-uhc/peta-uhc/issues/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'kirim-data.yml',
      title: 'Kirim data: Kabupaten Asmat 2026 Madya',
      code: '93.04',
      name: 'Kabupaten Asmat',
      year: '2026',
      category: 'Madya',
      source_url: 'https://example.org/berita/asmat-uhc?id=1&x=2',
      publisher: 'Contoh, Media',
      recipient_name: 'Penerima Contoh',
      recipient_role: 'Bupati',
      coverage_pct: '98.5',
      active_pct: '86.1',
      pemda_registered_pct: '',
      note: 'Page lists "Madya" recipients',
      csv_row: EXPECTED_LINE,
    });
  });

  it('falls back to an e-mail when only an address is set, and to text to copy when neither is', () => {
    const mail = reportTarget(cells, { email: 'data@example.org' });
    expect(mail.kind).toBe('mail');
    const href = mail.kind === 'mail' ? mail.href : '';
    expect(href.startsWith('mailto:data@example.org?subject=')).toBe(true);
    const params = new URL(href).search
      .slice(1)
      .split('&')
      .map((p) => p.split('='));
    expect(decodeURIComponent(params.find(([k]) => k === 'body')![1]!)).toBe(reportText(cells));
    expect(href).not.toContain('+');

    const copy = reportTarget(cells, { repositoryUrl: 'javascript:alert(1)', email: 'not an address' });
    expect(copy).toEqual({ kind: 'copy', text: reportText(cells) });
    expect(copy.text).toContain('source_url: https://example.org/berita/asmat-uhc?id=1&x=2');
    expect(copy.text).toContain('coverage_pct: 98.5');
    expect(copy.text.endsWith(EXPECTED_LINE)).toBe(true);
  });
});

describe('the issue form in .github/ISSUE_TEMPLATE', () => {
  it('has a field for every column the report fills, by the same ids, and the csv row', () => {
    const yml = readFileSync(join(repoRoot, '.github', 'ISSUE_TEMPLATE', REPORT_TEMPLATE), 'utf8');
    const ids = [...yml.matchAll(/^\s+id: (\w+)$/gm)].map((m) => m[1]);
    expect(ids).toEqual([...REPORT_FIELDS.map(([id]) => id), 'csv_row']);
  });
});
