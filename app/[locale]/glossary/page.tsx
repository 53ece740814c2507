import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Downloads } from '@/components/export/Downloads';
import { GlossaryTable, type GlossaryRow } from '@/components/glossary/GlossaryTable';
import type { Lang } from '@/lib/corpus/model';
import { loadTermIndex } from '@/lib/terms/load';
import { GLOSSARY_CATEGORIES } from '@/lib/terms/schema';
import { pinyinKeys } from '@/lib/terms/search';

export async function generateMetadata({ params }: PageProps<'/[locale]/glossary'>): Promise<Metadata> {
  const { locale } = (await params) as { locale: Lang };
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  return { title: t('title'), description: t('intro') };
}

export default async function GlossaryPage({ params }: PageProps<'/[locale]/glossary'>) {
  const { locale } = (await params) as { locale: Lang };
  setRequestLocale(locale);
  const t = await getTranslations('Glossary');
  const tc = await getTranslations('Categories');
  const { glossary, occurrences } = loadTermIndex();

  // Only short strings cross into the client: no definitions, no corpus.
  const rows: GlossaryRow[] = glossary.entries.map((entry) => ({
    id: entry.id,
    href: `/${locale}/glossary/${entry.id}`,
    zh: entry.zh,
    pinyin: entry.pinyin,
    en: entry.en,
    category: entry.category,
    categoryLabel: tc(entry.category),
    occurrences: occurrences.get(entry.id)?.length ?? 0,
    search: {
      zh: entry.zh,
      en: entry.en,
      forms: [...entry.forms.zh, ...entry.forms.misspelled, ...entry.forms.en],
      pinyin: pinyinKeys(entry.pinyin),
    },
  }));
  const categories = GLOSSARY_CATEGORIES.filter((id) => glossary.entries.some((e) => e.category === id)).map(
    (id) => ({ id, label: tc(id) }),
  );

  return (
    <main id="article" className="glossary-page" tabIndex={-1}>
      <h1>{t('title')}</h1>
      <p className="intro">{t('intro')}</p>
      <GlossaryTable
        rows={rows}
        categories={categories}
        labels={{
          search: t('search'),
          searchHint: t('searchHint'),
          category: t('category'),
          allCategories: t('allCategories'),
          clear: t('clear'),
          columns: {
            zh: t('colZh'),
            pinyin: t('colPinyin'),
            en: t('colEn'),
            category: t('colCategory'),
            occurrences: t('colOccurrences'),
          },
          occurrencesShort: t('colOccurrencesShort'),
          count: t.raw('count') as string,
          noResults: t.raw('noResults') as string,
          withoutScript: t.raw('withoutScript') as string,
        }}
      />
      <Downloads show="glossary" headingLevel={2} />
    </main>
  );
}
