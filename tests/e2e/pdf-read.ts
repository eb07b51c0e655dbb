import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// What the print tests read of a PDF, behind four functions so the reader (poppler today) can be swapped alone.

function file(pdf: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'peta-uhc-pdf-')), 'page.pdf');
  writeFileSync(path, pdf);
  return path;
}

export function pdfPageCount(pdf: Buffer): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file(pdf)], { encoding: 'utf8' }))![1]);
}

/** The first page's size in points (A4 landscape: 841.89 × 595.28). */
export function pdfPageSize(pdf: Buffer): { width: number; height: number } {
  const m = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(execFileSync('pdfinfo', [file(pdf)], { encoding: 'utf8' }))!;
  return { width: Number(m[1]), height: Number(m[2]) };
}

/** The text of the pages, whitespace collapsed; `page` reads one page (1-based). */
export function pdfText(pdf: Buffer, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-layout', ...range, file(pdf), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** The raster images on a page with their pixel sizes (a printed canvas is one). */
export function pdfImages(pdf: Buffer, page = 1): { width: number; height: number }[] {
  const out = execFileSync('pdfimages', ['-list', '-f', String(page), '-l', String(page), file(pdf)], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(2)
    .map((l) => l.trim().split(/\s+/))
    .filter((c) => c.length > 4 && c[2] === 'image')
    .map((c) => ({ width: Number(c[3]), height: Number(c[4]) }));
}
