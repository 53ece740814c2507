import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locale';
import type { WordCardLabels } from './card-dom';

/** The word card's labels in one UI language (served with the word file, not inlined in every page). */
export async function wordCardLabels(locale: Locale): Promise<WordCardLabels> {
  const t = await getTranslations({ locale, namespace: 'Words' });
  return {
    glossary: t('glossary'),
    dictionary: t('dictionary'),
    characters: t('characters'),
    noEntry: t('noEntry'),
    sentence: t.raw('sentence') as string,
    english: t('english'),
    englishHidden: t('englishHidden'),
    save: t('save'),
    saved: t('saved'),
    savedStatus: t.raw('savedStatus') as string,
    failed: {
      full: t('saveFull'),
      corrupt: t('saveCorrupt'),
      unavailable: t('saveUnavailable'),
      sentence: t('saveNoSentence'),
    },
    credit: t('credit'),
  };
}
