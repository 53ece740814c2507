import { test as base, expect } from '@playwright/test';

interface Options {
  /** Console messages a test expects (a 404 page logs its own status, for example). */
  expectedConsole: RegExp[];
}

/** Every test fails on a console error, an uncaught page error or a React hydration warning. */
export const test = base.extend<Options & { failOnConsoleErrors: void }>({
  expectedConsole: [[], { option: true }],
  failOnConsoleErrors: [
    async ({ page, expectedConsole }, use) => {
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        const text = message.text();
        if (expectedConsole.some((pattern) => pattern.test(text))) return;
        if (message.type() === 'error' || /hydrat/i.test(text)) problems.push(`console ${message.type()}: ${text}`);
      });
      await use();
      expect(problems, 'console errors, page errors or hydration warnings').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
