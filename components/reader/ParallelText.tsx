import { getTranslations } from 'next-intl/server';
import type { Corpus, Lang } from '@/lib/corpus/model';
import { readerSections } from '@/lib/reader/rows';
import type { MarkedUnit } from '@/lib/terms/mark';
import { ParallelRows } from './ParallelRows';

interface Props {
  corpus: Corpus;
  marked: Map<string, MarkedUnit>;
  locale: Lang;
}

/** The parallel text's data and labels, prepared on the server for the rows. */
export async function ParallelText({ corpus, marked, locale }: Props) {
  const t = await getTranslations('Reader');
  const tc = await getTranslations('Cite');
  return (
    <ParallelRows
      sections={readerSections(corpus, marked, locale)}
      speakers={corpus.meta.speakers}
      locale={locale}
      labels={{
        cite: tc('button'),
        translatorNote: t('translatorNote'),
        correctionNote: t('correctionNote'),
        readNote: t('readNote'),
        columnZh: t('columnZh'),
        columnEn: t('columnEn'),
      }}
    />
  );
}
