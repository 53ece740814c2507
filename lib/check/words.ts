// The `words` rule: the reviewed overrides of the segmenter (corpus/words/) are sound and all used,
// none cuts through a glossary term, and every unit's words join to its Chinese exactly.
import type { CorpusFiles } from '../corpus/files';
import { yamlFilesIn } from '../corpus/files';
import type { UnitLocator } from '../corpus/locate';
import type { Unit } from '../corpus/model';
import type { Problem } from '../corpus/problems';
import { parseYaml, validate, type YamlFile } from '../corpus/yaml';
import type { MarkedUnit } from '../terms/mark';
import { WORDS_DIR, wordsFileFor } from '../words/files';
import type { Cut } from '../words/jieba';
import { wordOverrideSchema, wordsFileSchema, type WordOverride } from '../words/schema';
import { segmentUnit, termSpans, type OverrideFinding, type Word } from '../words/segment';

export interface WordsCheck {
  problems: Problem[];
  /** Every unit's words, by unit ID, when every override is sound. */
  words?: Map<string, Word[]>;
}

const quote = (text: string) => `“${text}”`;

function findingMessage(finding: OverrideFinding): string {
  const { text, words } = finding.override;
  switch (finding.kind) {
    case 'not-joined':
      return `the words ${quote(words.join(' | '))} join to ${quote(words.join(''))}, not to the override's text ${quote(text)}`;
    case 'not-found':
      return `the override's text ${quote(text)} is not in the unit's Chinese: remove the override, or correct its text`;
    case 'no-change':
      return `the override for ${quote(text)} changes nothing (jieba already cuts it ${quote(words.join(' | '))}): remove it`;
    case 'splits-term':
      return `the override for ${quote(text)} cuts through the glossary term ${quote(finding.form)} (${finding.termId}): a term is always one word`;
  }
}

/**
 * Reads every words file and segments every unit with its overrides. `units` and `marked` are left
 * out when the article or the glossary cannot be read; then only the files' own shape is checked.
 */
export function checkWords(
  files: CorpusFiles,
  cut: () => Cut,
  units?: Unit[],
  marked?: Map<string, MarkedUnit>,
  locator?: UnitLocator,
): WordsCheck {
  const problems: Problem[] = [];
  const byUnit = new Map<string, { override: WordOverride; file: YamlFile; index: number }[]>();
  let readable = true;
  for (const filePath of yamlFilesIn(files, WORDS_DIR)) {
    const file = parseYaml(filePath, files.get(filePath)!, problems);
    const parsed = file && validate(wordsFileSchema, file.doc.toJS(), file, problems);
    if (!file || !parsed) {
      readable = false;
      continue;
    }
    parsed.overrides.forEach((raw, index) => {
      const label =
        raw && typeof raw === 'object' && 'unit' in raw && typeof raw.unit === 'string' ? raw.unit : `#${index + 1}`;
      const override = validate(wordOverrideSchema, raw, file, problems, {
        basePath: ['overrides', index],
        unit: label,
      });
      if (!override) {
        readable = false;
        return;
      }
      const list = byUnit.get(override.unit) ?? [];
      const twin = list.find((o) => o.override.text === override.text);
      if (twin) {
        problems.push({
          rule: 'words',
          severity: 'error',
          file: filePath,
          line: file.lineOf(['overrides', index]),
          unit: override.unit,
          message: `has a second override for ${quote(override.text)} (the first is in ${twin.file.path}, line ${twin.file.lineOf(['overrides', twin.index])})`,
        });
        return;
      }
      byUnit.set(override.unit, [...list, { override, file, index }]);
    });
  }
  if (!units || !marked || !readable) return { problems };

  const ids = new Set(units.map((u) => u.id));
  for (const [id, list] of byUnit) {
    for (const { file, index } of list) {
      const at = {
        rule: 'words' as const,
        severity: 'error' as const,
        file: file.path,
        line: file.lineOf(['overrides', index]),
        unit: id,
      };
      const home = locator?.fileOf(id);
      if (!ids.has(id))
        problems.push({ ...at, message: 'names no unit of the article: remove the override, or correct the ID' });
      else if (home && wordsFileFor(home) !== file.path)
        problems.push({ ...at, message: `belongs in ${wordsFileFor(home)}, beside its unit` });
    }
  }

  const words = new Map<string, Word[]>();
  const segmenter = cut();
  for (const unit of units) {
    const own = byUnit.get(unit.id) ?? [];
    const result = segmentUnit(
      unit.zh,
      termSpans(marked.get(unit.id)?.zh ?? [unit.zh]),
      own.map((o) => o.override),
      segmenter,
    );
    for (const finding of result.findings) {
      const { file, index } = own.find((o) => o.override === finding.override)!;
      problems.push({
        rule: 'words',
        severity: 'error',
        file: file.path,
        line: file.lineOf(['overrides', index]),
        unit: unit.id,
        message: findingMessage(finding),
      });
    }
    const joined = result.words.map((w) => w.text).join('');
    if (joined !== unit.zh) {
      problems.push({
        rule: 'words',
        severity: 'error',
        file: locator?.fileOf(unit.id) ?? WORDS_DIR,
        line: locator?.lineOf(unit.id),
        unit: unit.id,
        message: `its words do not join to its Chinese: ${quote(joined.slice(0, 24))}`,
      });
    }
    words.set(unit.id, result.words);
  }
  return { problems, words: problems.length === 0 ? words : undefined };
}
