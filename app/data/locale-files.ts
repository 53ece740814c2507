import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { LOCALES, type Locale } from '@/lib/locale';

/** The static params of a per-locale data file, `{locale}.json`, one per UI language. */
export function localeFileParams() {
  return LOCALES.map((locale) => ({ file: `${locale}.json` }));
}

/** The UI language a per-locale data file is for (only theirs are generated: another is a 404). */
export function localeOfFile(file: string): Locale {
  const locale = file.replace(/\.json$/, '');
  if (!hasLocale(LOCALES, locale)) notFound();
  return locale;
}
