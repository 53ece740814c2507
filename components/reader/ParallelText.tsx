import { getTranslations } from 'next-intl/server';
import type { Corpus, Lang } from '@/lib/corpus/model';
import type { MarkedUnit } from '@/lib/terms/mark';
import { LANG_TAG } from '@/lib/locale';
import { PairRow } from './PairRow';

interface Props {
  corpus: Corpus;
  marked: Map<string, MarkedUnit>;
  locale: Lang;
}

export async function ParallelText({ corpus, marked, locale }: Props) {
  const t = await getTranslations('Reader');
  const tc = await getTranslations('Cite');
  const labels = {
    permalink: (id: string) => t('permalink', { id }),
    cite: tc('button'),
    citeLabel: (id: string) => tc('buttonLabel', { id }),
    translatorNote: t('translatorNote'),
    correctionNote: t('correctionNote'),
  };
  return (
    <div className="parallel">
      <div className="column-heads" aria-hidden="true">
        <span />
        <span lang={LANG_TAG[locale]}>{t('columnZh')}</span>
        <span lang={LANG_TAG[locale]}>{t('columnEn')}</span>
      </div>
      {corpus.sections.map((section) => (
        <section key={section.id} id={`section-${section.id}`} aria-labelledby={`title-${section.id}`}>
          {section.titleFromArticle ? null : (
            // Our own section titles are for navigation only; the article shows none here.
            <h2 id={`title-${section.id}`} className="visually-hidden" lang={LANG_TAG[locale]}>
              {section.title[locale]}
            </h2>
          )}
          {section.units.map((unit, i) => (
            <PairRow
              key={unit.id}
              unit={unit}
              marked={marked.get(unit.id)}
              previous={section.units[i - 1]}
              speakers={corpus.meta.speakers}
              locale={locale}
              labels={labels}
              headingId={section.titleFromArticle && i === 0 ? `title-${section.id}` : undefined}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
