import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { VocabularyProfile } from '@/components/pictures/VocabularyProfile';
import { loadCedict } from '@/lib/words/dictionary';
import { loadFrequencies } from '@/lib/words/frequency';
import { vocabularyProfile } from '@/lib/words/profile';
import { rareWordCards } from '@/lib/words/rare';
import { localeParams } from '@/i18n/params';
import { DATA_URL, textPath } from '@/lib/routes';
import { loadProject } from '@/lib/project/load';
import './text-page.css';

export async function generateMetadata({ params }: PageProps<'/[locale]/text'>): Promise<Metadata> {
  const { locale } = await localeParams(params);
  const t = await getTranslations({ locale, namespace: 'Text' });
  return { title: t('title'), description: t('description'), alternates: { canonical: textPath(locale) } };
}

/** About the text: where it comes from, its vocabulary profile, and the sources of the word data. */
export default async function TextPage({ params }: PageProps<'/[locale]/text'>) {
  const { locale } = await localeParams(params);
  const t = await getTranslations('Text');
  const { meta, units } = loadProject().corpus;
  const words = loadProject().words;
  const lookup = loadCedict();
  const frequencies = loadFrequencies();
  const profile = vocabularyProfile(units, words, frequencies, (word) => lookup(word) !== null);
  const rare = rareWordCards(profile.rarest, units, words, lookup);

  return (
    <main id="article" className="text-page" tabIndex={-1}>
      <h1>{t('title')}</h1>
      <p className="intro">
        {t('intro', {
          title: meta.title[locale],
          author: meta.author[locale],
          publisher: meta.publisher[locale],
          date: meta.published,
        })}
      </p>

      <section aria-labelledby="profile">
        <h2 id="profile">{t('profileTitle')}</h2>
        <p>{t('profileIntro', { size: new Intl.NumberFormat(locale).format(frequencies.size) })}</p>
        <VocabularyProfile profile={profile} rare={rare} locale={locale} />
      </section>

      <section aria-labelledby="sources">
        <h2 id="sources">{t('sourcesTitle')}</h2>
        <ul className="sources">
          <li>
            {t('cedict')} <a href="https://cc-cedict.org/wiki/">CC-CEDICT</a> ·{' '}
            <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>
          </li>
          <li>{t('jieba')}</li>
          <li>{t('pinyin')}</li>
          <li>
            {t('derived')} <a href={DATA_URL.words(locale)}>{DATA_URL.words(locale)}</a>
          </li>
        </ul>
      </section>
    </main>
  );
}
