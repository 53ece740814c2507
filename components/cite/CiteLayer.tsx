import { SITE_URL } from '@/lib/site';
import type { Locale } from '@/lib/locale';
import { CiteDialog } from './CiteDialog';

/** The cite dialog; its labels and the article's and units' data are fetched on first use. */
export function CiteLayer({ locale }: { locale: Locale }) {
  return <CiteDialog locale={locale} siteUrl={SITE_URL} defaultStyle={locale === 'zh' ? 'gbt' : 'apa'} />;
}
