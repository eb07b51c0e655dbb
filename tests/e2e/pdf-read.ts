// What the print tests read of a PDF, read with pdfjs-dist (an npm package: the tests need no system package
// but Chromium). The legacy build runs in Node without a DOM or a worker thread.

type PdfDoc = Awaited<ReturnType<(typeof import('pdfjs-dist/legacy/build/pdf.mjs'))['getDocument']>['promise']>;

async function open<T>(pdf: Buffer, read: (doc: PdfDoc, pdfjs: typeof import('pdfjs-dist/legacy/build/pdf.mjs')) => Promise<T>): Promise<T> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    return await read(doc, pdfjs);
  } finally {
    await doc.destroy();
  }
}

export function pdfPageCount(pdf: Buffer): Promise<number> {
  return open(pdf, async (doc) => doc.numPages);
}

/** The first page's size in points (A4 landscape: 841.89 × 595.28). */
export function pdfPageSize(pdf: Buffer): Promise<{ width: number; height: number }> {
  return open(pdf, async (doc) => {
    const [x0, y0, x1, y1] = (await doc.getPage(1)).view as [number, number, number, number];
    return { width: x1 - x0, height: y1 - y0 };
  });
}

/** The text of the pages, whitespace collapsed; `page` reads one page (1-based). */
export function pdfText(pdf: Buffer, page?: number): Promise<string> {
  return open(pdf, async (doc) => {
    const texts: string[] = [];
    for (let n = page ?? 1; n <= (page ?? doc.numPages); n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      // Items that touch on a line are one word (Chromium writes a ligature such as "fi" as its own item).
      let text = '';
      let end: { x: number; y: number } | null = null;
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [x, y] = [item.transform[4] as number, item.transform[5] as number];
        const touches = end !== null && Math.abs(y - end.y) < 1 && Math.abs(x - end.x) < 0.5;
        text += (text && !touches ? ' ' : '') + item.str;
        end = item.hasEOL ? null : { x: x + item.width, y };
      }
      texts.push(text);
    }
    return texts.join('\n').replace(/\s+/g, ' ');
  });
}

/** The raster images on a page with their pixel sizes (a printed canvas is one). */
export function pdfImages(pdf: Buffer, page = 1): Promise<{ width: number; height: number }[]> {
  return open(pdf, async (doc, pdfjs) => {
    const p = await doc.getPage(page);
    const ops = await p.getOperatorList();
    const images: { width: number; height: number }[] = [];
    for (let i = 0; i < ops.fnArray.length; i++) {
      if (ops.fnArray[i] !== pdfjs.OPS.paintImageXObject) continue;
      const id = ops.argsArray[i][0] as string;
      const img = await new Promise<{ width: number; height: number }>((resolve) => {
        const objs = id.startsWith('g_') ? p.commonObjs : p.objs;
        objs.get(id, (o: { width: number; height: number }) => resolve(o));
      });
      images.push({ width: img.width, height: img.height });
    }
    return images;
  });
}
