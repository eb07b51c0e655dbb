import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { IMPORT_MESSAGES_EN } from '@/i18n/import-messages-en';
import { IMPORT_MESSAGES_ID } from '@/i18n/import-messages-id';
import { MESSAGES_EN } from '@/i18n/messages-en';
import { MESSAGES_ID, type CoreMessageKey } from '@/i18n/messages-id';
import { MESSAGE_PARTS } from '@/i18n/parts';
import { SEND_MESSAGES_EN } from '@/i18n/send-messages-en';
import { SEND_MESSAGES_ID } from '@/i18n/send-messages-id';
import type { LocalizedText } from '@/domain/award-record';
import { type Lang } from '@/state/view-state';
import { testDataset } from '../../tests/unit/load-fixtures';
import { panelsShown, renderDashboard } from '../../tests/unit/render-app';

vi.mock('@/map/map-view', () => ({ default: () => <div data-testid="fake-map" /> }));
vi.mock('@/map/webgl-support', () => ({ hasWebGL2: () => true }));

const ds = testDataset();
const TABLES: Record<Lang, Record<string, string>> = {
  id: Object.assign({}, MESSAGES_ID, IMPORT_MESSAGES_ID, SEND_MESSAGES_ID, ...MESSAGE_PARTS.map((p) => p.id)),
  en: Object.assign({}, MESSAGES_EN, IMPORT_MESSAGES_EN, SEND_MESSAGES_EN, ...MESSAGE_PARTS.map((p) => p.en)),
};

/** The literal pieces of every message of one language that the other language does not also use. */
function telltales(lang: Lang): string[] {
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const otherText = Object.values(TABLES[other]).join('\n');
  const pieces = Object.values(TABLES[lang]).flatMap((m) => m.split(/\{\w+\}/).map((p) => p.trim()));
  return [...new Set(pieces.filter((p) => p.length >= 10 && !otherText.includes(p)))];
}

/**
 * The dataset's own reader-facing texts in one language (criteria variants and other conditions, totals and
 * edition notes, record notes) where the other language says something else: a page in the other language
 * must show none of them.
 */
function dataTelltales(lang: Lang): string[] {
  const texts: LocalizedText[] = [
    ...ds.criteria.flatMap((c) => [...c.variants.map((v) => v.text), ...c.categories.flatMap((k) => k.otherConditions)]),
    ...ds.editions.flatMap((e) => [...(e.note ? [e.note] : []), ...e.totals.flatMap((t) => (t.note ? [t.note] : []))]),
    ...ds.records.flatMap((r) => (r.note ? [r.note] : [])),
  ];
  const other: Lang = lang === 'id' ? 'en' : 'id';
  return [...new Set(texts.filter((x) => x[lang] !== x[other]).map((x) => x[lang]))];
}

/** Everything a reader or a screen reader gets: text, names and descriptions. */
function pageText(): string {
  const attrs = [...document.querySelectorAll('[aria-label],[title],[aria-roledescription],[placeholder]')].flatMap((el) =>
    ['aria-label', 'title', 'aria-roledescription', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
  );
  return `${document.body.textContent}\n${attrs.join('\n')}`;
}

const renderAt = (url: string) => renderDashboard(ds, url);

// The views a reader goes through: the national summary with the totals' notes (2026, 2024, 2023), a province,
// a region with notes, earlier claims and the criteria with their variants, an award without a stated category,
// the table, a region with conflicting sources, regions whose pages claim earlier awards without a category or count
// the award (Kota Bogor, Lombok Utara), a 2024 region (the entry threshold and its variant), a broken URL.
const VIEWS = [
  '/',
  '/?year=2024',
  '/?year=2023',
  '/?province=63',
  '/?region=16.07',
  '/?region=64.07',
  '/?view=table&province=35',
  '/?region=35.27',
  '/?region=32.71',
  '/?region=52.08',
  '/?region=32.14&year=2024',
  '/?year=abc&category=gold',
];

describe.each(['id', 'en'] as const)('every visible string in %s', (lang) => {
  const foreign = [...telltales(lang === 'id' ? 'en' : 'id'), ...dataTelltales(lang === 'id' ? 'en' : 'id')];

  it.each(VIEWS)('%s has no text of the other language', async (url) => {
    renderAt(`${url}${url.includes('?') ? '&' : '?'}lang=${lang}`);
    await panelsShown();
    const text = pageText();
    expect(foreign.filter((p) => text.includes(p))).toEqual([]);
  });
});

describe('notes and history in the reader’s language', () => {
  it('shows a record’s note and earlier claims as sentences in each language', async () => {
    const record = ds.recordsByCode.get('16.07')!.find((r) => r.year === 2026 && r.previous.length > 0)!;
    const first = renderAt('/?region=16.07');
    expect(await screen.findByTestId('previous-claims')).toHaveTextContent('Menurut halaman ini, sebelumnya: 2024: Pratama');
    first.unmount();
    expect(record.previous[0]!.text).toBe('2024:Pratama');
    const noted = ds.records.find((r) => r.year === 2026 && r.level !== 'provinsi' && r.note && r.note.id !== r.note.en)!;
    const { unmount } = renderAt(`/?region=${noted.code}`);
    expect((await screen.findAllByText(noted.note!.id)).length).toBeGreaterThan(0);
    unmount();
    renderAt(`/?region=${noted.code}&lang=en`);
    expect((await screen.findAllByText(noted.note!.en)).length).toBeGreaterThan(0);
    expect(screen.queryByText(noted.note!.id)).toBeNull();
  });
});

describe('the data’s own sentences in the reader’s language', () => {
  it('shows criteria variants, other conditions and totals notes in Indonesian, and in English with lang=en', async () => {
    const variant = ds.criteria.find((c) => c.year === 2026)!.variants[0]!.text;
    const condition = ds.criteria.find((c) => c.year === 2026)!.categories[0]!.otherConditions[1]!;
    const first = renderAt('/?region=16.07');
    const criteria = await screen.findByTestId('criteria');
    expect(criteria).toHaveTextContent(variant.id);
    expect(criteria).toHaveTextContent(condition.id);
    expect(criteria).not.toHaveTextContent(variant.en);
    first.unmount();
    renderAt('/?region=16.07&lang=en');
    expect(await screen.findByTestId('criteria')).toHaveTextContent(variant.en);
  });

  it('shows a totals note in the reader’s language', async () => {
    const note = ds.editions.find((e) => e.year === 2026)!.totals.find((t) => t.note && !t.preferred)!.note!;
    const first = renderAt('/');
    await panelsShown();
    expect(document.body.textContent).toContain(note.id);
    expect(document.body.textContent).not.toContain(note.en);
    first.unmount();
    renderAt('/?lang=en');
    await panelsShown();
    expect(document.body.textContent).toContain(note.en);
  });

  it('says earlier claims without a category, and the award’s count, as sentences', async () => {
    renderAt('/?region=52.08');
    expect(await screen.findByTestId('previous-claims')).toHaveTextContent('Menurut halaman ini, ini penghargaan UHC ke-3 bagi wilayah ini.');
  });
});

describe('the walk itself', () => {
  it('flags a criteria variant shown in English on the Indonesian page', async () => {
    const variant = ds.criteria.find((c) => c.year === 2026)!.variants[0]!;
    const original = variant.text;
    const foreign = dataTelltales('en');
    variant.text = { ...original, id: original.en };
    try {
      renderAt('/?region=16.07');
      await panelsShown();
      await screen.findByTestId('criteria');
      expect(foreign.filter((p) => pageText().includes(p))).toEqual([original.en]);
    } finally {
      variant.text = original;
    }
  });

  it('flags a totals note shown in English on the Indonesian page', async () => {
    const total = ds.editions.find((e) => e.year === 2026)!.totals.find((t) => t.note && !t.preferred)!;
    const original = total.note!;
    const foreign = dataTelltales('en');
    total.note = { ...original, id: original.en };
    try {
      renderAt('/');
      await panelsShown();
      expect(foreign.filter((p) => pageText().includes(p))).toContain(original.en);
    } finally {
      total.note = original;
    }
  });

  it('flags a message left untranslated', async () => {
    const foreign = telltales('id');
    const en = MESSAGES_EN as Record<CoreMessageKey, string>;
    const original = en.countsFor;
    en.countsFor = MESSAGES_ID.countsFor;
    try {
      renderAt('/?lang=en');
      await panelsShown();
      expect(foreign.filter((p) => pageText().includes(p))).toEqual(['Jumlah kabupaten/kota,']);
    } finally {
      en.countsFor = original;
    }
  });
});
