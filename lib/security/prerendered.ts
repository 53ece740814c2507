// The inline scripts of every prerendered page, hashed at build time, so static pages keep a strict
// CSP without nonces (a nonce needs a render per request; these pages are rendered once, at build).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { hashSource } from './csp';

/** Written by scripts/csp-hashes.ts after `next build`: page path → hash sources of its inline scripts. */
export const CSP_MANIFEST = path.join('.next', 'csp-hashes.json');

// Script types a browser executes; JSON data blocks (application/ld+json …) need no hash.
const EXECUTABLE = /^(|text\/javascript|application\/javascript|module)$/i;

/** The text of each inline script a browser would run, in document order. */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1];
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (!EXECUTABLE.test(type)) continue;
    out.push(match[2]);
  }
  return out;
}

/** The distinct hash sources of a page's inline scripts. */
export function inlineScriptHashes(html: string): string[] {
  return [...new Set(inlineScripts(html).map(hashSource))];
}

let cached: Map<string, string[]> | undefined;

/** The build's manifest (empty when there is none, as under `next dev`: every page then gets a nonce). */
export function prerenderedHashes(root = process.cwd()): Map<string, string[]> {
  if (cached) return cached;
  const file = path.join(root, CSP_MANIFEST);
  cached = new Map(
    existsSync(file) ? Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[]>) : [],
  );
  return cached;
}
