import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Concordance } from '@/components/glossary/Concordance';
import { inParens, LABEL_COLON, labelGap } from '@/lib/label-gap';
import { TextIslands } from '@/components/behaviour/TextIslands';
import { TermStrip } from '@/components/pictures/TermStrip';
import { LANG_TAG } from '@/lib/locale';
import { termStrip } from '@/lib/pictures/term-strip';
import { REFERENCES } from '@/lib/terms/references';
import { routing } from '@/i18n/routing';
import { localeParams } from '@/i18n/params';
import { glossaryPath, termPath } from '@/lib/routes';
import { loadProject } from '@/lib/project/load';
import '../../own-page.css';
import './term-page.css';

// Unknown locales, terms and unit IDs match no page, so the localized global 404 answers them.
export const dynamicParams = false;

export function generateStaticParams() {
  const { glossary } = loadProject().index;
  return routing.locales.flatMap((locale) => glossary.entries.map((entry) => ({ locale, term: entry.id })));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/glossary/[term]'>): Promise<Metadata> {
  const { locale, term } = await localeParams(params);
  const entry = loadProject().index.glossary.byId.get(term);
  if (!entry) return {};
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  return {
    title: `${entry.zh} · ${entry.en} · ${t('title')}`,
    description: entry.definition[locale],
  };
}

export default async function TermPage({ params }: PageProps<'/[locale]/glossary/[term]'>) {
  const { locale, term } = await localeParams(params);
  const { glossary, marked, occurrences } = loadProject().index;
  const entry = glossary.byId.get(term);
  if (!entry) notFound();
  const t = await getTranslations('Term');
  const tc = await getTranslations('Categories');
  const { units, sections } = loadProject().corpus;
  const where = new Set(occurrences.get(entry.id) ?? []);
  const concordance = units.filter((unit) => where.has(unit.id));
  const related = entry.related.flatMap((id) => glossary.byId.get(id) ?? []);

  return (
    <main id="article" className="term-page" tabIndex={-1}>
      <p className="breadcrumb">
        <a href={glossaryPath(locale)}>← {t('back')}</a>
      </p>
      <header className="term-header">
        <h1>
          <span lang={LANG_TAG.zh}>{entry.zh}</span>
          <span className="term-header-en" lang={LANG_TAG.en}>
            {entry.en}
          </span>
        </h1>
        <dl className="term-facts">
          {entry.pinyin ? (
            <>
              <dt>{t('pinyin')}</dt>
              <dd lang="zh-Latn-pinyin" data-standard-pinyin="">
                {entry.pinyin}
              </dd>
            </>
          ) : null}
          <dt>{t('category')}</dt>
          <dd>
            <a href={glossaryPath(locale, entry.category)}>{tc(entry.category)}</a>
          </dd>
        </dl>
      </header>

      <section aria-labelledby="definition" className="term-section">
        <h2 id="definition">{t('definition')}</h2>
        <p lang={LANG_TAG.zh}>{entry.definition.zh}</p>
        <p lang={LANG_TAG.en}>{entry.definition.en}</p>
      </section>

      {entry.note ? (
        <section aria-labelledby="note" className="term-section term-note">
          <h2 id="note">{t('note')}</h2>
          <p lang={LANG_TAG.zh}>{entry.note.zh}</p>
          <p lang={LANG_TAG.en}>{entry.note.en}</p>
        </section>
      ) : null}

      <section aria-labelledby="forms" className="term-section">
        <h2 id="forms">{t('forms')}</h2>
        <table className="term-forms">
          <thead>
            <tr>
              <th scope="col">{t('formsZh')}</th>
              <th scope="col">{t('formPinyin')}</th>
              <th scope="col">{t('formStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {entry.zhForms.map((form) => (
              <tr key={form.text} data-form-status={form.status}>
                <th scope="row" lang={LANG_TAG.zh}>
                  {form.text}
                </th>
                <td lang="zh-Latn-pinyin">{form.pinyin?.display ?? '—'}</td>
                <td>
                  <span className={`form-status form-status-${form.status}`}>{t(`status.${form.status}`)}</span>
                  {form.status !== 'standard' && form.status !== 'english' ? (
                    <>
                      {' '}
                      → <span lang={LANG_TAG.zh}>{entry.zh}</span>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {entry.forms.enTerms.length > 0 ? (
          <p className="term-forms-en">
            <strong>
              {t('formsEn')}
              {LABEL_COLON[locale]}
            </strong>
            {labelGap(LABEL_COLON[locale])}
            {entry.forms.enTerms.map((form) => (
              <span key={form} className="form-chip" lang={LANG_TAG.en}>
                {form}
              </span>
            ))}
          </p>
        ) : null}
        {entry.forms.enMatchOnly.length > 0 ? (
          <p className="term-forms-matched">
            <strong>
              {t('formsMatched')}
              {LABEL_COLON[locale]}
            </strong>
            {labelGap(LABEL_COLON[locale])}
            {new Intl.ListFormat(LANG_TAG[locale], { type: 'conjunction' })
              .formatToParts(entry.forms.enMatchOnly)
              .map((part, i) =>
                part.type === 'element' ? (
                  <span key={i} lang={LANG_TAG.en}>
                    {part.value}
                  </span>
                ) : (
                  part.value
                ),
              )}{' '}
            <span className="term-forms-hint">{inParens(locale, t('formsMatchedHint'))}</span>
          </p>
        ) : null}
      </section>

      {related.length > 0 ? (
        <section aria-labelledby="related" className="term-section">
          <h2 id="related">{t('related')}</h2>
          <ul className="related-terms">
            {related.map((other) => (
              <li key={other.id}>
                <a href={termPath(locale, other.id)}>
                  <span lang={LANG_TAG.zh}>{other.zh}</span> <span lang={LANG_TAG.en}>{other.en}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {entry.references.length > 0 ? (
        <section aria-labelledby="references" className="term-section">
          <h2 id="references">{t('references')}</h2>
          <ul className="term-references">
            {entry.references.map((cited, i) => {
              const reference = REFERENCES[cited.source];
              // The term and the discipline (学科) are as the source lists them, in Chinese: 叠加态(物理学).
              const attests = cited.term && cited.field ? `${cited.term}(${cited.field})` : (cited.term ?? cited.field);
              return (
                <li key={`${cited.source}-${i}`} lang={LANG_TAG[locale]}>
                  {reference.url ? <a href={reference.url}>{reference[locale]}</a> : reference[locale]}
                  {attests ? (
                    <>
                      {locale === 'zh' ? ':' : ': '}
                      <span lang={LANG_TAG.zh}>{attests}</span>
                    </>
                  ) : null}
                  {cited.note ? (
                    <>
                      {locale === 'zh' ? '。' : '. '}
                      {cited.note[locale]}
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="concordance" className="term-section">
        <h2 id="concordance">
          {t('concordance')}{' '}
          <span className="count">{inParens(locale, t('concordanceCount', { count: concordance.length }))}</span>
        </h2>
        <TermStrip
          strip={termStrip(sections, marked, entry.id)}
          locale={locale}
          term={locale === 'zh' ? entry.zh : entry.en}
        />
        <Concordance
          units={concordance}
          marked={marked}
          termId={entry.id}
          locale={locale}
          label={(id) => t('readInContext', { id })}
        />
      </section>
      <TextIslands locale={locale} cite={false} />
    </main>
  );
}
