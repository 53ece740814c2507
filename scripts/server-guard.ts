// Runs after `next build`: writes the 400 and 405 pages, in both languages, with their CSP, to
// .next/server-guard.json, for server.mjs to answer the requests Next itself cannot parse.
import { writeFileSync } from 'node:fs';
import { routing } from '../i18n/routing';
import { ASSET_CSP, buildCsp, SECURITY_HEADERS, SERVICE_WORKER_CSP } from '../lib/security/csp';
import { ERROR_PAGE_STYLE_HASH, SERVER_GUARD_FILE, errorPageHtml } from '../lib/security/error-page';
import { ALLOWED_METHODS } from '../lib/security/request';
import en from '../messages/en.json';
import zh from '../messages/zh.json';

const messages = {
  en: { siteName: en.Layout.siteName, ...en.ErrorPage },
  zh: { siteName: zh.Layout.siteName, ...zh.ErrorPage },
};
const pages = Object.fromEntries(
  ([400, 405] as const).map((status) => [
    status,
    Object.fromEntries(
      routing.locales.map((locale) => [
        locale,
        errorPageHtml(
          status === 405 ? { status, reason: 'method', locale } : { status, reason: 'encoding', locale },
          messages[locale],
        ),
      ]),
    ),
  ]),
);
writeFileSync(
  SERVER_GUARD_FILE,
  JSON.stringify({
    locales: routing.locales,
    defaultLocale: routing.defaultLocale,
    allow: ALLOWED_METHODS.join(', '),
    // Every response starts with these; the app replaces the CSP with the page's own.
    headers: { ...SECURITY_HEADERS, 'Content-Security-Policy': ASSET_CSP },
    csp: buildCsp({ styleHashes: [ERROR_PAGE_STYLE_HASH] }),
    // The service worker's own policy (/sw.js, lib/http/service-worker.mjs).
    serviceWorkerCsp: SERVICE_WORKER_CSP,
    pages,
  }),
);
console.log(`server-guard: 400 and 405 in ${routing.locales.join(', ')} → ${SERVER_GUARD_FILE}`);
