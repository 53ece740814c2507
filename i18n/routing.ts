import { defineRouting } from 'next-intl/routing';
import { DEFAULT_LOCALE, LOCALES } from '../lib/locale';
import { LOCALE_COOKIE } from '../lib/locale-cookie';

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  // The proxy writes the hreflang Link header from SITE_URL; next-intl's would echo the request's Host.
  alternateLinks: false,
  // Read to pick a locale for `/`; set only by the locale switch (cacheable pages never set cookies).
  localeCookie: { name: LOCALE_COOKIE, sameSite: 'lax' },
});
