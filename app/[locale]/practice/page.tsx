import type { Metadata } from 'next';
import { getMessages, getTranslations } from 'next-intl/server';
import { PracticeSession } from '@/components/practice/PracticeSession';
import { practiceLabels } from '@/components/practice/labels';
import { practiceData } from '@/lib/practice/cards';
import { GLOSSARY_CATEGORIES } from '@/lib/terms/schema';
import { loadProject } from '@/lib/project/load';
import { localeParams } from '@/i18n/params';
import { ankiDeckPath, practiceCardsPath } from '@/lib/routes';

export async function generateMetadata({ params }: PageProps<'/[locale]/practice'>): Promise<Metadata> {
  const { locale } = await localeParams(params);
  const t = await getTranslations({ locale, namespace: 'Practice' });
  return { title: t('title'), description: t('intro') };
}

export default async function PracticePage({ params }: PageProps<'/[locale]/practice'>) {
  const { locale } = await localeParams(params);
  const t = await getTranslations('Practice');
  const tc = await getTranslations('Categories');
  const { glossary, marked, occurrences } = loadProject().index;
  const { sections } = loadProject().corpus;

  const categories = GLOSSARY_CATEGORIES.filter((id) => glossary.entries.some((e) => e.category === id)).map((id) => ({
    id,
    label: tc(id),
  }));
  const termSections = new Set(
    [...occurrences.values()].flat().map((unitId) => sections.find((s) => s.units.some((u) => u.id === unitId))!.id),
  );
  const sectionOptions = sections
    .filter((section) => termSections.has(section.id))
    .map((section, i) => ({ id: section.id, label: `${i + 1}. ${section.title[locale]}` }));

  const deck = practiceData(glossary, sections, marked, occurrences, locale).terms;

  return (
    <main id="article" className="practice-page" tabIndex={-1}>
      <h1>{t('title')}</h1>
      <p className="intro">{t('intro')}</p>
      <PracticeSession
        locale={locale}
        cardsUrl={practiceCardsPath(locale)}
        categories={categories}
        sections={sectionOptions}
        labels={practiceLabels(await getMessages())}
        opening={{ term: deck[0], terms: deck.length }}
      />
      <p className="practice-anki">
        <a href={ankiDeckPath(locale)} download={`parallel-reader-glossary-${locale}.txt`}>
          {t('anki')}
        </a>
      </p>
    </main>
  );
}
