import type { UnitLocator } from './locate';
import type { Unit } from './model';
import type { Problem } from './problems';
import type { ArticleMeta } from './schema';
import { extractBody, firstDifference, type SourceParagraph } from './source';
import type { YamlFile } from './yaml';

/** How far ahead a lost or an extra paragraph is looked for before calling two texts different. */
const LOOKAHEAD = 5;
/** After this many problems the alignment is hopeless; the rest is summarized. */
const MAX_PROBLEMS = 20;

function describeChar(ch: string | undefined): string {
  return ch === undefined ? 'nothing' : `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`;
}

const excerpt = (text: string) => ([...text].length > 30 ? [...text].slice(0, 30).join('') + '…' : text);

/**
 * The units' Chinese, in reading order, must be the source body paragraph for paragraph, character
 * for character. The two are aligned, so a paragraph without a unit is reported as missing and a
 * unit without a paragraph as extra, rather than as a difference in every unit after it.
 */
export function sourceProblems(
  units: Unit[],
  source: { path: string; text: string },
  meta: ArticleMeta,
  locator: UnitLocator,
  article: YamlFile,
): Problem[] {
  const body = extractBody(source.text, meta.source.bodyStartsWith, meta.source.bodyEndsWith);
  if (typeof body === 'string') {
    const key = body.startsWith('no line starts') ? 'bodyStartsWith' : 'bodyEndsWith';
    return [
      {
        rule: 'source',
        severity: 'error',
        file: article.path,
        line: article.lineOf(['source', key]),
        message: `${body} in ${source.path}`,
      },
    ];
  }
  const problems: Problem[] = [];
  const atUnit = (unit: Unit) => ({
    rule: 'source' as const,
    severity: 'error' as const,
    file: locator.fileOf(unit.id)!,
    line: locator.lineOf(unit.id),
    unit: unit.id,
  });
  const missing = (paragraph: SourceParagraph, before: Unit | undefined, after: Unit | undefined) =>
    problems.push({
      rule: 'source',
      severity: 'error',
      file: source.path,
      line: paragraph.line,
      message:
        `no unit holds this paragraph of the article, “${excerpt(paragraph.text)}”; it belongs ` +
        (before && after
          ? `between ${before.id} and ${after.id}`
          : before
            ? `after ${before.id}`
            : after
              ? `before ${after.id}`
              : 'in the first units file'),
    });

  let i = 0;
  let j = 0;
  while ((i < units.length || j < body.length) && problems.length < MAX_PROBLEMS) {
    const unit = units[i];
    const paragraph = body[j];
    if (!unit) {
      missing(paragraph, units[i - 1], undefined);
      j++;
      continue;
    }
    if (!paragraph) {
      problems.push({ ...atUnit(unit), message: 'has no paragraph in the source: the article ended before it' });
      i++;
      continue;
    }
    if (unit.zh === paragraph.text) {
      if (paragraph.listItem !== (unit.kind === 'list-item')) {
        problems.push({
          ...atUnit(unit),
          message: paragraph.listItem
            ? `is a list item in the source (${source.path}, line ${paragraph.line}) but has kind "${unit.kind}"`
            : `has kind "list-item" but line ${paragraph.line} of ${source.path} is not a list item`,
        });
      }
      i++;
      j++;
      continue;
    }
    const lost = body.slice(j + 1, j + 1 + LOOKAHEAD).findIndex((p) => p.text === unit.zh) + 1;
    if (lost > 0) {
      for (const p of body.slice(j, j + lost)) missing(p, units[i - 1], unit);
      j += lost;
      continue;
    }
    const extra = units.slice(i + 1, i + 1 + LOOKAHEAD).findIndex((u) => u.zh === paragraph.text) + 1;
    if (extra > 0) {
      for (const u of units.slice(i, i + extra)) {
        problems.push({
          ...atUnit(u),
          message: `its Chinese is not in the source: line ${paragraph.line} of ${source.path} follows ${units[i - 1]?.id ?? 'the start'} there`,
        });
      }
      i += extra;
      continue;
    }
    const at = firstDifference(paragraph.text, unit.zh);
    const src = [...paragraph.text];
    const zh = [...unit.zh];
    problems.push({
      ...atUnit(unit),
      line: locator.lineOfChar(unit.id, 'zh', at, unit.zh) ?? locator.lineOf(unit.id),
      at: { field: 'zh', char: at + 1 },
      message:
        `Chinese differs from the source (${source.path}, line ${paragraph.line}) at character ${at + 1}: ` +
        `the source has ${describeChar(src[at])}, the unit has ${describeChar(zh[at])}`,
    });
    i++;
    j++;
  }
  if (problems.length >= MAX_PROBLEMS) {
    problems.push({
      rule: 'source',
      severity: 'error',
      file: source.path,
      message: `more than ${MAX_PROBLEMS} differences; the rest are not listed`,
    });
  }
  return problems;
}
