// The `reviews` rule: every unit's review (corpus/reviews/) names the unit's current revision, and
// each finding quotes the faulty English from the unit's history and the fix from its current English.
import path from 'node:path';
import { reviewsFileFor, UNITS_DIR, yamlFilesIn, type CorpusFiles } from '../corpus/files';
import type { UnitLocator } from '../corpus/locate';
import type { Unit } from '../corpus/model';
import type { Problem, Severity } from '../corpus/problems';
import type { ReviewsRead } from '../corpus/reviews';

/** How a section with no reviews file is reported: an error, so no section is left unreviewed. */
export const MISSING_REVIEWS_FILE: Severity = 'error';

const quote = (text: string) => `“${[...text].slice(0, 40).join('')}${[...text].length > 40 ? '…' : ''}”`;

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
