import { getTranslations } from 'next-intl/server';
import type { Lang } from '@/lib/corpus/model';
import { LANG_TAG, type Locale } from '@/lib/locale';
import type { StripMark, TermStrip as Strip } from '@/lib/pictures/term-strip';
import { readerUnitPath } from '@/lib/routes';
import { DataTable } from './DataTable';
import './pictures.css';

interface Props {
  strip: Strip;
  locale: Locale;
  /** The term as the page heads it. */
  term: string;
}

/** Where a term occurs across the article's sections, Chinese above and English below, each mark a link. */
export async function TermStrip({ strip, locale, term }: Props) {
  const t = await getTranslations('Pictures');
  const href = (unitId: string) => readerUnitPath(locale, unitId);
  const sectionsWith = strip.sections.filter((s) => s.marks.zh.length + s.marks.en.length > 0);
  const paragraphs = (lang: Lang) => strip.sections.reduce((n, s) => n + s.marks[lang].length, 0);
  const busiest = [...strip.sections].sort(
    (a, b) => b.marks.zh.length + b.marks.en.length - (a.marks.zh.length + a.marks.en.length),
  )[0];
  const caption = t('stripSummary', {
    term,
    zh: paragraphs('zh'),
    en: paragraphs('en'),
    sections: sectionsWith.length,
    total: strip.sections.length,
    n: busiest?.n ?? 0,
    title: busiest?.title[locale] ?? '',
  });
  const rowName: Record<Lang, string> = { zh: t('chinese'), en: t('english') };
  const markLabel = (mark: StripMark, section: string) =>
    t('stripMark', { id: mark.unitId, lang: rowName[mark.lang], count: mark.count, section });

  return (
    <figure className="picture term-strip" aria-labelledby="term-strip-caption">
      <svg
        className="strip-svg"
        viewBox={`0 0 ${strip.width} ${strip.height}`}
        role="group"
        aria-labelledby="term-strip-caption"
      >
        {strip.sections.map((section) => (
          <g key={section.id}>
            <rect
              className={`strip-band strip-band-${section.n % 2}`}
              x={section.x}
              y={strip.rows.zh.y}
              width={section.width}
              height={strip.rows.en.y + strip.rows.en.height - strip.rows.zh.y}
            />
            {section.width >= 20 ? (
              <text
                className="strip-section-n"
                x={section.x + section.width / 2}
                y={strip.rows.zh.y - 7}
                textAnchor="middle"
                aria-hidden="true"
              >
                {section.n}
              </text>
            ) : null}
          </g>
        ))}
        {(['zh', 'en'] as const).map((lang) => (
          <g key={lang}>
            <text
              className="strip-row-label"
              x={0}
              y={strip.rows[lang].y + strip.rows[lang].height / 2 + 5}
              aria-hidden="true"
            >
              {rowName[lang]}
            </text>
            {strip.sections.flatMap((section) =>
              section.marks[lang].map((mark) => (
                <a
                  key={`${lang}-${mark.unitId}`}
                  href={href(mark.unitId)}
                  aria-label={markLabel(mark, section.title[locale])}
                >
                  <rect
                    className={`strip-mark strip-mark-${lang}`}
                    x={mark.x}
                    y={strip.rows[lang].y + 2}
                    width={mark.width}
                    height={strip.rows[lang].height - 4}
                  />
                </a>
              )),
            )}
          </g>
        ))}
      </svg>
      <figcaption id="term-strip-caption">{caption}</figcaption>
      <DataTable summary={t('showTable')}>
        <table className="picture-table">
          <caption>{t('stripTableCaption', { term })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('section')}</th>
              <th scope="col">{rowName.zh}</th>
              <th scope="col">{rowName.en}</th>
            </tr>
          </thead>
          <tbody>
            {strip.sections.map((section) => (
              <tr key={section.id}>
                <th scope="row">
                  {section.n}. <span lang={LANG_TAG[locale]}>{section.title[locale]}</span>
                </th>
                {(['zh', 'en'] as const).map((lang) => (
                  <td key={lang}>
                    {section.marks[lang].length === 0
                      ? '—'
                      : section.marks[lang].map((mark, i) => (
                          <span key={mark.unitId}>
                            {i > 0 ? ', ' : null}
                            <a href={href(mark.unitId)}>{mark.unitId}</a>
                            {mark.count > 1 ? ` (×${mark.count})` : null}
                          </span>
                        ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </DataTable>
    </figure>
  );
}
