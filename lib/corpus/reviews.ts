// The reviews files (corpus/reviews/), read into the corpus model: each unit's review as written, with
// where it stands. Their cross-checks against the units are lib/check/reviews.ts.
import { REVIEWS_DIR, yamlFilesIn, type CorpusFiles } from './files';
import type { Problem } from './problems';
import { reviewEntrySchema, reviewsFileSchema, type UnitReview } from './review-schema';
import { parseYaml, validate, type YamlFile } from './yaml';

/** A review as read, with where it stands. */
interface PlacedReview {
  review: UnitReview;
  file: YamlFile;
  index: number;
}

export interface ReviewsRead {
  /** Problems of the files' own shape: syntax, schema, a unit reviewed twice. */
  problems: Problem[];
  /** Every well-formed review, by unit ID (the first, when a unit is reviewed twice). */
  reviews: Map<string, PlacedReview>;
  /** Every reviews file that parsed, by path, with its section. */
  files: Map<string, { file: YamlFile; section: string }>;
  /** Whether every reviews file and entry could be read. */
  readable: boolean;
}

/** Reads every reviews file; the cross-checks against the units are `reviewProblems`. */
export function readReviews(files: CorpusFiles): ReviewsRead {
  const read: ReviewsRead = { problems: [], reviews: new Map(), files: new Map(), readable: true };
  for (const filePath of yamlFilesIn(files, REVIEWS_DIR)) {
    const file = parseYaml(filePath, files.get(filePath)!, read.problems);
    const parsed = file && validate(reviewsFileSchema, file.doc.toJS(), file, read.problems);
    if (!file || !parsed) {
      read.readable = false;
      continue;
    }
    read.files.set(filePath, { file, section: parsed.section });
    parsed.reviews.forEach((raw, index) => {
      const label =
        raw && typeof raw === 'object' && 'unit' in raw && typeof raw.unit === 'string' ? raw.unit : `#${index + 1}`;
      const review = validate(reviewEntrySchema, raw, file, read.problems, {
        basePath: ['reviews', index],
        unit: label,
      });
      if (!review) {
        read.readable = false;
        return;
      }
      const earlier = read.reviews.get(review.unit);
      if (earlier) {
        read.problems.push({
          rule: 'reviews',
          severity: 'error',
          file: filePath,
          line: file.lineOf(['reviews', index]),
          unit: review.unit,
          message: `is reviewed a second time (the first review is in ${earlier.file.path}, line ${earlier.file.lineOf(['reviews', earlier.index])}): keep one review per unit`,
        });
        return;
      }
      read.reviews.set(review.unit, { review, file, index });
    });
  }
  return read;
}
