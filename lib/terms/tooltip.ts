import type { GlossaryEntry } from './glossary';
import type { FormStatus } from './schema';
import type { Locale } from '../locale';

/** What the tooltip shows for the form the reader is on. */
interface TooltipForm {
  status: FormStatus;
  /** The form's own pinyin; empty for a Latin-only form. */
  pinyin: string;
}

/** What the tooltip shows for one term, in one UI language. */
export interface TooltipEntry {
  /** The standard Chinese term. */
  zh: string;
  /** The standard term's pinyin; empty for a Latin-only term. */
  pinyin: string;
  en: string;
  definition: string;
  /** The usage note, in the UI language. */
  note?: string;
  /** Each form the article uses (as written; Latin forms lowercased), with its status and pinyin. */
  forms: Record<string, TooltipForm>;
}

/** The key of a form in `TooltipEntry.forms` for text as marked in the article. */
export function tooltipFormKey(text: string): string {
  return /\p{Script=Han}/u.test(text) ? text : text.toLowerCase();
}

/**
 * Every term's tooltip content in one language, keyed by entry ID: the data of the per-locale JSON
 * the reader's tooltip fetches. A marked occurrence `{ text, termId }` finds its form with
 * `data[termId].forms[tooltipFormKey(text)]`; where that form's status is not `standard` the
 * tooltip shows the standard term beside it.
 */
export function tooltipData(entries: GlossaryEntry[], locale: Locale): Record<string, TooltipEntry> {
  return Object.fromEntries(
    entries.map((entry) => [
      entry.id,
      {
        zh: entry.zh,
        pinyin: entry.pinyin,
        en: entry.en,
        definition: entry.definition[locale],
        ...(entry.note ? { note: entry.note[locale] } : {}),
        forms: Object.fromEntries(
          entry.zhForms.map((form) => [
            tooltipFormKey(form.text),
            { status: form.status, pinyin: form.pinyin?.display ?? '' },
          ]),
        ),
      },
    ]),
  );
}
