// The `sentences` rule: each unit's sentences (corpus/sentences/) reproduce its texts exactly, and
// their alignment groups cover every sentence once, with both sides present.
import path from 'node:path';
import type { CorpusFiles } from '../corpus/files';
import type { UnitLocator } from '../corpus/locate';
import type { Lang, Unit } from '../corpus/model';
import type { Problem } from '../corpus/problems';
import { parseYaml, validate, type YamlFile } from '../corpus/yaml';
import { parseGroup, type AlignGroup } from '../sentences/align';
import { SENTENCES_DIR, sentencesFileFor } from '../sentences/files';
import { unitSentences, type UnitSentences } from '../sentences/model';
import { sentenceEntrySchema, sentencesFileSchema, type SentenceEntry } from '../sentences/schema';

export interface SentencesCheck {
  problems: Problem[];
  /** Every unit's checked sentences, when every entry is sound. */
  sentences?: Map<string, UnitSentences>;
}

const LANG_NAME: Record<Lang, string> = { zh: 'Chinese', en: 'English' };
const quote = (text: string) => `“${[...text].slice(0, 12).join('')}${[...text].length > 12 ? '…' : ''}”`;

/**
 * Reads every sentences file and checks it against the units. `units` is left out when the article
 * cannot be read; then only the files' own shape is checked. `locator` gives the line of a unit that
 * has no entry.
 */
export function checkSentences(files: CorpusFiles, units?: Unit[], locator?: UnitLocator): SentencesCheck {
  const problems: Problem[] = [];
  const entries = new Map<string, { entry: SentenceEntry; file: YamlFile; index: number }>();
  const sentenceFiles = [...files.keys()]
    .filter((p) => path.posix.dirname(p) === SENTENCES_DIR && p.endsWith('.yaml'))
    .sort();
  let readable = true;
  for (const filePath of sentenceFiles) {
    const file = parseYaml(filePath, files.get(filePath)!, problems);
    const parsed = file && validate(sentencesFileSchema, file.doc.toJS(), file, problems);
    if (!file || !parsed) {
      readable = false;
      continue;
    }
    parsed.units.forEach((raw, index) => {
      const label =
        raw && typeof raw === 'object' && 'unit' in raw && typeof raw.unit === 'string' ? raw.unit : `#${index + 1}`;
      const entry = validate(sentenceEntrySchema, raw, file, problems, { basePath: ['units', index], unit: label });
      if (!entry) {
        readable = false;
        return;
      }
      const at = {
        rule: 'sentences' as const,
        severity: 'error' as const,
        file: filePath,
        line: file.lineOf(['units', index]),
        unit: entry.unit,
      };
      const earlier = entries.get(entry.unit);
      if (earlier) {
        problems.push({
          ...at,
          message: `has a second sentences entry (the first is in ${earlier.file.path}, line ${earlier.file.lineOf(['units', earlier.index])})`,
        });
        return;
      }
      entries.set(entry.unit, { entry, file, index });
    });
  }
  if (!units || !readable) return { problems };

  const byId = new Map(units.map((u) => [u.id, u]));
  for (const [id, { file, index }] of entries) {
    const unit = byId.get(id);
    const line = file.lineOf(['units', index]);
    if (!unit) {
      problems.push({
        rule: 'sentences',
        severity: 'error',
        file: file.path,
        line,
        unit: id,
        message: 'names no unit of the article: remove the entry, or correct the ID',
      });
      continue;
    }
    const home = locator?.fileOf(id);
    if (home && sentencesFileFor(home) !== file.path) {
      problems.push({
        rule: 'sentences',
        severity: 'error',
        file: file.path,
        line,
        unit: id,
        message: `belongs in ${sentencesFileFor(home)}, beside its unit`,
      });
    }
  }
  const checked = new Map<string, UnitSentences>();
  for (const unit of units) {
    const found = entries.get(unit.id);
    if (!found) {
      const home = locator?.fileOf(unit.id);
      problems.push({
        rule: 'sentences',
        severity: 'error',
        file: home ?? SENTENCES_DIR,
        line: locator?.lineOf(unit.id),
        unit: unit.id,
        message: `has no sentences${home ? ` in ${sentencesFileFor(home)}` : ''}: run npm run sentences:propose, then review the proposal`,
      });
      continue;
    }
    const own = entryProblems(unit, found.entry, found.file, found.index);
    problems.push(...own);
    if (own.length === 0) checked.set(unit.id, unitSentences(found.entry));
  }
  return { problems, sentences: problems.length === 0 ? checked : undefined };
}

/** Everything wrong with one unit's entry: the texts, then the groups. */
function entryProblems(unit: Unit, entry: SentenceEntry, file: YamlFile, index: number): Problem[] {
  const problems: Problem[] = [];
  const at = (fieldPath: (string | number)[]) => ({
    rule: 'sentences' as const,
    severity: 'error' as const,
    file: file.path,
    line: file.lineOf(['units', index, ...fieldPath]),
    unit: unit.id,
  });
  for (const lang of ['zh', 'en'] as const) {
    const mismatch = firstMismatch(entry[lang], unit[lang]);
    if (!mismatch) continue;
    const { sentence, offset } = mismatch;
    const field = { field: lang, char: [...unit[lang].slice(0, offset)].length + 1 };
    const name = `${LANG_NAME[lang]} sentence ${sentence + 1}`;
    const message =
      sentence >= entry[lang].length
        ? `the ${LANG_NAME[lang]} sentences end before the unit's text does: ${quote(unit[lang].slice(offset))} is in no sentence`
        : offset >= unit[lang].length
          ? `${name} goes past the end of the unit's text: ${quote(entry[lang].join('').slice(offset))} is not in the unit`
          : `${name} does not match the unit's text: it has ${quote(entry[lang].join('').slice(offset))} where the unit has ${quote(unit[lang].slice(offset))}`;
    const line = at([lang, Math.min(sentence, entry[lang].length - 1)]);
    problems.push({ ...line, at: field, message });
  }

  const owner: Record<Lang, (number | undefined)[]> = { zh: [], en: [] };
  let lastZh = 0;
  let parsedAll = true;
  entry.align.forEach((notation, g) => {
    const where = at(['align', g]);
    const label = `group ${g + 1} ("${notation}")`;
    const parsed = parseGroup(notation);
    if (!parsed.ok) {
      problems.push({ ...where, message: `${label}: ${parsed.message}` });
      parsedAll = false;
      return;
    }
    const group: AlignGroup = parsed.group;
    for (const lang of ['zh', 'en'] as const) {
      const numbers = group[lang];
      if (numbers.length === 0) {
        problems.push({
          ...where,
          message: `${label} has no ${LANG_NAME[lang]} sentence: every group pairs sentences of both languages`,
        });
        continue;
      }
      for (const n of numbers) {
        if (n < 1 || n > entry[lang].length) {
          problems.push({
            ...where,
            message: `${label}: there is no ${LANG_NAME[lang]} sentence ${n} (the unit has ${entry[lang].length})`,
          });
        } else if (owner[lang][n] !== undefined) {
          problems.push({
            ...where,
            message: `${LANG_NAME[lang]} sentence ${n} is in group ${owner[lang][n]! + 1} and again in group ${g + 1}`,
          });
        } else {
          owner[lang][n] = g;
        }
      }
      if (numbers.some((n, i) => i > 0 && n !== numbers[i - 1] + 1)) {
        problems.push({
          ...where,
          message: `${label}: its ${LANG_NAME[lang]} sentences must be consecutive and in order`,
        });
      }
    }
    if (group.zh.length > 0) {
      if (group.zh[0] <= lastZh)
        problems.push({ ...where, message: `${label}: groups must follow the Chinese, in order` });
      lastZh = Math.max(lastZh, ...group.zh);
    }
  });
  // Coverage is judged only when every group could be read; an unreadable one is reported alone.
  for (const lang of parsedAll ? (['zh', 'en'] as const) : []) {
    entry[lang].forEach((_, i) => {
      if (owner[lang][i + 1] === undefined) {
        problems.push({
          ...at([lang, i]),
          message: `${LANG_NAME[lang]} sentence ${i + 1} belongs to no group: add it to the group it corresponds to in align`,
        });
      }
    });
  }
  return problems;
}

/** Where the concatenated sentences first differ from the text: the sentence and the offset in the text. */
function firstMismatch(sentences: string[], text: string): { sentence: number; offset: number } | undefined {
  let offset = 0;
  for (let s = 0; s < sentences.length; s++) {
    const piece = sentences[s];
    for (let i = 0; i < piece.length; i++, offset++) {
      if (offset >= text.length || piece[i] !== text[offset]) return { sentence: s, offset };
    }
  }
  return offset < text.length ? { sentence: sentences.length, offset } : undefined;
}
