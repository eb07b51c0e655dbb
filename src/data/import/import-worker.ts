import { readText } from './read-text';
import { decodeText } from './sniff-bytes';
import { answerWith, serveInWorker, type WorkerReply, type WorkerRequest } from './worker-protocol';

/** The Web Worker that reads CSV and JSON (started by read-in-worker.ts); the spreadsheet library is not in it. */
export function answerText(request: WorkerRequest, post: (reply: WorkerReply) => void): Promise<void> {
  return answerWith(
    async ({ file, fileName }, onProgress) => {
      onProgress('load', 0, file.size);
      const text = decodeText(new Uint8Array(await file.arrayBuffer()));
      return readText(text, fileName, (done, total) => onProgress('parse', done, total));
    },
    request,
    post,
  );
}

serveInWorker(answerText);
