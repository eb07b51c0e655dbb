import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

describe('English on demand', () => {
  it('an English reader sees Indonesian, whole, until the English table is in, then English', async () => {
    // Fresh modules: the test setup has loaded English into the shared ones.
    vi.resetModules();
    const { useT } = await import('./use-t');
    const { useViewStore } = await import('@/state/store');
    const { languageReady } = await import('./dictionary');
    expect(languageReady('en')).toBe(false);
    useViewStore.setState({ lang: 'en' });
    const { result } = renderHook(() => useT());
    expect(result.current.lang).toBe('id');
    expect(result.current.t('search')).toBe('Cari wilayah');
    await waitFor(() => expect(result.current.lang).toBe('en'));
    expect(result.current.t('search')).toBe('Find a region');
  });
});
