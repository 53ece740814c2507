import { z } from 'zod';
import { REFERENCE_IDS } from './references';

export const GLOSSARY_CATEGORIES = [
  'machine-learning',
  'interpretability',
  'alignment',
  'prompting',
  'philosophy',
  'science',
  'computing',
  'industry',
  'products',
  'expressions',
] as const;
export type GlossaryCategory = (typeof GLOSSARY_CATEGORIES)[number];

/**
 * How a form the article uses relates to the standard term: the standard term itself, an accepted
 * variant, a wording that is not standard, a misprint, or the English term quoted in the Chinese.
 */
const FORM_STATUSES = ['standard', 'variant', 'nonstandard', 'misprint', 'english'] as const;
export type FormStatus = (typeof FORM_STATUSES)[number];

/**
 * The term's part of speech, from TBX-Basic's picklist: what the term is as a term, whatever the
 * inflected forms the article uses (微调 and "fine-tuning" are nouns; "Claude Sonnet" a proper noun).
 */
const PARTS_OF_SPEECH = ['noun', 'verb', 'adjective', 'adverb', 'properNoun', 'other'] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

const text = z.string().trim().min(1, 'must not be empty');
const bilingual = z.strictObject({ zh: text, en: text });

/** Entry IDs are URL slugs: they name the term's page. */
const TERM_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One way the article's Chinese writes a term: a bare string, or with its status and pinyin. */
const zhFormSchema = z.union([
  text,
  z.strictObject({
    text,
    status: z.enum(FORM_STATUSES).optional(),
    /** Pinyin as GB/T 16159 writes it ("jīzhì kějiěshìxìng"); generated when absent. */
    pinyin: text.optional(),
    /**
     * Forms of other entries (or of this one) that are the same kind of wording in the article, such
     * as 前期训练 and 后期训练: parallel forms take one status (check:glossary).
     */
    parallel: z.array(text).min(1).optional(),
    /** A derived word the article uses (神经科学家 under 神经科学): marked, but not a term; never exported as one. */
    matchOnly: z.literal(true).optional(),
  }),
]);

/**
 * One English form our rendering uses: a bare string is a term form (exported as an admitted
 * term); `matchOnly` marks an inflection or paraphrase used only to find the term in the English
 * (refusing, optimizes, "break things down"), which the exports leave out.
 */
const enFormSchema = z.union([text, z.strictObject({ text, matchOnly: z.literal(true) })]);

/**
 * A reference relied on: a source ID, or the source with what it attests: the term as it lists it,
 * the discipline it lists it under (术语在线's 学科), and a remark.
 */
const referenceSchema = z.union([
  z.enum(REFERENCE_IDS),
  z.strictObject({
    source: z.enum(REFERENCE_IDS),
    term: text.optional(),
    field: text.optional(),
    note: bilingual.optional(),
  }),
]);

export const glossaryEntrySchema = z.strictObject({
  id: z.string().regex(TERM_ID, 'must be a lowercase slug like "gradient-descent"'),
  /** The standard Chinese term: the 术语在线 term, or the usual one in Chinese writing on the subject. */
  zh: text,
  /** Pinyin of the standard term, written where the generated one is wrong or badly divided. */
  pinyin: text.optional(),
  en: text,
  /** One value for the entry, shared by both languages and every form. */
  partOfSpeech: z.enum(PARTS_OF_SPEECH, {
    error: (issue) =>
      `${issue.input === undefined ? 'is required' : `"${String(issue.input)}" is not a part of speech`}: give one of ${PARTS_OF_SPEECH.join(', ')}`,
  }),
  forms: z.strictObject({
    /**
     * Every way the article's Chinese writes the term, exactly as written (Latin forms match any
     * case). A form other than the standard term or an English one states its status.
     */
    zh: z.array(zhFormSchema).min(1),
    /** Longer strings in the article that contain a form but are not the term (意识到, "realize"). */
    exclude: z.array(text).optional(),
    /** Every form our English rendering uses for the term. */
    en: z.array(enFormSchema).min(1),
  }),
  definition: bilingual,
  /** Where the article's wording differs from the standard term, or the term is easily confused. */
  note: bilingual.optional(),
  /** The references relied on for the standard term, the definition or the note; check:glossary requires one. */
  references: z.array(referenceSchema).optional(),
  related: z.array(z.string().regex(TERM_ID)).optional(),
});

export const glossaryFileSchema = z.strictObject({
  category: z.enum(GLOSSARY_CATEGORIES),
  entries: z.array(z.unknown()).min(1, 'must list at least one entry'),
});
