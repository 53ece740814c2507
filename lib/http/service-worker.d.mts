import type { IncomingMessage, ServerResponse } from 'node:http';

export declare const SERVICE_WORKER_FILE: string;
export declare const SERVICE_WORKER_PATH: string;
export declare const BUILD_HEADER: string;

/** The build's ID and its worker script in each coding (identity, br, gzip), with their ETags. */
export interface ServiceWorkerFiles {
  version: string;
  bodies: Record<string, Buffer>;
  etags: Record<string, string>;
}

export declare function loadServiceWorker(root: string): ServiceWorkerFiles | undefined;

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;
export declare function withServiceWorker(
  handle: Handler,
  worker: ServiceWorkerFiles | undefined,
  policy: { headers: Record<string, string>; csp: string },
): Handler;
