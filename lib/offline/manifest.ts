// The web app manifest of one UI language: installing the site from /en opens /en, from /zh opens /zh.
import type { Locale } from '../locale';
import { ICON_PATH, readerPath } from '../routes';

/** The page's paper colour (--paper in app/globals.css), light and dark. */
export const THEME_COLOR = { light: '#fdfcf9', dark: '#161619' } as const;

export interface ManifestText {
  name: string;
  shortName: string;
  description: string;
}

/** The manifest (https://www.w3.org/TR/appmanifest/) of one UI language, its BCP 47 tag `lang`. */
export function webAppManifest(locale: Locale, lang: string, text: ManifestText) {
  return {
    id: readerPath(locale),
    name: text.name,
    short_name: text.shortName,
    description: text.description,
    lang,
    dir: 'ltr',
    start_url: readerPath(locale),
    scope: '/',
    display: 'standalone',
    background_color: THEME_COLOR.light,
    theme_color: THEME_COLOR.light,
    icons: [{ src: ICON_PATH, sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
}
