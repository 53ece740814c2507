import { getTranslations } from 'next-intl/server';
import type { Lang, Section } from '@/lib/corpus/model';
import { LANG_TAG, otherLang } from '@/lib/locale';

interface Props {
  sections: Section[];
  locale: Lang;
}

export async function TableOfContents({ sections, locale }: Props) {
  const t = await getTranslations('Reader');
  const other = otherLang(locale);
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">{t('contents')}</h2>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#section-${section.id}`}>
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
