import type { Unit } from '@/lib/corpus/model';
import { LANG_TAG, type Locale } from '@/lib/locale';
import { TEXT_CLASS } from '@/lib/reader/contract';
import { compactSegments } from '@/lib/reader/rows';
import type { MarkedUnit } from '@/lib/terms/mark';
import { readerUnitPath } from '@/lib/routes';
import { MarkedText } from '../terms/MarkedText';
import './concordance.css';

interface Props {
  units: Unit[];
  marked: Map<string, MarkedUnit>;
  termId: string;
  locale: Locale;
  label: (id: string) => string;
}

/** Every pair where a term occurs, both languages, the term highlighted on both sides. */
export function Concordance({ units, marked, termId, locale, label }: Props) {
  return (
    <ol className="concordance">
      {units.map((unit) => (
        <li key={unit.id} className="concordance-pair" data-concordance={unit.id}>
          <a className="pair-anchor" href={readerUnitPath(locale, unit.id)} aria-label={label(unit.id)}>
            {unit.id}
          </a>
          {(['zh', 'en'] as const).map((lang) => (
            <p key={lang} className={`cell cell-${lang} ${TEXT_CLASS}`} lang={LANG_TAG[lang]}>
              <MarkedText
                segments={compactSegments(marked.get(unit.id)?.[lang] ?? [unit[lang]])}
                locale={locale}
                highlight={termId}
              />
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
