import type { Metadata } from 'next';
import { getMessages, getTranslations } from 'next-intl/server';
import { Downloads } from '@/components/downloads/Downloads';
import type { GlossaryRow } from '@/components/glossary/glossary-row';
import { GlossaryTable } from '@/components/glossary/GlossaryTable';
import { glossaryTableLabels } from '@/components/glossary/labels';
import { GLOSSARY_CATEGORIES } from '@/lib/terms/schema';
import { searchableTerm } from '@/lib/terms/searchable';
import { loadProject } from '@/lib/project/load';
import { localeParams } from '@/i18n/params';
import { ankiDeckPath, practicePath, termPath } from '@/lib/routes';
import './glossary-page.css';

export async function generateMetadata({ params }: PageProps<'/[locale]/glossary'>): Promise<Metadata> {
  const { locale } = await localeParams(params);
  const t = await getTranslations({ locale, namespace: 'Glossary' });
  return { title: t('title'), description: t('intro') };
}

export default async function GlossaryPage({ params }: PageProps<'/[locale]/glossary'>) {
  const { locale } = await localeParams(params);
  const t = await getTranslations('Glossary');
  const tc = await getTranslations('Categories');
  const { glossary, occurrences } = loadProject().index;

  // Only short strings cross into the client: no definitions, no corpus.
  const rows: GlossaryRow[] = glossary.entries.map((entry) => ({
    id: entry.id,
    href: termPath(locale, entry.id),
    zh: entry.zh,
    pinyin: entry.pinyin,
    en: entry.en,
    articleForms: entry.zhForms
      .filter((form) => form.text !== entry.zh && form.status !== 'english')
      .map((form) => form.text),
    category: entry.category,
    categoryLabel: tc(entry.category),
    occurrences: occurrences.get(entry.id)?.length ?? 0,
    search: searchableTerm(entry),
  }));
  const categories = GLOSSARY_CATEGORIES.filter((id) => glossary.entries.some((e) => e.category === id)).map((id) => ({
    id,
    label: tc(id),
  }));

  return (
    <main id="article" className="glossary-page" tabIndex={-1}>
      <h1>{t('title')}</h1>
      <p className="intro">{t('intro')}</p>
      <ul className="glossary-actions">
        <li>
          <a href={practicePath(locale)}>{t('practice')}</a>
        </li>
        <li>
          <a href={ankiDeckPath(locale)} download="parallel-reader-glossary.txt" aria-describedby="anki-hint">
            {t('anki')}
          </a>{' '}
          <span id="anki-hint" className="glossary-actions-hint">
            {t('ankiHint')}
          </span>
        </li>
      </ul>
      <GlossaryTable
        rows={rows}
        categories={categories}
        locale={locale}
        labels={glossaryTableLabels(await getMessages())}
      />
      <Downloads show="glossary" headingLevel={2} />
    </main>
  );
}
