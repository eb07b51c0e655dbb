/** A failed download, with what a person can act on (HTTP status or the network error). */
export class DataLoadError extends Error {
  constructor(
    readonly url: string,
    readonly detail: string,
  ) {
    super(`${url}: ${detail}`);
  }
}

export async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { signal });
  } catch (e) {
    throw new DataLoadError(url, (e as Error).message || 'network error');
  }
  if (!res.ok) throw new DataLoadError(url, `HTTP ${res.status}`);
  try {
    return await res.json();
  } catch {
    throw new DataLoadError(url, 'not valid JSON');
  }
}
