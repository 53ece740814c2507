import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage();
for (const u of ['/en/benchmark-baseline', '/en/practice']) {
  await p.goto('http://localhost:3100' + u);
  await p.waitForTimeout(6000);
  const names = await p.evaluate(() => performance.getEntriesByType('resource').filter(e => e.initiatorType === 'script' || e.name.endsWith('.js')).map(e => e.name));
  console.log(u);
  for (const n of names) { const body = Buffer.from(await (await fetch(n)).arrayBuffer()); console.log((gzipSync(body,{level:9}).length/1000).toFixed(1), n.replace('http://localhost:3100','')); }
}
await b.close();
