import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locale';
import type { CiteLanguage, CiteStyle } from '@/lib/cite/styles';

/** What the cite dialog and its form say (the client reads them with the cite data, in target.ts). */
export interface CiteLabels {
  dialogTitle: string; // contains {id}
  quote: string;
  languages: Record<CiteLanguage, string>;
  style: string;
  styles: Record<CiteStyle, string>;
  preview: string;
  copy: string;
  copied: string;
  copyFailed: string;
  download: string;
  close: string;
  provenance: string;
  /** What is quoted: the whole paragraph or one sentence group. */
  passage: string;
  passageWhole: string;
  /** Contains {n}. */
  passageSentence: string;
}

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
