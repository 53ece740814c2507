import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.PORT ?? 3100);

/** A system Chromium where there is one (Playwright cannot download its own here), else Playwright's. */
function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  if (fromEnv) return fromEnv;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => existsSync(candidate));
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // The first citation, tooltip or pinyin on a page loads its data; allow for a slow machine.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    // The service worker would answer requests in place of the network that specs route and count,
    // and fill its cache behind every test; e2e/offline.spec.ts allows it for the specs that test it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 900 } } },
    { name: 'phone', use: { ...devices['Pixel 7'] } },
  ],
  webServer: {
    command: `npm run build && node server.mjs`,
    url: `http://localhost:${PORT}/zh`,
    // The build prerenders ~2,300 pages and files; on a busy shared machine that takes minutes.
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    // No SITE_URL: the build derives the address from PORT, so the tests also check that a build
    // served on another port cites that port (and the build prints its SITE_URL warning).
    env: { PORT: String(PORT), SITE_URL: '' },
  },
});
