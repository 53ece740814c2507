import { getTranslations } from 'next-intl/server';
import type { Lang } from '@/lib/corpus/model';
import type { GlossaryEntry } from '@/lib/terms/glossary';
import { LANG_TAG } from '@/lib/locale';

interface Props {
  entries: GlossaryEntry[];
  locale: Lang;
}

/**
 * One hidden definition per term on the page, rendered on the server; the tooltip shows a copy.
 * Hidden content is neither displayed, read aloud nor copied with a selection.
 */
export async function TermDefinitions({ entries, locale }: Props) {
  const t = await getTranslations('Tooltip');
  return (
    <div hidden id="term-definitions">
      {entries.map((entry) => (
        <div key={entry.id} id={`termdef-${entry.id}`} data-term-def={entry.id}>
          <p className="tip-terms">
            <span className="tip-zh" lang={LANG_TAG.zh}>
              {entry.zh}
            </span>
            <span className="tip-pinyin" lang="zh-Latn-pinyin">
              {entry.pinyin}
            </span>
            <span className="tip-en" lang={LANG_TAG.en}>
              {entry.en}
            </span>
          </p>
          <p className="tip-misspelled" data-misspelled-note="">
            {t('misspelled', { term: entry.zh })}
          </p>
          <p className="tip-definition" lang={LANG_TAG[locale]}>
            {entry.definition[locale]}
          </p>
          {entry.note ? (
            <p className="tip-note" lang={LANG_TAG[locale]}>
              <strong>{t('note')}</strong> {entry.note[locale]}
            </p>
          ) : null}
          <p className="tip-link">
            <a href={`/${locale}/glossary/${entry.id}`} tabIndex={-1}>
              {t('termPage')}
            </a>
          </p>
        </div>
      ))}
    </div>
  );
}
