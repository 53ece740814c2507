import path from 'node:path';
import { CORPUS_DIR } from '../corpus/files';

export const REVIEWS_DIR = `${CORPUS_DIR}/reviews`;

/** A units file's reviews file: `corpus/units/03-scaling.yaml` → `corpus/reviews/03-scaling.yaml`. */
export const reviewsFileFor = (unitsFile: string): string =>
  path.posix.join(REVIEWS_DIR, path.posix.basename(unitsFile));
