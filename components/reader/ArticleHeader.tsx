import './article.css';
import { getTranslations } from 'next-intl/server';
import { SearchBox } from '@/components/search/SearchBox';
import type { ArticleMeta } from '@/lib/corpus/schema';
import { LANG_TAG, type Locale } from '@/lib/locale';

interface Props {
  meta: ArticleMeta;
  locale: Locale;
}

export async function ArticleHeader({ meta, locale }: Props) {
  const t = await getTranslations('Reader');
  const date = new Intl.DateTimeFormat(LANG_TAG[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(meta.published),
  );
  return (
    <header className="article-header">
      <p className="kicker">{t('kicker')}</p>
      <h1>
        <span lang={LANG_TAG.zh} className="title-zh">
          {meta.title.zh}
        </span>
        <span lang={LANG_TAG.en} className="title-en">
          {meta.title.en}
        </span>
      </h1>
      <p className="credit">
        {t('byline', {
          author: locale === 'zh' ? meta.author.zh : `${meta.author.en} (${meta.author.zh})`,
          publisher: locale === 'zh' ? meta.publisher.zh : `${meta.publisher.en} (${meta.publisher.zh})`,
          date,
        })}
      </p>
      <SearchBox locale={locale} inputId="reader-search" />
      <section className="provenance" aria-labelledby="provenance-title">
        <h2 id="provenance-title">{t('provenanceTitle')}</h2>
        <p>{t('provenanceEnglish')}</p>
        <p>{t('provenanceChinese')}</p>
        <dl>
          <dt>{t('interview')}</dt>
          <dd>
            <a href={meta.interview.url} lang="en">
              {meta.interview.title}
            </a>
          </dd>
          <dt>{t('source')}</dt>
          <dd>{meta.source.provenance[locale]}</dd>
        </dl>
      </section>
    </header>
  );
}
