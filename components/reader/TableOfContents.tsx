import './toc.css';
import { getTranslations } from 'next-intl/server';
import type { Section } from '@/lib/corpus/model';
import { otherLang, type Locale } from '@/lib/locale';
import { TocList } from './TocList';

interface Props {
  sections: Section[];
  locale: Locale;
}

/** The sections, in both languages; the reader island marks the one being read. */
export async function TableOfContents({ sections, locale }: Props) {
  const t = await getTranslations('Reader');
  const other = otherLang(locale);
  return (
    <TocList
      entries={sections.map((section) => [section.id, section.title[locale], section.title[other]])}
      locale={locale}
      heading={t('contents')}
    />
  );
}
