// Runs after `next build`: hashes the inline scripts of every prerendered page into .next/csp-hashes.json,
// which the proxy reads to send each static page a CSP that allows exactly its own inline scripts.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { splitLocalePath } from '../lib/route-match';
import { CSP_MANIFEST, inlineScriptHashes } from '../lib/security/prerendered';

const dist = '.next';
const prerender = JSON.parse(readFileSync(path.join(dist, 'prerender-manifest.json'), 'utf8')) as {
  routes: Record<string, unknown>;
};

const manifest: Record<string, string[]> = {};
for (const route of Object.keys(prerender.routes)) {
  const file = path.join(dist, 'server', 'app', `${route === '/' ? '/index' : route}.html`);
  if (!existsSync(file)) continue; // not an HTML page (an icon, a route handler)
  manifest[route] = inlineScriptHashes(readFileSync(file, 'utf8'));
}
if (!Object.keys(manifest).some((route) => splitLocalePath(route)?.rest === '')) {
  throw new Error(`csp-hashes: found no prerendered reader page under ${dist}/server/app; did next build run?`);
}
writeFileSync(CSP_MANIFEST, JSON.stringify(manifest));
const counts = Object.values(manifest).map((hashes) => hashes.length);
console.log(
  `csp-hashes: ${counts.length} static pages, up to ${Math.max(...counts)} inline scripts each → ${CSP_MANIFEST}`,
);
