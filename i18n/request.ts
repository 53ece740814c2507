import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { routing } from './routing';

// Pages and layouts under app/[locale] read their locale from the root param (next/root-params), so
// none calls setRequestLocale and all stay static. Route handlers and the global 404 page, where
// there is no root param to read, name theirs: getTranslations({ locale, namespace }).
export default getRequestConfig(async ({ locale }) => {
  const requested = locale ?? (await rootLocale());
  const resolved = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale: resolved,
    messages: (await import(`../messages/${resolved}.json`)).default,
  };
});
