import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { LOCALES, type Locale } from '@/lib/locale';

/**
 * A route's params with the UI locale narrowed to a `Locale`. Only the locales are generated
 * (`dynamicParams = false`), so another value never renders; if one did, it is a 404.
 */
export async function localeParams<P extends { locale: string }>(
  params: Promise<P>,
): Promise<Omit<P, 'locale'> & { locale: Locale }> {
  const resolved = await params;
  if (!hasLocale(LOCALES, resolved.locale)) notFound();
  return { ...resolved, locale: resolved.locale };
}
