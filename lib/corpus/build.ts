import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { CorpusError, type CorpusIssue } from './errors';
import type { Corpus, Section, Unit } from './model';
import { articleSchema, unitSchema, unitsFileSchema, type ArticleMeta } from './schema';
import { extractBody, firstDifference, type SourceParagraph } from './source';

export interface CorpusFile {
  /** Path as shown to a translator, relative to the project (e.g. `corpus/units/03-scaling.yaml`). */
  path: string;
  text: string;
}

export interface CorpusInput {
  article: CorpusFile;
  units: CorpusFile[];
  source: CorpusFile;
}

function parseYaml(file: CorpusFile, issues: CorpusIssue[]): unknown {
  const doc = parseDocument(file.text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) issues.push({ file: file.path, message: `YAML: ${error.message}` });
    return undefined;
  }
  return doc.toJS();
}

function zodIssues(error: z.ZodError, file: string, unit?: string): CorpusIssue[] {
  return error.issues.map((issue) => ({
    file,
    unit,
    message: `${issue.path.length ? issue.path.join('.') + ': ' : ''}${issue.message}`,
  }));
}

function describeChar(ch: string | undefined): string {
  return ch === undefined ? 'nothing' : `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** Parses, validates and cross-checks the corpus; throws a CorpusError naming every problem. */
export function buildCorpus(input: CorpusInput): Corpus {
  const issues: CorpusIssue[] = [];
  const metaResult = articleSchema.safeParse(parseYaml(input.article, issues));
  if (!metaResult.success) issues.push(...zodIssues(metaResult.error, input.article.path));
  const meta: ArticleMeta | undefined = metaResult.success ? metaResult.data : undefined;

  const unitsBySection = new Map<string, { file: string; units: Unit[] }>();
  const seenIds = new Map<string, string>();
  for (const file of input.units) {
    const parsed = unitsFileSchema.safeParse(parseYaml(file, issues));
    if (!parsed.success) {
      issues.push(...zodIssues(parsed.error, file.path));
      continue;
    }
    const { section, units: rawUnits } = parsed.data;
    if (unitsBySection.has(section)) {
      issues.push({ file: file.path, message: `section "${section}" is also defined in ${unitsBySection.get(section)!.file}` });
      continue;
    }
    const units: Unit[] = [];
    rawUnits.forEach((raw, index) => {
      const label =
        raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : `#${index + 1}`;
      const result = unitSchema.safeParse(raw);
      if (!result.success) {
        issues.push(...zodIssues(result.error, file.path, label));
        return;
      }
      const unit = result.data;
      const earlier = seenIds.get(unit.id);
      if (earlier) issues.push({ file: file.path, unit: unit.id, message: `duplicate ID (first used in ${earlier})` });
      seenIds.set(unit.id, file.path);
      if (!unit.id.startsWith(`${section}-`)) {
        issues.push({ file: file.path, unit: unit.id, message: `ID must start with its section, "${section}-"` });
      }
      if (meta && !meta.speakers[unit.speaker]) {
        issues.push({ file: file.path, unit: unit.id, message: `speaker "${unit.speaker}" is not described in ${input.article.path}` });
      }
      const history = [...(unit.history ?? [])].sort((a, b) => a.number - b.number);
      if (history.some((h) => h.number >= unit.revision.number)) {
        issues.push({ file: file.path, unit: unit.id, message: `history must hold only revisions before ${unit.revision.number}` });
      }
      units.push({ ...unit, history, notes: unit.notes ?? [], termExceptions: unit.termExceptions ?? [], sectionId: section, position: 0 });
    });
    unitsBySection.set(section, { file: file.path, units });
  }

  const sections: Section[] = [];
  if (meta) {
    for (const entry of meta.sections) {
      const found = unitsBySection.get(entry.id);
      if (!found) {
        issues.push({ file: input.article.path, message: `section "${entry.id}" has no units file` });
        continue;
      }
      const first = found.units[0];
      const heading = first?.kind === 'heading' ? first : undefined;
      if (heading && entry.title) {
        issues.push({ file: input.article.path, message: `section "${entry.id}" opens with a heading, so it takes no title here` });
      }
      if (!heading && !entry.title) {
        issues.push({ file: input.article.path, message: `section "${entry.id}" has no heading unit and needs a title` });
      }
      sections.push({
        id: entry.id,
        title: heading ? { zh: heading.zh, en: heading.en } : entry.title ?? { zh: entry.id, en: entry.id },
        titleFromArticle: Boolean(heading),
        units: found.units,
      });
    }
    const listed = new Set(meta.sections.map((s) => s.id));
    for (const [id, { file }] of unitsBySection) {
      if (!listed.has(id)) issues.push({ file, message: `section "${id}" is not listed in ${input.article.path}` });
    }
  }

  const units = sections.flatMap((s) => s.units);
  units.forEach((unit, i) => (unit.position = i + 1));

  if (meta && issues.length === 0) {
    const body = extractBody(input.source.text, meta.source.bodyStartsWith, meta.source.bodyEndsWith);
    if (typeof body === 'string') issues.push({ file: input.source.path, message: body });
    else issues.push(...compareWithSource(units, body, input, unitsBySection));
  }

  if (issues.length > 0 || !meta) throw new CorpusError(issues);
  return { meta, sections, units };
}

/** The units' Chinese, in order, must be the source body paragraph for paragraph, character for character. */
function compareWithSource(
  units: Unit[],
  body: SourceParagraph[],
  input: CorpusInput,
  unitsBySection: Map<string, { file: string }>,
): CorpusIssue[] {
  const fileOf = (unit: Unit) => unitsBySection.get(unit.sectionId)?.file ?? input.article.path;
  for (let i = 0; i < Math.max(units.length, body.length); i++) {
    const unit = units[i];
    const paragraph = body[i];
    if (!unit) {
      return [{ file: input.source.path, message: `line ${paragraph.line} of the article has no unit after ${units.at(-1)?.id ?? 'the start'}: "${paragraph.text.slice(0, 40)}"` }];
    }
    if (!paragraph) {
      return [{ file: fileOf(unit), unit: unit.id, message: 'has no paragraph in the source: the article ended before it' }];
    }
    const at = firstDifference(paragraph.text, unit.zh);
    if (at >= 0) {
      const src = [...paragraph.text];
      const zh = [...unit.zh];
      return [{
        file: fileOf(unit),
        unit: unit.id,
        message:
          `Chinese differs from the source (${input.source.path}, line ${paragraph.line}) at character ${at + 1}: ` +
          `the source has ${describeChar(src[at])}, the unit has ${describeChar(zh[at])}`,
      }];
    }
    if (paragraph.listItem !== (unit.kind === 'list-item')) {
      return [{
        file: fileOf(unit),
        unit: unit.id,
        message: paragraph.listItem
          ? `is a list item in the source (line ${paragraph.line}) but has kind "${unit.kind}"`
          : `has kind "list-item" but line ${paragraph.line} of the source is not a list item`,
      }];
    }
  }
  return [];
}
