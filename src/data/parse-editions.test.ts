import { describe, expect, it } from 'vitest';
import { formatIssue } from './dataset-issue';
import { parseCriteria, parseEditions } from './parse-editions';

const source = { url: 'https://example.org/a', publisher: 'Example' };
const edition = (totals: unknown[], extra: object = {}) => ({
  editions: [{ year: 2026, status: 'held', eventDate: '2026-01-27', sources: [source], totals, dateStatements: [], ...extra }],
});
const messages = (r: { issues: Parameters<typeof formatIssue>[0][] }) => r.issues.map(formatIssue);

describe('reader-facing texts in editions.json and criteria.json are required in both languages', () => {
  it('reads a totals note and an edition note with their Indonesian twins', () => {
    const { editions, issues } = parseEditions(
      edition([{ subject: 'utama', value: 130, note: 'Page swaps the counts', note_id: 'Halaman ini menukar jumlahnya', sources: [source] }], {
        note: 'No ceremony found',
        note_id: 'Tidak ditemukan upacara',
      }),
      'editions.json',
    );
    expect(issues).toEqual([]);
    expect(editions[0]!.totals[0]!.note).toEqual({ en: 'Page swaps the counts', id: 'Halaman ini menukar jumlahnya' });
    expect(editions[0]!.note).toEqual({ en: 'No ceremony found', id: 'Tidak ditemukan upacara' });
  });

  it('rejects a note in one language only, naming the missing field', () => {
    const r = parseEditions(
      edition([{ subject: 'utama', value: 130, note: 'Page swaps the counts', sources: [source] }], { note_id: 'Tidak ditemukan upacara' }),
      'editions.json',
    );
    expect(messages(r)).toEqual([
      'editions.json: editions[0].totals[0].note_id: is missing: every note is written in Bahasa Indonesia too',
      'editions.json: editions[0].note: is missing: every note_id is written in English too',
    ]);
  });

  it('rejects a criteria variant or other conditions without their Indonesian text', () => {
    const route = { id: 'r', conditions: [{ metric: 'coveragePct', min: 98, essential: true }] };
    const criteria = {
      editions: [
        {
          year: 2026,
          categories: [
            {
              category: 'pratama',
              routes: [route],
              otherConditions: ['UHC Prioritas status', 'Contributions paid'],
              otherConditions_id: ['Berstatus UHC Prioritas'],
            },
          ],
          sources: [source],
          variants: [{ id: 'v', category: 'madya', text: 'Madya at 80% activity', routes: [], sources: [source] }],
        },
      ],
    };
    const r = parseCriteria(criteria, 'criteria.json', new Set([2026]));
    expect(messages(r)).toEqual([
      'criteria.json: editions[0].categories[0].otherConditions_id: has 1 item(s), otherConditions has 2: each is written in both languages',
      'criteria.json: editions[0].variants[0].text_id: is missing: every text is written in Bahasa Indonesia too',
    ]);
    expect(r.criteria[0]!.categories[0]!.otherConditions).toEqual([{ en: 'UHC Prioritas status', id: 'Berstatus UHC Prioritas' }]);
  });
});
