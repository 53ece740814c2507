import { z } from 'zod';
import { UNIT_ID } from '../corpus/schema';

/** One unit's sentences, as recorded in corpus/sentences/NN-section.yaml. */
export const sentenceEntrySchema = z.strictObject({
  unit: z.string().regex(UNIT_ID, 'must look like "section-NN"'),
  // Not trimmed: a sentence keeps the whitespace after it, so the sentences concatenate to the unit's text.
  zh: z.array(z.string().min(1, 'must not be empty')).min(1, 'must list at least one sentence'),
  en: z.array(z.string().min(1, 'must not be empty')).min(1, 'must list at least one sentence'),
  align: z.array(z.string()).min(1, 'must list at least one group'),
});

export const sentencesFileSchema = z.strictObject({
  section: z.string().min(1),
  units: z.array(z.unknown()),
});

export type SentenceEntry = z.infer<typeof sentenceEntrySchema>;
