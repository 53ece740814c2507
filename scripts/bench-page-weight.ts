// Prints the weight of each page as served by a running production server (default localhost:3000):
// HTML raw and gzipped, and the JavaScript it loads. Usage: npm run build && npm start & npm run bench:weight
import { gzipSync } from 'node:zlib';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const pages = ['/zh', '/en', '/en/glossary', '/zh/glossary/panpsychism', '/en/glossary/mechanistic-interpretability'];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

const scriptCache = new Map<string, number>();
async function scriptBytes(src: string): Promise<number> {
  if (!scriptCache.has(src)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    scriptCache.set(src, gzipSync(body).length);
  }
  return scriptCache.get(src)!;
}

async function main() {
  for (const path of pages) {
    const html = Buffer.from(await (await fetch(base + path)).arrayBuffer());
    const scripts = [...html.toString('utf8').matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
    const js = (await Promise.all(scripts.map(scriptBytes))).reduce((a, b) => a + b, 0);
    const gzipped = kb(gzipSync(html).length);
    console.log(
      `${path.padEnd(44)} HTML ${kb(html.length).padStart(10)} raw, ${gzipped.padStart(9)} gzip; ` +
        `JS ${kb(js).padStart(9)} gzip in ${scripts.length} files`,
    );
  }
}

main().catch((error) => {
  console.error(`Could not measure ${base}: is the production server running? (${error.message})`);
  process.exit(1);
});
