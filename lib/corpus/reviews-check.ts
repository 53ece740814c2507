// The `reviews` rule: every unit's review (corpus/reviews/) names the unit's current revision, and
// each finding quotes the faulty English from the unit's history and the fix from its current English.
import path from 'node:path';
import { UNITS_DIR, yamlFilesIn, type CorpusFiles } from './files';
import type { UnitLocator } from './locate';
import type { Unit } from './model';
import type { Problem, Severity } from './problems';
import { parseYaml, validate, type YamlFile } from './yaml';
import { REVIEWS_DIR, reviewsFileFor } from '../reviews/files';
import { reviewEntrySchema, reviewsFileSchema, type UnitReview } from '../reviews/schema';

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

/** How a section with no reviews file is reported: an error, so no section is left unreviewed. */
export const MISSING_REVIEWS_FILE: Severity = 'error';

const quote = (text: string) => `“${[...text].slice(0, 40).join('')}${[...text].length > 40 ? '…' : ''}”`;

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

/**
 * The reviews against the article: each file beside a units file and of its section, each review
 * beside its unit and in the units' order, every unit of a reviewed section reviewed, at its current
 * revision, with findings that quote the unit's texts.
 */
export function reviewProblems(units: Unit[], read: ReviewsRead, locator: UnitLocator, files: CorpusFiles): Problem[] {
  const problems: Problem[] = [];
  const error = (file: string, line: number | undefined, unit: string | undefined, message: string) =>
    problems.push({ rule: 'reviews', severity: 'error', file, line, unit, message });

  const unitsFiles = new Map(yamlFilesIn(files, UNITS_DIR).map((p) => [reviewsFileFor(p), p]));
  const sectionOfFile = new Map<string, string>();
  for (const unit of units) {
    const home = locator.fileOf(unit.id);
    if (home && !sectionOfFile.has(home)) sectionOfFile.set(home, unit.sectionId);
  }
  for (const [reviewsPath, unitsPath] of unitsFiles) {
    if (read.files.has(reviewsPath)) continue;
    problems.push({
      rule: 'reviews',
      severity: MISSING_REVIEWS_FILE,
      file: unitsPath,
      message: `has no reviews file: review its units and record the reviews in ${reviewsPath} (corpus/README.md, "Review a unit")`,
    });
  }
  for (const [reviewsPath, { file, section }] of read.files) {
    const unitsPath = unitsFiles.get(reviewsPath);
    if (!unitsPath) {
      error(
        reviewsPath,
        file.lineOf(['section']),
        undefined,
        `has no units file beside it (${path.posix.join(UNITS_DIR, path.posix.basename(reviewsPath))}): a reviews file takes its units file's name`,
      );
    } else if (sectionOfFile.get(unitsPath) !== section) {
      error(
        reviewsPath,
        file.lineOf(['section']),
        undefined,
        `names section "${section}", but ${unitsPath} holds section "${sectionOfFile.get(unitsPath)}"`,
      );
    }
  }

  const byId = new Map(units.map((u) => [u.id, u]));
  const lastPosition = new Map<string, { position: number; unit: string }>();
  const ordered = [...read.reviews.values()].sort(
    (a, b) => a.file.path.localeCompare(b.file.path) || a.index - b.index,
  );
  for (const { review, file, index } of ordered) {
    const line = (...rest: (string | number)[]) => file.lineOf(['reviews', index, ...rest]);
    const unit = byId.get(review.unit);
    if (!unit) {
      error(file.path, line(), review.unit, 'names no unit of the article: remove the review, or correct the ID');
      continue;
    }
    const home = locator.fileOf(unit.id);
    if (home && reviewsFileFor(home) !== file.path) {
      error(file.path, line(), unit.id, `belongs in ${reviewsFileFor(home)}, beside its unit`);
      continue;
    }
    const last = lastPosition.get(file.path);
    if (last && unit.position < last.position) {
      error(file.path, line(), unit.id, `comes after the review of ${last.unit}: list the reviews in the units' order`);
    }
    lastPosition.set(file.path, { position: unit.position, unit: unit.id });

    const current = unit.revision.number;
    if (review.revision !== current) {
      error(
        file.path,
        line('revision'),
        unit.id,
        review.revision < current
          ? `reviews revision ${review.revision}, but the unit is at revision ${current}: review the current English and record revision ${current}`
          : `reviews revision ${review.revision}, which the unit does not have (it is at revision ${current})`,
      );
    }
    review.findings.forEach((finding, i) => {
      const n = `finding ${i + 1}`;
      if (!unit.en.includes(finding.fix)) {
        error(
          file.path,
          line('findings', i, 'fix'),
          unit.id,
          `${n}: its fix ${quote(finding.fix)} is not in the unit's current English`,
        );
      }
      if (!unit.history.some((h) => h.en.includes(finding.span))) {
        error(
          file.path,
          line('findings', i, 'span'),
          unit.id,
          `${n}: its span ${quote(finding.span)} is in no earlier revision of the unit's English (its history)`,
        );
      }
    });
  }

  // A missing review is reported where it belongs: at the review of the next unit of its file, or
  // at the last review when none follows.
  units.forEach((unit, i) => {
    const home = locator.fileOf(unit.id);
    const reviewsPath = home && reviewsFileFor(home);
    if (!reviewsPath || !read.files.has(reviewsPath) || read.reviews.has(unit.id)) return;
    const next = units
      .slice(i + 1)
      .map((u) => read.reviews.get(u.id))
      .find((r) => r?.file.path === reviewsPath);
    const { file } = read.files.get(reviewsPath)!;
    const count = (file.doc.get('reviews') as { items?: unknown[] } | undefined)?.items?.length ?? 0;
    const line = file.lineOf(['reviews', next ? next.index : Math.max(0, count - 1)]);
    error(
      reviewsPath,
      line,
      unit.id,
      `has no review in ${reviewsPath}: every unit of a reviewed section is reviewed once, in order`,
    );
  });
  return problems;
}
