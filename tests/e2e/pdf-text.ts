import { readFileSync } from 'node:fs';

/**
 * A printed PDF read back with pdfjs-dist (an npm package, so the tests need no system package but Chromium):
 * the page count and the text in reading order, as poppler's pdfinfo and pdftotext gave them.
 */
export interface PdfContent {
  pages: number;
  /** Every page's text, items joined by spaces and lines by newlines. */
  text: string;
}

export async function readPdf(file: string | Uint8Array): Promise<PdfContent> {
  // The legacy build runs in Node without a DOM; no worker thread is needed for reading text.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = typeof file === 'string' ? new Uint8Array(readFileSync(file)) : new Uint8Array(file);
  const doc = await pdfjs.getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join(''));
  }
  await doc.destroy();
  return { pages: doc.numPages, text: pages.join('\n') };
}
