import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locale';
import type { CiteLabels } from './CiteDialog';

/** The cite dialog's labels in one UI language (served with its data, not inlined in every page). */
export async function citeLabels(locale: Locale): Promise<CiteLabels> {
  const t = await getTranslations({ locale, namespace: 'Cite' });
  return {
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
  };
}
