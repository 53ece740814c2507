import { z } from 'zod';

/** The kinds of alignment unit; each is styled differently in the reader. */
const UNIT_KINDS = [
  'byline',
  'lede',
  'list-heading',
  'list-item',
  'heading',
  'narration',
  'aside',
  'question',
  'answer',
  'link',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

const SPEAKER_IDS = ['amodei', 'askell', 'olah', 'interviewer', 'editors'] as const;
export type SpeakerId = (typeof SPEAKER_IDS)[number];

const text = z.string().trim().min(1, 'must not be empty');
const bilingual = z.strictObject({ zh: text, en: text });

const noteSchema = z.strictObject({
  type: z.enum(['translator', 'correction']),
  en: text,
  zh: text,
});

/** Unit IDs are `section-NN`; they are permanent and human-citable. */
export const UNIT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*-\d{2}$/;

/** The translation QA rules a unit may record a reasoned exception to. */
const EXCEPTABLE_RULES = [
  'completeness',
  'numbers',
  'carried-tokens',
  'stray-chinese',
  'punctuation',
  'serial-comma',
  'one-form',
] as const;
export type ExceptableRule = (typeof EXCEPTABLE_RULES)[number];

/** One finding that is right as it stands: the rule, the exact text it is about, and why. */
const qaExceptionSchema = z.strictObject({
  rule: z.enum(EXCEPTABLE_RULES),
  text: z.string().min(1, 'must not be empty'),
  reason: text,
});

/** A revision of a unit's English: numbered from 1, dated. */
const revisionSchema = z.strictObject({
  number: z.number().int().min(1),
  date: z.iso.date(),
});

export const unitSchema = z.strictObject({
  id: z.string().regex(UNIT_ID, 'must look like "section-NN"'),
  kind: z.enum(UNIT_KINDS),
  speaker: z.enum(SPEAKER_IDS),
  // zh is compared with the source verbatim, so it is not trimmed.
  zh: z.string().min(1, 'must not be empty'),
  en: text,
  revision: revisionSchema,
  /** Earlier revisions of the English, kept so a citation of any of them can be checked. */
  history: z.array(revisionSchema.extend({ en: text })).optional(),
  notes: z.array(noteSchema).optional(),
  /** Glossary terms whose English form is deliberately absent from this unit's English, and why. */
  termExceptions: z.array(z.strictObject({ term: z.string().min(1), reason: text })).optional(),
  /** Findings of a translation QA rule that are right as they stand, each with its reason. */
  qaExceptions: z.array(qaExceptionSchema).optional(),
});

export const unitsFileSchema = z.strictObject({
  section: z.string().min(1),
  units: z.array(z.unknown()).min(1, 'must list at least one unit'),
});

export const articleSchema = z.strictObject({
  /** Names the downloads; lowercase words joined by hyphens. */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'),
  title: bilingual.extend({ enSentenceCase: text }),
  translator: bilingual,
  author: bilingual,
  publisher: bilingual,
  published: z.iso.date(),
  interview: z.strictObject({
    title: text,
    host: text,
    guests: z.array(text).min(1),
    url: z.url(),
  }),
  source: z.strictObject({
    file: text,
    bodyStartsWith: text,
    bodyEndsWith: text,
    provenance: bilingual,
  }),
  speakers: z.partialRecord(z.enum(SPEAKER_IDS), z.strictObject({ zh: text, en: text, role: bilingual })),
  sections: z.array(z.strictObject({ id: text, title: bilingual.optional() })).min(1),
});

export type Note = z.infer<typeof noteSchema>;
export type QaException = z.infer<typeof qaExceptionSchema>;
export type Revision = z.infer<typeof revisionSchema>;
export type ArticleMeta = z.infer<typeof articleSchema>;
