import path from 'node:path';
import { CORPUS_DIR } from '../corpus/files';

/** Reviewed corrections of the segmenter, one file per section that needs any (corpus/README.md, "Words"). */
export const WORDS_DIR = `${CORPUS_DIR}/words`;

/** A units file's words file: `corpus/units/03-scaling.yaml` → `corpus/words/03-scaling.yaml`. */
export const wordsFileFor = (unitsFile: string): string => path.posix.join(WORDS_DIR, path.posix.basename(unitsFile));
