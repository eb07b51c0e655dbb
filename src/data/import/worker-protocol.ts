import { SpreadsheetError, type ReadFile, type ReadProblem } from './read-spreadsheet';

/** What a reading worker is asked and answers (the same functions answer in-thread where workers are missing). */
export type ReadPhase = 'load' | 'parse' | 'workbook';

export type WorkerReply =
  | { type: 'progress'; phase: ReadPhase; done: number; total: number }
  | { type: 'done'; file: ReadFile }
  | { type: 'error'; problem: ReadProblem; message: string };

/** The file itself: a File is cloned to a worker without copying its bytes. */
export interface WorkerRequest {
  file: Blob;
  fileName: string;
}

export type ProgressReport = (phase: ReadPhase, done: number, total: number) => void;

/** Runs one read and posts its progress, result or problem. */
export async function answerWith(
  read: (request: WorkerRequest, onProgress: ProgressReport) => Promise<ReadFile>,
  request: WorkerRequest,
  post: (reply: WorkerReply) => void,
) {
  try {
    const file = await read(request, (phase, done, total) => post({ type: 'progress', phase, done, total }));
    post({ type: 'done', file });
  } catch (e) {
    const message = String((e as Error)?.message ?? e);
    post({ type: 'error', problem: e instanceof SpreadsheetError ? e.problem : { code: 'corruptWorkbook', detail: message }, message });
  }
}

/** Inside a dedicated worker (never on the page): answer each message. */
export function serveInWorker(handle: (request: WorkerRequest, post: (reply: WorkerReply) => void) => Promise<void>): void {
  const scope = globalThis as unknown as { WorkerGlobalScope?: unknown; postMessage(m: unknown): void; onmessage: unknown };
  if (typeof scope.WorkerGlobalScope === 'undefined' || typeof document !== 'undefined') return;
  scope.onmessage = (e: MessageEvent<WorkerRequest>) => void handle(e.data, (reply) => scope.postMessage(reply));
}
