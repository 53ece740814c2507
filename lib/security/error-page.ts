// The small, self-contained page the proxy answers a rejected request with, in the path's language.
import { LANG_TAG } from '../locale';
import { readerPath } from '../routes';
import { hashSource } from './csp';
import type { Rejection } from './request';

/**
 * Written at build time (scripts/error-pages.ts) for server.mjs, which cannot run TypeScript: the
 * error pages, their CSP, and the headers every response starts with.
 */
export const SERVER_GUARD_FILE = '.next/server-guard.json';

export interface ErrorPageMessages {
  siteName: string;
  badRequestTitle: string;
  badRequestBody: string;
  methodTitle: string;
  methodBody: string;
  back: string;
}

const STYLE =
  'body{font-family:system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;line-height:1.6;' +
  'max-width:40rem;margin:3rem auto;padding:0 1.25rem;color:#1f2328;background:#fff}' +
  'h1{font-size:1.6rem}a{color:#0b57d0}.site-name{font-weight:600;text-decoration:none;color:inherit}' +
  '@media (prefers-color-scheme:dark){body{color:#e6e6e6;background:#16181d}a{color:#8ab4f8}}';

/** The style element's hash, for the response's CSP (`style-src` allows exactly this style). */
export const ERROR_PAGE_STYLE_HASH = hashSource(STYLE);

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A complete HTML document naming the problem; it reflects nothing from the request. */
export function errorPageHtml(rejection: Rejection, messages: ErrorPageMessages): string {
  const title = rejection.status === 405 ? messages.methodTitle : messages.badRequestTitle;
  const body = rejection.status === 405 ? messages.methodBody : messages.badRequestBody;
  return (
    `<!DOCTYPE html><html lang="${LANG_TAG[rejection.locale]}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${escape(title)} · ${escape(messages.siteName)}</title><style>${STYLE}</style></head>` +
    `<body><p><a class="site-name" href="${readerPath(rejection.locale)}">${escape(messages.siteName)}</a></p>` +
    `<main><h1>${escape(title)}</h1><p>${escape(body)}</p>` +
    `<p><a href="${readerPath(rejection.locale)}">${escape(messages.back)}</a></p></main></body></html>`
  );
}
