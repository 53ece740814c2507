import { test as base, expect, type Page } from '@playwright/test';
import { BEHAVIOUR_ATTR } from '../lib/reader/contract';

interface Options {
  /** Console messages a test expects (a 404 page logs its own status, for example). */
  expectedConsole: RegExp[];
}

/**
 * Every test fails on a console error, an uncaught page error, a React hydration warning or a
 * Content-Security-Policy violation, and every page it opens must be served with a CSP.
 */
export const test = base.extend<Options & { failOnConsoleErrors: void }>({
  expectedConsole: [[], { option: true }],
  failOnConsoleErrors: [
    async ({ page, expectedConsole }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        const text = message.text();
        if (/Content.Security.Policy/i.test(text)) problems.push(`CSP: ${text}`);
        else if (expectedConsole.some((pattern) => pattern.test(text))) return;
        else if (message.type() === 'error' || /hydrat/i.test(text))
          problems.push(`console ${message.type()}: ${text}`);
      });
      // The browser's own report of each violation, whether or not it also logs one.
      await page.exposeBinding('__reportCspViolation', (_source, report: string) =>
        problems.push(`CSP violation: ${report}`),
      );
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`;
          (window as unknown as { __reportCspViolation: (r: string) => void }).__reportCspViolation(report);
        });
      });
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'document' || response.status() >= 300) return;
        const csp = response.headers()['content-security-policy'] ?? '';
        if (
          !/script-src /.test(csp) ||
          /unsafe-(eval|inline)/.test(csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '')
        ) {
          problems.push(`document ${response.url()} is served without a strict CSP: "${csp}"`);
        }
      });
      await use();
      expect(problems, 'console errors, page errors, hydration warnings or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * The reader's islands have attached: the reader's part of the page's behaviour is registered with
 * its gate (so every row has its Tab stop, and the first use is handled), as the root says.
 */
export const islandsReady = (page: Page) =>
  expect(page.locator('html')).toHaveAttribute(BEHAVIOUR_ATTR, /(^| )reader( |$)/);
