import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseShareUrl } from '@/state/url-state';
import { useViewStore } from '@/state/store';
import { DEFAULT_VIEW } from '@/state/view-state';
import { NoticeBar } from './notice-bar';

describe('the URL notice', () => {
  it('says a value repeated 5,000 times in one line, and counts the values it does not list', () => {
    const repeated = parseShareUrl(`?${Array(5000).fill('province=63').join('&')}&category=a,b,c,d,e&level=provinsi&region=63.06`).notices;
    useViewStore.setState({ ...DEFAULT_VIEW, notices: repeated });
    render(<NoticeBar />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      'province=63 (ganda, 4999×)',
      'category=a (tidak valid)',
      'category=b (tidak valid)',
      'category=c (tidak valid) dan 2 nilai lain',
      'level=provinsi (wilayah di tautan adalah kabupaten/kota, jadi peta kabupaten/kota yang ditampilkan)',
    ]);
  });
});
