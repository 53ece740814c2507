import { MISSPELLED_CLASS, TERM_HIGHLIGHT_CLASS } from '@/lib/reader/contract';
import type { CompactSegment } from '@/lib/reader/rows';
import { termPath } from '@/lib/routes';
import type { Locale } from '@/lib/locale';

interface Props {
  segments: CompactSegment[];
  locale: Locale;
  /** On a term's page only that term is highlighted; elsewhere every term is a link. */
  highlight?: string;
}

/**
 * Text with its glossary terms as plain links to their pages, which is all that use without
 * JavaScript needs; the tooltip island recognises a term by its link (see lib/reader/contract.ts).
 * Used by server pages and by the reader's rows alike.
 */
export function MarkedText({ segments, locale, highlight }: Props) {
  return segments.map((segment, i) => {
    if (typeof segment === 'string') return segment;
    const [termId, text, misspelled] = segment;
    const classes = [misspelled ? MISSPELLED_CLASS : '', highlight === termId ? TERM_HIGHLIGHT_CLASS : '']
      .filter(Boolean)
      .join(' ');
    return (
      <a key={i} href={termPath(locale, termId)} {...(classes ? { className: classes } : {})}>
        {text}
      </a>
    );
  });
}
