import type { Segment } from '@/lib/terms/mark';

interface Props {
  segments: Segment[];
  locale: string;
  /** On a term's page only that term is highlighted; elsewhere every term is a link. */
  highlight?: string;
}

/** Text with its glossary terms as links to their pages: plain links without JavaScript. */
export function MarkedText({ segments, locale, highlight }: Props) {
  return segments.map((segment, i) => {
    if (typeof segment === 'string') return segment;
    const className = [
      'term',
      segment.misspelled ? 'term-misspelled' : '',
      highlight === segment.termId ? 'term-highlight' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return (
      <a
        key={i}
        className={className}
        href={`/${locale}/glossary/${segment.termId}`}
        data-term={segment.termId}
        // Spread so that ordinary terms carry no attribute at all, not even in the RSC payload.
        {...(segment.misspelled ? { 'data-misspelled': '' } : {})}
      >
        {segment.text}
      </a>
    );
  });
}
