import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { IMPORT_MESSAGES_EN } from '@/i18n/import-messages-en';
import { IMPORT_MESSAGES_ID } from '@/i18n/import-messages-id';
import { MESSAGES_EN } from '@/i18n/messages-en';
import { MESSAGES_ID, type CoreMessageKey } from '@/i18n/messages-id';
import { type Lang } from '@/state/view-state';
import { testDataset } from '../../tests/unit/load-fixtures';
import { panelsShown, renderDashboard } from '../../tests/unit/render-app';

vi.mock('@/map/map-view', () => ({ default: () => <div data-testid="fake-map" /> }));
vi.mock('@/map/webgl-support', () => ({ hasWebGL2: () => true }));

const ds = testDataset();
const TABLES: Record<Lang, Record<string, string>> = { id: { ...MESSAGES_ID, ...IMPORT_MESSAGES_ID }, en: { ...MESSAGES_EN, ...IMPORT_MESSAGES_EN } };

/** The literal pieces of every message of one language that the other language does not also use. */
function telltales(lang: Lang): string[] {
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const otherText = Object.values(TABLES[other]).join('\n');
  const pieces = Object.values(TABLES[lang]).flatMap((m) => m.split(/\{\w+\}/).map((p) => p.trim()));
  return [...new Set(pieces.filter((p) => p.length >= 10 && !otherText.includes(p)))];
}

/** Everything a reader or a screen reader gets: text, names and descriptions. */
function pageText(): string {
  const attrs = [...document.querySelectorAll('[aria-label],[title],[aria-roledescription],[placeholder]')].flatMap((el) =>
    ['aria-label', 'title', 'aria-roledescription', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
  );
  return `${document.body.textContent}\n${attrs.join('\n')}`;
}

const renderAt = (url: string) => renderDashboard(ds, url);

// The views a reader goes through: the national summary, a province, a region with notes and earlier claims,
// an award without a stated category, the table, a region with conflicting sources, a broken URL.
const VIEWS = ['/', '/?province=63', '/?region=16.07', '/?region=64.07', '/?view=table&province=35', '/?region=35.27', '/?year=abc&category=gold'];

describe.each(['id', 'en'] as const)('every visible string in %s', (lang) => {
  const foreign = telltales(lang === 'id' ? 'en' : 'id');

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

describe('the walk itself', () => {
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
