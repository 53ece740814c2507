'use client';

import { LANG_TAG, otherLang, type Locale } from '@/lib/locale';
import { TOC_ID } from '@/lib/reader/contract';
import { sectionFragment } from '@/lib/routes';

/** A section in the contents: [id, title in the UI language, title in the other language]. */
export type TocEntry = [id: string, title: string, other: string];

/**
 * The contents' markup. A client component only so that the browser receives the sections as
 * compact data rather than a serialized element tree; it has no state.
 */
export function TocList({ entries, locale, heading }: { entries: TocEntry[]; locale: Locale; heading: string }) {
  const other = otherLang(locale);
  return (
    <nav className="toc" id={TOC_ID} aria-labelledby="toc-title">
      <h2 id="toc-title">{heading}</h2>
      <ol>
        {entries.map(([id, title, otherTitle], index) => (
          <li key={id}>
            {/* The page opens at the first section; section tracking takes over once it is scrolled. */}
            <a href={sectionFragment(id)} aria-current={index === 0 ? 'location' : undefined}>
              <span lang={LANG_TAG[locale]}>{title}</span>
              <span className="toc-other" lang={LANG_TAG[other]}>
                {otherTitle}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
