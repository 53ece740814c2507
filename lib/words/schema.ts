import { z } from 'zod';
import { UNIT_ID } from '../corpus/schema';

/**
 * One reviewed correction of the segmenter: wherever `text` occurs in the unit's Chinese, it is cut
 * into `words` (which join to `text` exactly) instead of as jieba would cut it.
 */
export const wordOverrideSchema = z.strictObject({
  unit: z.string().regex(UNIT_ID, 'must look like "section-NN"'),
  // Not trimmed: the words are exact pieces of the unit's verbatim Chinese.
  text: z.string().min(1, 'must not be empty'),
  words: z.array(z.string().min(1, 'must not be empty')).min(1, 'must list at least one word'),
  reason: z.string().trim().min(1, 'must say why jieba is wrong here'),
});

/** corpus/words/NN-section.yaml: the overrides of one section, named like its units file. */
export const wordsFileSchema = z.strictObject({
  section: z.string().min(1),
  overrides: z.array(z.unknown()),
});

export type WordOverride = z.infer<typeof wordOverrideSchema>;
