import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { criteriaForYear } from '@/domain/criteria';
import { useViewStore } from '@/state/store';
import { bundledDataset } from '../../../tests/unit/load-fixtures';
import { GapTable } from './gap-table';

const { file } = bundledDataset();
const c2026 = criteriaForYear(file.criteria, 2026)!;
const row = (tier: string) => screen.getByTestId(`gap-${tier}`);
const lines = (tier: string) =>
  within(row(tier))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

afterEach(() => useViewStore.getState().setLang('id'));

describe('the gap to every tier, in Bahasa Indonesia', () => {
  it('Banyuasin 98% / 85%: every tier with each figure in plain words, and what the figures mean', () => {
    render(<GapTable metrics={{ coveragePct: 98, activePct: 85 }} criteria={c2026} />);
    expect(screen.getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['Menuju Utama', 'Menuju Madya', 'Menuju Pratama']);
    expect(lines('utama')).toEqual([
      'Kurang 1,0 poin persen cakupan (98%, syarat ≥ 99%)',
      'Kurang 10,0 poin persen keaktifan (85%, syarat ≥ 95%)',
      'Porsi didaftarkan pemda tidak disebut sumber (syarat ≥ 18%), tidak menghalangi penilaian',
    ]);
    expect(row('utama')).toHaveTextContent('Belum memenuhi ambang ini.');
    expect(row('madya')).toHaveTextContent('Sebagian: angka yang disebut memenuhi, tetapi tidak semua angka disebut.');
    expect(lines('pratama')).toEqual(['Cakupan sudah memenuhi (98%, syarat ≥ 98%)', 'Keaktifan sudah memenuhi (85%, syarat ≥ 80%)']);
    expect(row('pratama')).toHaveTextContent('Angka yang disebut memenuhi ambang ini.');
    const table = screen.getByTestId('gap-table');
    expect(table).toHaveTextContent('bukan penghargaan yang diterima. Syarat tiap edisi bisa berubah.');
    expect(table).toHaveTextContent('Didaftarkan pemda: porsi penduduk yang iurannya dibayar pemerintah daerah');
    expect(table).toHaveTextContent('Poin persen: selisih dua persentase');
  });

  it('words a waiver as a waiver, naming the figure that lifts it', () => {
    render(<GapTable metrics={{ coveragePct: 100, activePct: 100, pemdaRegisteredPct: 11 }} criteria={c2026} />);
    expect(lines('utama')[2]).toBe('Syarat porsi didaftarkan pemda dikecualikan karena keaktifan ≥ 100% (tercatat 100%)');
    // Nothing short anywhere: the percentage-point line is not needed.
    expect(screen.getByTestId('gap-table')).not.toHaveTextContent('Poin persen');
  });

  it('with one figure missing, still measures the other', () => {
    render(<GapTable metrics={{ coveragePct: 97.5 }} criteria={c2026} />);
    expect(lines('pratama')).toEqual(['Kurang 0,5 poin persen cakupan (97,5%, syarat ≥ 98%)', 'Keaktifan tidak disebut sumber (syarat ≥ 80%)']);
  });
});

describe('the gap to every tier, in English', () => {
  it('says the same in English, with no Indonesian sentence', () => {
    useViewStore.getState().setLang('en');
    render(<GapTable metrics={{ coveragePct: 98, activePct: 85 }} criteria={c2026} />);
    expect(screen.getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['Towards Utama', 'Towards Madya', 'Towards Pratama']);
    expect(lines('utama')).toEqual([
      '1.0 percentage points short on coverage (98%, needs ≥ 99%)',
      '10.0 percentage points short on activity (85%, needs ≥ 95%)',
      'The share enrolled by the local government is not stated by the source (needs ≥ 18%), which does not block the reading',
    ]);
    const text = screen.getByTestId('gap-table').textContent;
    expect(text).toContain('not the award received. The criteria can change from one edition to the next.');
    for (const id of ['Kurang', 'syarat', 'poin persen', 'Menuju']) expect(text).not.toContain(id);
  });

  it('an edition with only the entry threshold shows that one row', () => {
    useViewStore.getState().setLang('en');
    render(<GapTable metrics={{ coveragePct: 94.2 }} criteria={criteriaForYear(file.criteria, 2024)!} />);
    expect(screen.getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['Threshold for any award']);
    expect(lines('entry')).toEqual(['0.8 percentage points short on coverage (94.2%, needs ≥ 95%)']);
  });
});
