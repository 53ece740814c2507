import { z } from 'zod';

export const GLOSSARY_CATEGORIES = [
  'machine-learning',
  'interpretability',
  'alignment',
  'prompting',
  'philosophy',
  'science',
  'industry',
  'products',
] as const;
export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number];

const text = z.string().trim().min(1, 'must not be empty');
const bilingual = z.strictObject({ zh: text, en: text });

/** Entry IDs are URL slugs: they name the term's page. */
export const TERM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const glossaryEntrySchema = z.strictObject({
  id: z.string().regex(TERM_ID, 'must be a lowercase slug like "gradient-descent"'),
  zh: text,
  en: text,
  forms: z.strictObject({
    /** Every way the article's Chinese writes the term, exactly as written (Latin forms match any case). */
    zh: z.array(text).min(1),
    /** Forms in the article that are typos for the term. */
    misspelled: z.array(text).optional(),
    /** Longer strings in the article that contain a form but are not the term (意识到, "realize"). */
    exclude: z.array(text).optional(),
    /** Every form our English rendering uses for the term. */
    en: z.array(text).min(1),
  }),
  /** Pinyin with tone marks; generated from `zh` when absent. */
  pinyin: text.optional(),
  definition: bilingual,
  /** Where the article's wording differs from common usage, or the term is easily confused. */
  note: bilingual.optional(),
  related: z.array(z.string().regex(TERM_ID)).optional(),
});

export const glossaryFileSchema = z.strictObject({
  category: z.enum(GLOSSARY_CATEGORIES),
  entries: z.array(z.unknown()).min(1, 'must list at least one entry'),
});

export type RawGlossaryEntry = z.infer<typeof glossaryEntrySchema>;
