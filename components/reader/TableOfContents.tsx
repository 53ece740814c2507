import './toc.css';
import { getTranslations } from 'next-intl/server';
import type { Lang, Section } from '@/lib/corpus/model';
import { LANG_TAG, otherLang } from '@/lib/locale';
import { SECTION_ID_PREFIX, TOC_ID } from '@/lib/reader/contract';

interface Props {
  sections: Section[];
  locale: Lang;
}

/** The sections, in both languages; the reader island marks the one being read. */
export async function TableOfContents({ sections, locale }: Props) {
  const t = await getTranslations('Reader');
  const other = otherLang(locale);
  return (
    <nav className="toc" id={TOC_ID} aria-labelledby="toc-title">
      <h2 id="toc-title">{t('contents')}</h2>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${SECTION_ID_PREFIX}${section.id}`}>
              <span lang={LANG_TAG[locale]}>{section.title[locale]}</span>
              <span className="toc-other" lang={LANG_TAG[other]}>
                {section.title[other]}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
