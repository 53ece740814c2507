// What the server answers before any page is looked up: which methods and which addresses it accepts.
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../locale';

/** Pages are documents to read: only these methods reach them. */
export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;

export type Rejection =
  | { status: 405; reason: 'method'; locale: Locale }
  | { status: 400; reason: 'encoding' | 'control-character'; locale: Locale };

/** The UI locale named by the first segment of a raw (still percent-encoded) path, else the default. */
export function pathLocale(rawPath: string): Locale {
  const first = rawPath.split('/')[1]?.toLowerCase();
  return LOCALES.find((locale) => locale === first) ?? DEFAULT_LOCALE;
}

/** The path decoded segment by segment, or null where a percent-encoding is malformed or not UTF-8. */
export function decodePath(rawPath: string): string | null {
  try {
    return rawPath
      .split('/')
      .map((segment) => decodeURIComponent(segment))
      .join('/');
  } catch {
    return null;
  }
}

// C0 controls (NUL among them) and DEL never belong in a page address.
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's job
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Why a request must not reach a page, or null when it may. */
export function rejectRequest(method: string, rawPath: string): Rejection | null {
  const locale = pathLocale(rawPath);
  if (!(ALLOWED_METHODS as readonly string[]).includes(method.toUpperCase()))
    return { status: 405, reason: 'method', locale };
  const decoded = decodePath(rawPath);
  if (decoded === null) return { status: 400, reason: 'encoding', locale };
  if (CONTROL.test(decoded)) return { status: 400, reason: 'control-character', locale };
  return null;
}
