import { SpreadsheetError } from './read-spreadsheet';
import { readWorkbookTables } from './read-workbook';
import { answerWith, serveInWorker, type WorkerReply, type WorkerRequest } from './worker-protocol';

/** The Web Worker that reads Excel workbooks (started by read-in-worker.ts only for a workbook). */
export function answerWorkbook(request: WorkerRequest, post: (reply: WorkerReply) => void): Promise<void> {
  return answerWith(
    async ({ file, fileName }, onProgress) => {
      onProgress('workbook', 0, 1);
      let tables;
      try {
        tables = await readWorkbookTables(new Uint8Array(await file.arrayBuffer()));
      } catch (e) {
        const detail = String((e as Error)?.message ?? e);
        throw new SpreadsheetError({ code: 'corruptWorkbook', detail }, `${fileName}: not a readable Excel workbook (${detail})`);
      }
      const filled = tables.filter((t) => t.rows.length > 0);
      if (filled.length === 0) throw new SpreadsheetError({ code: 'noSheets' }, `${fileName}: no sheet with data`);
      onProgress('workbook', 1, 1);
      return { fileName, format: 'xlsx', delimiter: '', tables: filled, ...(/\.xls[xm]$/i.test(fileName) ? {} : { renamed: true }) };
    },
    request,
    post,
  );
}

serveInWorker(answerWorkbook);
