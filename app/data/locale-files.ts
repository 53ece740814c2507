import type { Lang } from '@/lib/corpus/model';
import { routing } from '@/i18n/routing';

/** The static params of a per-locale data file, `{locale}.json`, one per UI language. */
export function localeFileParams() {
  return routing.locales.map((locale) => ({ file: `${locale}.json` }));
}

/** The UI language a per-locale data file is for. */
export function localeOfFile(file: string): Lang {
  return file.replace(/\.json$/, '') as Lang;
}
