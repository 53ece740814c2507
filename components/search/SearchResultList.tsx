import type { HighlightedText, SentenceHit } from '@/lib/search/engine';
import { pieces } from '@/lib/search/highlight';
import { LANG_TAG, type Locale } from '@/lib/locale';
import { sentencePath } from '@/lib/routes';

interface Props {
  hits: SentenceHit[];
  /** The number of the first hit on this page. */
  start: number;
  locale: Locale;
  sectionTitles: Record<string, string>;
  speakers: Record<string, string>;
  linkLabel: (id: string, n: number) => string;
}

function Highlighted({ value }: { value: HighlightedText }) {
  return pieces(value.text, value.marks).map((piece, i) =>
    piece.hit ? <mark key={i}>{piece.text}</mark> : piece.text,
  );
}

/** Sentence groups found: each links to its sentence, with both languages side by side and the hits marked. */
export function SearchResultList({ hits, start, locale, sectionTitles, speakers, linkLabel }: Props) {
  return (
    <ol className="search-results" start={start}>
      {hits.map((hit) => (
        <li key={`${hit.unit}-${hit.n}`} className="search-hit">
          <p className="search-hit-meta">
            <a href={sentencePath(locale, hit.unit, hit.n)}>{linkLabel(hit.unit, hit.n)}</a> ·{' '}
            {sectionTitles[hit.section]} · {speakers[hit.speaker]}
          </p>
          <div className="search-hit-pair">
            <p lang={LANG_TAG.zh}>
              <Highlighted value={hit.zh} />
            </p>
            <p lang={LANG_TAG.en}>
              <Highlighted value={hit.en} />
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
