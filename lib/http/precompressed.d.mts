import type { IncomingMessage, ServerResponse } from 'node:http';

/** One stored copy of a file in one coding. */
export interface Variant {
  /** Its name under PRECOMPRESSED_DIR. */
  file: string;
  size: number;
  etag: string;
}

/** One body a path can answer (a page has its HTML and its RSC payload), in each coding it has. */
export interface Representation {
  identity: { size: number; etag: string };
  br?: Variant;
  gzip?: Variant;
}

/** Written by scripts/precompress.ts: URL path (as sent, percent-encoded) → its representations. */
export interface PrecompressedManifest {
  paths: Record<string, Representation[]>;
}

export declare const PRECOMPRESSED_DIR: string;
export declare const MANIFEST_NAME: string;
export declare const MIN_SIZE: number;
export declare function entityTag(bytes: Uint8Array): string;

export interface PrecompressedStore {
  byPath: Map<string, Map<string, Representation>>;
  copy(name: string): Promise<Buffer>;
}
export declare function loadPrecompressed(root: string): PrecompressedStore | undefined;

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;
export declare function withPrecompressed(handle: Handler, store: PrecompressedStore | undefined): Handler;
