import type { Locale } from './locale';

/** The cookie that remembers the interface language a reader chose, for the redirect from `/`. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

/** The cookie as the locale switch writes it in the browser: a year, whole site, first-party only. */
export function localeCookieString(locale: Locale): string {
  return `${LOCALE_COOKIE}=${encodeURIComponent(locale)}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
