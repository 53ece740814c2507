import '@/components/search/search-page.css';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SearchBox } from '@/components/search/SearchBox';
import { SearchResultList } from '@/components/search/SearchResultList';
import { MAX_QUERY_CHARS, MAX_RESULTS, PAGE_SIZE } from '@/lib/search/limits';
import { loadSearchEngine } from '@/lib/search/load';
import { cleanQuery } from '@/lib/search/query';
import { LANG_TAG } from '@/lib/locale';
import { loadProject } from '@/lib/project/load';
import { PAGE_PARAM, QUERY_PARAM, searchPath, termPath } from '@/lib/routes';
import { languageAlternates } from '@/lib/route-match';
import { localeParams } from '@/i18n/params';

/** The id of this page's search input (its label points to it); the reader's box has its own. */
const SEARCH_INPUT_ID = 'search-q';
const EXAMPLES = ['规模', '同时扩大', 'scaling', 'fàn xīn lùn', 'fan4xin1lun4'];

export async function generateMetadata({ params, searchParams }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const { locale } = await localeParams(params);
  const query = cleanQuery((await searchParams)[QUERY_PARAM]).text;
  const t = await getTranslations({ locale, namespace: 'Search' });
  return {
    title: query ? t('titleWithQuery', { query }) : t('title'),
    robots: { index: false, follow: true },
    alternates: { languages: languageAlternates(LANG_TAG, (l) => searchPath(l, query)) },
  };
}

/** Rendered on the server for each request, so it works without JavaScript; the query lives in the URL. */
export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const { locale } = await localeParams(params);
  const query = await searchParams;
  const t = await getTranslations('Search');
  const results = loadSearchEngine().search(query[QUERY_PARAM], query[PAGE_PARAM]);
  const { sections, meta } = loadProject().corpus;
  const sectionTitles = Object.fromEntries(sections.map((s) => [s.id, s.title[locale]]));
  const speakers = Object.fromEntries(Object.entries(meta.speakers).map(([id, s]) => [id, s[locale]]));
  const from = (results.page - 1) * PAGE_SIZE + 1;

  return (
    <main id="article" className="search-page" tabIndex={-1}>
      <h1>{t('title')}</h1>
      <p className="search-intro">{t('intro')}</p>
      <SearchBox locale={locale} value={results.query} inputId={SEARCH_INPUT_ID} showLabel />
      {results.truncated ? (
        <p className="search-note" role="status">
          {t('truncated', { max: MAX_QUERY_CHARS })}
        </p>
      ) : null}
      {!results.query ? (
        <section aria-label={t('empty')}>
          <p>{t('empty')}</p>
          <ul className="search-examples">
            {EXAMPLES.map((example) => (
              <li key={example}>
                <a
                  href={searchPath(locale, example)}
                  lang={
                    /\p{Script=Han}/u.test(example)
                      ? LANG_TAG.zh
                      : /\d|[āáǎàīíǐìūúǔù]/.test(example)
                        ? 'zh-Latn-pinyin'
                        : LANG_TAG.en
                  }
                >
                  {example}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <>
          <p className="search-count" role="status">
            {t('count', { total: results.total, query: results.query })}{' '}
            {results.total > PAGE_SIZE
              ? t('showing', { from, to: from + results.hits.length - 1, total: results.total })
              : null}{' '}
            {results.capped ? t('capped', { max: MAX_RESULTS }) : null}
            {results.total === 0 ? t('noHits') : null}
          </p>
          {results.terms.length > 0 ? (
            <section className="search-terms" aria-labelledby="search-terms-title">
              <h2 id="search-terms-title">{t('termsTitle')}</h2>
              <ul>
                {results.terms.map((term) => (
                  <li key={term.id}>
                    <a href={termPath(locale, term.id)}>
                      <span lang={LANG_TAG.zh}>{term.zh}</span>{' '}
                      {term.pinyin !== term.zh ? (
                        <>
                          <span className="pinyin" lang="zh-Latn-pinyin">
                            {term.pinyin}
                          </span>{' '}
                        </>
                      ) : null}
                      <span lang={LANG_TAG.en}>{term.en}</span>
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {results.hits.length > 0 ? (
            <section aria-labelledby="search-sentences-title">
              <h2 id="search-sentences-title">{t('sentencesTitle')}</h2>
              <SearchResultList
                hits={results.hits}
                start={from}
                locale={locale}
                sectionTitles={sectionTitles}
                speakers={speakers}
                linkLabel={(id, n) => t('resultLink', { id, n })}
              />
            </section>
          ) : null}
          {results.pages > 1 ? (
            <nav className="search-pages" aria-label={t('pagination')}>
              {results.page > 1 ? (
                <a href={searchPath(locale, results.query, results.page - 1)} rel="prev">
                  {t('previous')}
                </a>
              ) : (
                <span />
              )}
              <span>{t('pageOf', { page: results.page, pages: results.pages })}</span>
              {results.page < results.pages ? (
                <a href={searchPath(locale, results.query, results.page + 1)} rel="next">
                  {t('next')}
                </a>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </>
      )}
    </main>
  );
}
