// The Content-Security-Policy of every page, as a pure function of what the page may run.
import { createHash } from 'node:crypto';

/** The CSP source expression that allows exactly this inline script or style text: `'sha256-…'`. */
export function hashSource(source: string): string {
  return `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;
}

export interface CspOptions {
  /**
   * Hash sources (`'sha256-…'`) of the inline scripts of a prerendered page, read off its HTML at
   * build time (see scripts/csp-hashes.ts).
   */
  scriptHashes?: readonly string[];
  /**
   * Inline scripts the app itself writes (their text), allowed by hash on every page, static or
   * dynamic: the display boot script in the root layout's <head>, for example.
   */
  inlineScripts?: readonly string[];
  /** A per-request nonce for pages rendered on request, which Next puts on its own inline scripts. */
  nonce?: string;
  /** Hash sources of inline <style> elements (the proxy's own error page has one). */
  styleHashes?: readonly string[];
  /** `next dev` needs eval (React's debugging) and inline styles (its overlay); never in production. */
  dev?: boolean;
}

/**
 * A policy as strict as the pages allow: scripts only from this origin plus the listed inline
 * scripts (by hash) or the request's nonce; styles only from stylesheets of this origin; no eval,
 * no plugins, no framing, no <base> rewriting, forms post only here.
 */
export function buildCsp({
  scriptHashes = [],
  inlineScripts = [],
  nonce,
  styleHashes = [],
  dev = false,
}: CspOptions = {}): string {
  const scriptSources = [
    "'self'",
    ...new Set([...scriptHashes, ...inlineScripts.map(hashSource)]),
    ...(nonce ? [`'nonce-${nonce}'`] : []),
    ...(dev ? ["'unsafe-eval'"] : []),
  ];
  const styleSources = ["'self'", ...(dev ? ["'unsafe-inline'"] : styleHashes)];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', ...scriptSources],
    ['style-src', ...styleSources],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    // The service worker (/sw.js) and the web app manifest, from this origin only.
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/** A policy for responses that are never documents that run anything (scripts, styles, images, data). */
export const ASSET_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

/**
 * The policy of the service worker script, which governs what the worker itself may do: fetch from
 * this origin (to answer the pages' requests and fill its cache) and nothing else; no imported
 * scripts, no eval.
 */
export const SERVICE_WORKER_CSP = "default-src 'none'; connect-src 'self'; frame-ancestors 'none'";

/** The headers every response carries, whatever it is. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
