import { retryingLoader } from './retrying-loader';

const files = new Map<string, () => Promise<unknown>>();

/**
 * A static data file the islands need: fetched once per page and shared by every caller (the idle
 * warm-up, then the first use), through the one retrying loader, so a failed request is tried
 * again on the next call. Rejects when the file cannot be had (offline, not found).
 */
export function fetchJson<T>(url: string): Promise<T> {
  let load = files.get(url);
  if (!load) {
    load = retryingLoader(async () => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return (await response.json()) as unknown;
    });
    files.set(url, load);
  }
  return load() as Promise<T>;
}
