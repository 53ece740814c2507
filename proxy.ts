import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { LANG_TAG, type Locale } from './lib/locale';
import { absoluteUrl, pathInLocale } from './lib/routes';
import { splitLocalePath } from './lib/route-match';
import { buildCsp } from './lib/security/csp';
import { ERROR_PAGE_STYLE_HASH, errorPageHtml, type ErrorPageMessages } from './lib/security/error-page';
import { INLINE_SCRIPTS } from './lib/security/inline-scripts';
import { prerenderedHashes } from './lib/security/prerendered';
import { ALLOWED_METHODS, rejectRequest, type Rejection } from './lib/security/request';
import { SITE_URL } from './lib/site';
import en from './messages/en.json';
import zh from './messages/zh.json';

const intl = createMiddleware(routing);
const dev = process.env.NODE_ENV === 'development';
const errorMessages: Record<Locale, ErrorPageMessages> = {
  en: { siteName: en.Layout.siteName, ...en.ErrorPage },
  zh: { siteName: zh.Layout.siteName, ...zh.ErrorPage },
};

/**
 * A rejected request gets a small page in its path's language and never reaches the app.
 * server.mjs answers the same way (from .next/server-guard.json) where Next cannot even parse the request.
 */
function reject(rejection: Rejection, method: string): NextResponse {
  const body = method === 'HEAD' ? null : errorPageHtml(rejection, errorMessages[rejection.locale]);
  const response = new NextResponse(body, {
    status: rejection.status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Language': LANG_TAG[rejection.locale],
      'Cache-Control': 'no-store',
      'Content-Security-Policy': buildCsp({ styleHashes: [ERROR_PAGE_STYLE_HASH] }),
    },
  });
  if (rejection.status === 405) response.headers.set('Allow', ALLOWED_METHODS.join(', '));
  return response;
}

/** hreflang alternates of a localized page, from SITE_URL only (never from the request's Host). */
function alternateLinks(rawPath: string): string | null {
  const localized = splitLocalePath(rawPath);
  if (!localized) return null;
  const { rest } = localized;
  const links = routing.locales.map(
    (locale) =>
      `<${absoluteUrl(SITE_URL, pathInLocale(rawPath, locale))}>; rel="alternate"; hreflang="${LANG_TAG[locale]}"`,
  );
  return [...links, `<${SITE_URL}${rest || '/'}>; rel="alternate"; hreflang="x-default"`].join(', ');
}

export default function proxy(request: NextRequest) {
  // The path as sent, still percent-encoded.
  const rawPath = new URL(request.url).pathname;
  const rejection = rejectRequest(request.method, rawPath);
  if (rejection) return reject(rejection, request.method);

  // A static page gets the hashes of its own inline scripts; a page rendered on request (the 404
  // page, for one) gets a fresh nonce, which Next reads from this request header and puts on its scripts.
  const hashes = dev ? undefined : prerenderedHashes().get(rawPath);
  const nonce = hashes ? undefined : btoa(crypto.randomUUID());
  const csp = buildCsp({ scriptHashes: hashes, inlineScripts: INLINE_SCRIPTS, nonce, dev });
  request.headers.set('content-security-policy', csp);

  // Files (a dot in the last segment) outside a locale are not pages: no locale routing for them.
  const localized = splitLocalePath(rawPath) !== null;
  const isFile = rawPath.slice(rawPath.lastIndexOf('/') + 1).includes('.');
  const response = !localized && isFile ? NextResponse.next({ request: { headers: request.headers } }) : intl(request);

  response.headers.set('Content-Security-Policy', csp);
  const links = alternateLinks(rawPath);
  if (links) response.headers.set('Link', links);
  if (response.headers.has('Location')) {
    // The redirect from `/` depends on the browser's languages and cookie: never cache it.
    response.headers.set('Cache-Control', 'private, no-store');
  } else {
    // Pages are cacheable; a cacheable response never sets a cookie (the locale switch sets it).
    response.headers.delete('Set-Cookie');
  }
  return response;
}

export const config = {
  // Every request but Next's static build files and the app's own files (icon, robots.txt, sitemap.xml).
  matcher: '/((?!_next/static/|_next/image|icon\\.svg$|robots\\.txt$|sitemap\\.xml$|favicon\\.ico$).*)',
};
