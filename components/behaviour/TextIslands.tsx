import { getMessages } from 'next-intl/server';
import type { Locale } from '@/lib/locale';
import { CiteLayer } from '../cite/CiteLayer';
import { tooltipLabels } from '../terms/labels';
import { TermTooltip } from './TermTooltip';

/**
 * The islands of a page that shows the article's text: the term tooltip and, where the text has
 * cite links (the reader, a unit page), the cite dialog. A page without the text (practice,
 * downloads, the glossary table, search, about the text) renders neither, so it loads neither's code.
 */
export async function TextIslands({ locale, cite }: { locale: Locale; cite: boolean }) {
  const labels = tooltipLabels(await getMessages());
  return (
    <>
      <TermTooltip locale={locale} labels={labels} />
      {cite ? <CiteLayer locale={locale} /> : null}
    </>
  );
}
