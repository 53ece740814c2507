// Prints Lighthouse 12 scores and timings for the main pages of a running production server.
// Usage: npm run serve (another terminal), then npm run bench:lighthouse. Uses CHROME_PATH or /usr/bin/chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const pages = ['/en', '/zh', '/en/glossary', '/zh/glossary/panpsychism', '/en/p/scaling-08'];
const chrome = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const flags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';
const dir = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));

for (const page of pages) {
  const output = path.join(dir, `${page.replace(/\W+/g, '_')}.json`);
  execFileSync(
    'npx',
    ['-y', 'lighthouse@12', base + page, '--quiet', `--chrome-flags=${flags}`, '--output=json', `--output-path=${output}`,
      '--only-categories=performance,accessibility,best-practices,seo'],
    { stdio: 'inherit', env: { ...process.env, ...(chrome ? { CHROME_PATH: chrome } : {}) } },
  );
  const report = JSON.parse(readFileSync(output, 'utf8'));
  const scores = Object.values(report.categories as Record<string, { title: string; score: number }>)
    .map((c) => `${c.title} ${Math.round(c.score * 100)}`)
    .join(', ');
  const timing = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']
    .map((id) => `${id.split('-').map((w) => w[0].toUpperCase()).join('')} ${report.audits[id].displayValue}`)
    .join(', ');
  console.log(`${page.padEnd(28)} ${scores}; ${timing}`);
}
