import path from 'node:path';
import { ARTICLE_FILE, CORPUS_DIR, UNITS_DIR, yamlFilesIn, type CorpusFiles } from './files';
import { UnitLocator } from './locate';
import type { Corpus, Section, Unit } from './model';
import type { Problem } from './problems';
import { readReviews, type ReviewsRead } from './reviews';
import { articleSchema, unitSchema, unitsFileSchema, type ArticleMeta } from './schema';
import { sourceProblems } from './source-check';
import { parseYaml, validate, type YamlFile } from './yaml';

export interface CorpusBuild {
  /** The article, when every file parsed and every unit is well-formed (other checks may still fail). */
  corpus?: Corpus;
  problems: Problem[];
  locator: UnitLocator;
  /** The reviews files as read; `checkCorpus` checks them against the units. */
  reviews: ReviewsRead;
}

const error = (p: Omit<Problem, 'severity'>): Problem => ({ severity: 'error', ...p });

/**
 * Parses, validates and cross-checks the article and its units. A file that does not parse, or a
 * unit that does not fit the schema, is reported alone: the checks that need the whole article
 * (sections, the source text) wait until every unit is readable, so they never report its echo.
 */
export function buildCorpus(files: CorpusFiles): CorpusBuild {
  const problems: Problem[] = [];
  const locator = new UnitLocator();

  const articleText = files.get(ARTICLE_FILE);
  if (articleText === undefined) {
    problems.push(error({ rule: 'schema', file: ARTICLE_FILE, message: 'is missing' }));
  }
  const articleFile = articleText === undefined ? undefined : parseYaml(ARTICLE_FILE, articleText, problems);
  const meta: ArticleMeta | undefined =
    articleFile && validate(articleSchema, articleFile.doc.toJS(), articleFile, problems);

  const unitFiles = yamlFilesIn(files, UNITS_DIR);
  if (unitFiles.length === 0)
    problems.push(error({ rule: 'sections', file: UNITS_DIR, message: 'holds no units files' }));
  const unitsBySection = new Map<string, { file: string; units: Unit[] }>();
  const placed: PlacedUnit[] = [];
  let complete = Boolean(meta);
  for (const filePath of unitFiles) {
    const file = parseYaml(filePath, files.get(filePath)!, problems);
    const parsed = file && validate(unitsFileSchema, file.doc.toJS(), file, problems);
    if (!file || !parsed) {
      complete = false;
      continue;
    }
    const { section, units: rawUnits } = parsed;
    const units: Unit[] = [];
    rawUnits.forEach((raw, index) => {
      const label =
        raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : `#${index + 1}`;
      const unit = validate(unitSchema, raw, file, problems, { basePath: ['units', index], unit: label });
      if (!unit) {
        complete = false;
        return;
      }
      const built: Unit = {
        ...unit,
        history: [...(unit.history ?? [])].sort((a, b) => a.number - b.number),
        notes: unit.notes ?? [],
        termExceptions: unit.termExceptions ?? [],
        qaExceptions: unit.qaExceptions ?? [],
        sectionId: section,
        position: 0,
      };
      units.push(built);
      placed.push({ unit: built, file, index });
      if (!locator.fileOf(unit.id)) locator.add(unit.id, { file, index });
    });
    const earlier = unitsBySection.get(section);
    if (earlier) {
      problems.push(
        error({
          rule: 'sections',
          file: filePath,
          line: file.lineOf(['section']),
          message: `section "${section}" is also defined in ${earlier.file}`,
        }),
      );
      continue;
    }
    unitsBySection.set(section, { file: filePath, units });
  }
  // A review is no part of the article's structure: a broken reviews file is its own problem only.
  const reviews = readReviews(files);
  problems.push(...reviews.problems);
  if (!meta || !complete) return { problems, locator, reviews };

  problems.push(...unitProblems(placed, meta));

  const sections: Section[] = [];
  const sectionProblems: Problem[] = [];
  meta.sections.forEach((entry, index) => {
    const line = articleFile!.lineOf(['sections', index]);
    const found = unitsBySection.get(entry.id);
    if (!found) {
      sectionProblems.push(
        error({
          rule: 'sections',
          file: ARTICLE_FILE,
          line,
          message: `section "${entry.id}" has no units file in ${UNITS_DIR}`,
        }),
      );
      return;
    }
    const first = found.units[0];
    const heading = first?.kind === 'heading' ? first : undefined;
    if (heading && entry.title) {
      sectionProblems.push(
        error({
          rule: 'sections',
          file: ARTICLE_FILE,
          line,
          message: `section "${entry.id}" opens with a heading, so it takes no title here`,
        }),
      );
    }
    if (!heading && !entry.title) {
      sectionProblems.push(
        error({
          rule: 'sections',
          file: ARTICLE_FILE,
          line,
          message: `section "${entry.id}" has no heading unit and needs a title`,
        }),
      );
    }
    sections.push({
      id: entry.id,
      title: heading ? { zh: heading.zh, en: heading.en } : (entry.title ?? { zh: entry.id, en: entry.id }),
      titleFromArticle: Boolean(heading),
      units: found.units,
    });
  });
  const listed = new Set(meta.sections.map((s) => s.id));
  for (const [id, { file }] of unitsBySection) {
    if (!listed.has(id))
      sectionProblems.push(
        error({ rule: 'sections', file, message: `section "${id}" is not listed in ${ARTICLE_FILE}` }),
      );
  }
  problems.push(...sectionProblems);

  const units = sections.flatMap((s) => s.units);
  units.forEach((unit, i) => (unit.position = i + 1));

  // The source is compared only when the reading order is known, else every unit would be "moved".
  if (sectionProblems.length === 0) {
    const sourcePath = path.posix.join(CORPUS_DIR, meta.source.file);
    const sourceText = files.get(sourcePath);
    if (sourceText === undefined) {
      problems.push(
        error({
          rule: 'source',
          file: ARTICLE_FILE,
          line: articleFile!.lineOf(['source', 'file']),
          message: `source file ${sourcePath} does not exist`,
        }),
      );
    } else {
      problems.push(...sourceProblems(units, { path: sourcePath, text: sourceText }, meta, locator, articleFile!));
    }
  }
  const reviewed = new Map([...reviews.reviews].map(([id, placed]) => [id, placed.review]));
  return { corpus: { meta, sections, units, reviews: reviewed }, problems, locator, reviews };
}

interface PlacedUnit {
  unit: Unit;
  file: YamlFile;
  index: number;
}

/** Cross-checks of each unit against the others and the article: IDs, speakers, history. */
function unitProblems(placed: PlacedUnit[], meta: ArticleMeta): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const { unit, file, index } of placed) {
    const at = { file: file.path, unit: unit.id, line: file.lineOf(['units', index]) };
    const earlier = seen.get(unit.id);
    if (earlier) problems.push(error({ rule: 'unit-id', ...at, message: `duplicate ID (first used in ${earlier})` }));
    seen.set(unit.id, file.path);
    if (!unit.id.startsWith(`${unit.sectionId}-`)) {
      problems.push(error({ rule: 'unit-id', ...at, message: `ID must start with its section, "${unit.sectionId}-"` }));
    }
    if (!meta.speakers[unit.speaker])
      problems.push(
        error({ rule: 'speaker', ...at, message: `speaker "${unit.speaker}" is not described in ${ARTICLE_FILE}` }),
      );
    if (unit.history.some((h) => h.number >= unit.revision.number)) {
      problems.push(
        error({ rule: 'history', ...at, message: `history must hold only revisions before ${unit.revision.number}` }),
      );
    }
    const numbers = unit.history.map((h) => h.number);
    if (new Set(numbers).size !== numbers.length)
      problems.push(error({ rule: 'history', ...at, message: 'history lists a revision number twice' }));
  }
  return problems;
}

/** One file as read, path from the project root. (The glossary builder takes its files in this shape.) */
export interface CorpusFile {
  path: string;
  text: string;
}
