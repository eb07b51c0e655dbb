/**
 * Resolves in a task of its own, so what follows does not lengthen the task that awaited it: a phone at a
 * quarter of a desktop's speed spends ~100 ms decoding a file and as much drawing it, and one task holding both
 * is a tap left unanswered for their sum. `scheduler.yield` where the browser has it (it keeps the work ahead of
 * other queued tasks), else a zero timer.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
