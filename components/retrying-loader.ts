/**
 * A loader for code or data fetched once: every call shares the first call's promise while it is
 * pending or fulfilled, but a rejection is forgotten, so the next call tries again. Without it a
 * failed chunk request (offline for a moment, a deploy in between) would keep a feature dead until
 * the page is reloaded.
 */
export function retryingLoader<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}
