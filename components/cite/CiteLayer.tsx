import { getTranslations } from 'next-intl/server';
import type { Lang } from '@/lib/corpus/model';
import { SITE_URL } from '@/lib/site';
import { CiteDialog } from './CiteDialog';

/** The cite dialog with its labels; the article's and the units' data are fetched on first use. */
export async function CiteLayer({ locale }: { locale: Lang }) {
  const t = await getTranslations('Cite');
  return (
    <CiteDialog
      siteUrl={SITE_URL}
      defaultLanguage={locale}
      defaultStyle={locale === 'zh' ? 'gbt' : 'apa'}
      labels={{
        dialogTitle: t.raw('dialogTitle') as string,
        quote: t('quote'),
        languages: { zh: t('quoteZh'), en: t('quoteEn'), both: t('quoteBoth') },
        style: t('style'),
        styles: { apa: t('styleApa'), mla: t('styleMla'), chicago: t('styleChicago'), gbt: t('styleGbt') },
        preview: t('preview'),
        copy: t('copy'),
        copied: t('copied'),
        copyFailed: t('copyFailed'),
        download: t('download'),
        close: t('close'),
        provenance: t('provenance'),
        passage: t('passage'),
        passageWhole: t('passageWhole'),
        passageSentence: t.raw('passageSentence') as string,
      }}
    />
  );
}
