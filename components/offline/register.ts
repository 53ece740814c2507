// Loaded when the page is first idle (./OfflineSupport.tsx): registers the service worker
// (./service-worker.ts, served as /sw.js) and, once it is active, asks it to keep this UI language's
// term and unit pages too, unless the reader's browser asks to save data.
import type { Locale } from '@/lib/locale';
import type { WorkerMessage } from '@/lib/offline/plan';
import { SERVICE_WORKER_PATH } from '@/lib/routes';

export async function registerOffline(locale: Locale): Promise<void> {
  // Missing on a page served over plain HTTP from another host than localhost.
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  // The browser checks the script itself for a new build on every navigation, past its HTTP cache.
  await container.register(SERVICE_WORKER_PATH, { scope: '/', updateViaCache: 'none' });
  const { active } = await container.ready;
  const saveData = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData;
  if (!saveData) active?.postMessage({ type: 'fill', locale } satisfies WorkerMessage);
}
