import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { criteriaForYear } from '@/domain/criteria';
import { useViewStore } from '@/state/store';
import { bundledDataset } from '../../../tests/unit/load-fixtures';
import { CriteriaDetails } from './criteria-details';

const c2026 = criteriaForYear(bundledDataset().file.criteria, 2026)!;

afterEach(() => useViewStore.getState().setLang('id'));

describe('the edition’s criteria', () => {
  it('words the waiver and the variants in Bahasa Indonesia', () => {
    render(<CriteriaDetails criteria={c2026} />);
    const details = screen.getByTestId('criteria');
    expect(details).toHaveTextContent('Didaftarkan pemda ≥ 18% (tidak disyaratkan bila keaktifan ≥ 100%)');
    expect(details).toHaveTextContent('Syarat lain (tidak dapat diperiksa dari angka): Berstatus UHC Prioritas; Iuran PBPU Pemda lunas sampai September 2025');
    expect(details).toHaveTextContent('Madya juga bisa dicapai dengan porsi penduduk yang didaftarkan pemda minimal 25%');
    expect(details).not.toHaveTextContent('reachable');
  });

  it('and in English', () => {
    useViewStore.getState().setLang('en');
    render(<CriteriaDetails criteria={c2026} />);
    const details = screen.getByTestId('criteria');
    expect(details).toHaveTextContent('PBPU-Pemda contributions paid up to September 2025');
    expect(details).toHaveTextContent('Madya also reachable with pemda-registered share at least 25%');
    expect(details).not.toHaveTextContent('dicapai');
  });

  it('opens for printing and folds back after', () => {
    render(<CriteriaDetails criteria={c2026} />);
    const details = screen.getByTestId<HTMLDetailsElement>('criteria');
    expect(details.open).toBe(false);
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(details.open).toBe(true);
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(details.open).toBe(false);
  });
});
