import '../../own-page.css';
import './unit-page.css';
import './sentence-target.css';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMessages, getTranslations } from 'next-intl/server';
import { CiteLink } from '@/components/cite/CiteLink';
import { TextIslands } from '@/components/behaviour/TextIslands';
import { LABEL_COLON, labelGap } from '@/lib/label-gap';
import { MarkedText } from '@/components/terms/MarkedText';
import { WordModeSwitch } from '@/components/words/WordModeSwitch';
import { wordSwitchLabels } from '@/components/words/labels';
import { CELL_CLASS, rowClass, SENTENCE_ATTR, SENTENCE_CLASS, TEXT_CLASS } from '@/lib/reader/contract';
import { compactSegments } from '@/lib/reader/rows';
import { CITATION_FORMAT_NAMES, CITATION_FORMATS } from '@/lib/cite/file-formats';
import { citeSource } from '@/lib/cite/source';
import { citationFileName, citationFilePath } from '@/lib/cite/unit-files';
import { CITE_LANGUAGES, CITE_STYLES, formatCitation } from '@/lib/cite/styles';
import type { Lang } from '@/lib/corpus/model';
import { LANG_TAG } from '@/lib/locale';
import { SITE_URL } from '@/lib/site';
import { routing } from '@/i18n/routing';
import { REVIEWER_ROLE_KEYS } from '@/lib/corpus/review-schema';
import { segmentsBySpan } from '@/lib/reader/segments';
import { loadProject } from '@/lib/project/load';
import { localeParams } from '@/i18n/params';
import { UNIT_CITE_ID, noteId, readerSectionPath, readerUnitPath, sentenceAnchor, unitPath } from '@/lib/routes';
import { languageAlternates } from '@/lib/route-match';

// Unknown locales, terms and unit IDs match no page, so the localized global 404 answers them.
export const dynamicParams = false;

export function generateStaticParams() {
  const { units } = loadProject().corpus;
  return routing.locales.flatMap((locale) => units.map((unit) => ({ locale, id: unit.id })));
}

function excerpt(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/p/[id]'>): Promise<Metadata> {
  const { locale, id } = await localeParams(params);
  const { units, meta } = loadProject().corpus;
  const unit = units.find((u) => u.id === id);
  if (!unit) return {};
  const t = await getTranslations({ locale, namespace: 'Unit' });
  const speaker = meta.speakers[unit.speaker]?.[locale] ?? '';
  const text = unit[locale];
  const title = `¶ ${unit.id} · ${speaker}: “${excerpt(text, locale === 'zh' ? 24 : 60)}”`;
  const description = excerpt(
    locale === 'zh' ? t('metaDescriptionZh', { id: unit.id, text }) : t('metaDescriptionEn', { id: unit.id, text }),
    300,
  );
  const path = unitPath(locale, unit.id);
  return {
    title,
    description,
    alternates: { canonical: path, languages: languageAlternates(LANG_TAG, (l) => unitPath(l, unit.id)) },
    openGraph: {
      type: 'article',
      title,
      description,
      url: path,
      locale: locale === 'zh' ? 'zh_CN' : 'en_US',
      publishedTime: meta.published,
      authors: [meta.author[locale]],
    },
    twitter: { card: 'summary', title, description },
  };
}

export default async function UnitPage({ params }: PageProps<'/[locale]/p/[id]'>) {
  const { locale, id } = await localeParams(params);
  const corpus = loadProject().corpus;
  const index = corpus.units.findIndex((u) => u.id === id);
  if (index < 0) notFound();
  const unit = corpus.units[index];
  const previous = corpus.units[index - 1];
  const next = corpus.units[index + 1];
  const section = corpus.sections.find((s) => s.id === unit.sectionId)!;
  const { marked } = loadProject().index;
  const segments = marked.get(unit.id);
  const t = await getTranslations('Unit');
  const tc = await getTranslations('Cite');
  const tr = await getTranslations('Reader');
  const dateFormat = new Intl.DateTimeFormat(LANG_TAG[locale], { dateStyle: 'long', timeZone: 'UTC' });
  const formatDate = (iso: string) => dateFormat.format(new Date(iso));
  const buildDate = new Date().toISOString().slice(0, 10);
  const source = citeSource(corpus.meta, unit, SITE_URL);
  const speaker = corpus.meta.speakers[unit.speaker];
  const review = corpus.reviews.get(unit.id);
  const { groups } = loadProject().sentences.get(unit.id)!;
  // Each sentence group in its own element, in text order (the English may reorder groups).
  const sentencesOf = (lang: Lang) => {
    const ordered = [...groups].sort((a, b) => a[lang].start - b[lang].start);
    const parts = segmentsBySpan(
      compactSegments(segments?.[lang] ?? [unit[lang]]),
      ordered.map((g) => g[lang]),
    );
    return ordered.map((group, i) => (
      <span
        key={group.n}
        className={SENTENCE_CLASS}
        {...{ [SENTENCE_ATTR]: group.n }}
        id={lang === 'zh' ? sentenceAnchor(group.n) : undefined}
      >
        <MarkedText segments={parts[i]} locale={locale} />
      </span>
    ));
  };

  return (
    <main id="article" className="unit-page" tabIndex={-1}>
      <p className="breadcrumb">
        <a href={readerUnitPath(locale, unit.id)}>← {t('readInContext')}</a>
      </p>
      <header>
        <h1>{t('title', { id: unit.id })}</h1>
        <dl className="term-facts">
          <dt>{t('section')}</dt>
          <dd>
            <a href={readerSectionPath(locale, section.id)}>{section.title[locale]}</a>
          </dd>
          <dt>{t('speaker')}</dt>
          <dd>
            {speaker?.[locale]} ({speaker?.role[locale]})
          </dd>
          <dt>¶</dt>
          <dd>{t('position', { position: unit.position, total: corpus.units.length })}</dd>
        </dl>
      </header>

      <WordModeSwitch locale={locale} labels={wordSwitchLabels(await getMessages())} />

      <div className={`${rowClass(unit)} unit-pair`} id={unit.id}>
        {(['zh', 'en'] as const).map((lang) => (
          <div key={lang} className={CELL_CLASS[lang]} lang={LANG_TAG[lang]}>
            <p className={TEXT_CLASS}>{sentencesOf(lang)}</p>
            {unit.notes
              .map((note, index) => ({ ...note, index }))
              .filter((note) => (note.type === 'correction') === (lang === 'zh'))
              .map((note) => (
                <p key={note.index} id={noteId(note.index)} className="unit-note" lang={LANG_TAG[locale]}>
                  <strong>
                    {note.type === 'correction' ? tr('correctionNote') : tr('translatorNote')}
                    {LABEL_COLON[locale]}
                  </strong>
                  {labelGap(LABEL_COLON[locale])}
                  {note[locale]}
                </p>
              ))}
          </div>
        ))}
      </div>

      <p className="provenance-line">{tr('provenanceEnglish')}</p>

      <section aria-labelledby="revisions" className="term-section">
        <h2 id="revisions">{t('revisionTitle')}</h2>
        <p>{t('revisionCurrent', { number: unit.revision.number, date: formatDate(unit.revision.date) })}</p>
        {review ? (
          <p>
            {t('reviewed', {
              date: formatDate(review.date),
              role: t(`reviewerRoles.${REVIEWER_ROLE_KEYS[review.reviewer]}`),
            })}
          </p>
        ) : null}
        {unit.history.length === 0 ? (
          <p className="muted">{t('noEarlier')}</p>
        ) : (
          <ol className="revision-history" reversed>
            {[...unit.history].reverse().map((old) => (
              <li key={old.number}>
                <p className="muted">{t('earlier', { number: old.number, date: formatDate(old.date) })}</p>
                <blockquote lang="en">{old.en}</blockquote>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="cite-heading" className="term-section" id={UNIT_CITE_ID}>
        <h2 id="cite-heading">{t('citeTitle')}</h2>
        <p>
          <CiteLink
            unitId={unit.id}
            locale={locale}
            label={tc('copy')}
            accessibleLabel={tc('buttonLabel', { id: unit.id })}
          />
        </p>
        <p className="muted">{t('citeStatic', { date: formatDate(buildDate) })}</p>
        <dl className="static-citations">
          {CITE_STYLES.map((style) =>
            (['zh', 'en'] as const).map((lang) => (
              <div key={`${style}-${lang}`}>
                <dt>
                  {tc(`styles.${style}`)} · {tc(`languages.${lang}`)}
                </dt>
                <dd lang={style === 'gbt' ? LANG_TAG.zh : LANG_TAG.en}>
                  {formatCitation(style, lang, source, buildDate).references.join('\n')}
                </dd>
              </div>
            )),
          )}
        </dl>
        <h3 id="cite-files">{tc('files')}</h3>
        <p className="muted">{tc('filesIntro', { date: formatDate(buildDate) })}</p>
        <ul className="cite-files" aria-labelledby="cite-files">
          {CITE_LANGUAGES.map((lang) => (
            <li key={lang}>
              {tc(`languages.${lang}`)}:{' '}
              {CITATION_FORMATS.map((format, i) => (
                <span key={format}>
                  {i > 0 ? ' · ' : null}
                  <a href={citationFilePath(unit.id, lang, format)} download={citationFileName(unit.id, lang, format)}>
                    {CITATION_FORMAT_NAMES[format]}
                  </a>
                </span>
              ))}
            </li>
          ))}
        </ul>
      </section>

      <nav className="unit-nav" aria-label={t('title', { id: unit.id })}>
        {previous ? (
          <a href={unitPath(locale, previous.id)} rel="prev">
            ← {t('previous')} ({previous.id})
          </a>
        ) : (
          <span />
        )}
        {next ? (
          <a href={unitPath(locale, next.id)} rel="next">
            {t('next')} ({next.id}) →
          </a>
        ) : null}
      </nav>
      <TextIslands locale={locale} cite />
    </main>
  );
}
