import { answerText } from './import-worker';
import { MAX_IMPORT_BYTES, SpreadsheetError, type ReadFile, type ReadProblem } from './read-spreadsheet';
import { sniffBytes } from './sniff-bytes';
import { answerWorkbook } from './workbook-worker';
import type { ReadPhase, WorkerReply, WorkerRequest } from './worker-protocol';

export interface ReadProgress {
  phase: ReadPhase;
  /** 0–1, or null while the step cannot tell (a workbook being unpacked). */
  fraction: number | null;
}

export interface Reading {
  result: Promise<ReadFile>;
  /** Stops the reading: the worker is ended, the promise never settles, nothing changes. */
  cancel(): void;
}

const MB = 1024 * 1024;

/** What a file cannot be, told from its size and first bytes before any worker starts. */
async function refuse(file: File): Promise<{ problem: ReadProblem; message: string } | 'text' | 'workbook'> {
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = Math.round((file.size / MB) * 10) / 10;
    return {
      problem: { code: 'tooBig', mb, limitMb: MAX_IMPORT_BYTES / MB },
      message: `${file.name}: ${mb} MB is above the ${MAX_IMPORT_BYTES / MB} MB limit`,
    };
  }
  let kind = sniffBytes(new Uint8Array(await file.slice(0, 65536).arrayBuffer()));
  // An OLE2 file says whether it is encrypted in a directory that can sit anywhere in the file.
  if (kind === 'cfb') kind = sniffBytes(new Uint8Array(await file.arrayBuffer()));
  switch (kind) {
    case 'empty':
      return { problem: { code: 'empty' }, message: `${file.name}: the file is empty` };
    case 'pdf':
      return { problem: { code: 'pdf' }, message: `${file.name}: this is a PDF, not a table` };
    case 'binary':
      return { problem: { code: 'binary' }, message: `${file.name}: this is a binary file, not a table` };
    case 'cfb-encrypted':
      return { problem: { code: 'encrypted' }, message: `${file.name}: the workbook is protected by a password` };
    case 'cfb':
      return { problem: { code: 'xls' }, message: `${file.name}: Excel 97–2003 (.xls) cannot be read; save as .xlsx or CSV` };
    case 'ods':
      return { problem: { code: 'ods' }, message: `${file.name}: OpenDocument (.ods) cannot be read; save as .xlsx or CSV` };
    case 'zip':
      return 'workbook';
    case 'text':
      return 'text';
  }
}

/**
 * Reads a file in a Web Worker so a large file never freezes the page: CSV and JSON in one worker, Excel
 * workbooks in another that alone carries the spreadsheet library. Progress is reported as the worker goes;
 * cancel ends it. Without workers (tests) the same functions run here.
 */
export function startReading(file: File, onProgress: (p: ReadProgress) => void): Reading {
  let cancelled = false;
  let worker: Worker | null = null;
  const result = new Promise<ReadFile>((resolve, reject) => {
    const onReply = (reply: WorkerReply) => {
      if (cancelled) return;
      if (reply.type === 'progress')
        onProgress({ phase: reply.phase, fraction: reply.phase === 'workbook' || reply.total <= 0 ? null : reply.done / reply.total });
      else {
        worker?.terminate();
        if (reply.type === 'done') resolve(reply.file);
        else reject(new SpreadsheetError(reply.problem, reply.message));
      }
    };
    void refuse(file).then((verdict) => {
      if (cancelled) return;
      if (typeof verdict === 'object') return onReply({ type: 'error', ...verdict });
      const request: WorkerRequest = { file, fileName: file.name };
      if (typeof Worker === 'undefined') return void (verdict === 'workbook' ? answerWorkbook : answerText)(request, onReply);
      worker =
        verdict === 'workbook'
          ? new Worker(new URL('./workbook-worker.ts', import.meta.url), { type: 'module' })
          : new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<WorkerReply>) => onReply(e.data);
      worker.onerror = (e) => onReply({ type: 'error', problem: { code: 'corruptWorkbook', detail: e.message }, message: e.message });
      worker.postMessage(request);
    }, reject);
  });
  return {
    result,
    cancel: () => {
      cancelled = true;
      worker?.terminate();
    },
  };
}
