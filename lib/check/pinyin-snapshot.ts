import { PINYIN_SNAPSHOT_FILE, type CorpusFiles } from '../corpus/files';
import type { Problem } from '../corpus/problems';
import type { Glossary } from '../terms/glossary';
import { generatedReadings } from '../terms/pinyin-snapshot';

const UPDATE = 'npm run pinyin:snapshot';

/** The 1-based line of a key in the snapshot's text (one key a line). */
function lineOfKey(text: string, key: string): number | undefined {
  const needle = `${JSON.stringify(key)}:`;
  const index = text.split('\n').findIndex((line) => line.trimStart().startsWith(needle));
  return index < 0 ? undefined : index + 1;
}

/**
 * Every reading pinyin-pro generates for the glossary against the committed snapshot: a reading
 * that differs, a text the snapshot lacks, and a pinned text no glossary form has any more are
 * errors, fixed by checking the reading and running `npm run pinyin:snapshot`.
 */
export function pinyinSnapshotProblems(files: CorpusFiles, glossary: Glossary): Problem[] {
  const at = { rule: 'glossary-entry' as const, severity: 'error' as const, file: PINYIN_SNAPSHOT_FILE };
  const text = files.get(PINYIN_SNAPSHOT_FILE);
  if (text === undefined) return [{ ...at, message: `is missing: check the generated readings and run ${UPDATE}` }];
  let pinned: Record<string, unknown>;
  try {
    pinned = JSON.parse(text);
    if (!pinned || typeof pinned !== 'object' || Array.isArray(pinned)) throw new Error('not an object');
  } catch (error) {
    return [{ ...at, message: `is not a pinyin snapshot (${(error as Error).message}); run ${UPDATE}` }];
  }
  const problems: Problem[] = [];
  const generated = generatedReadings(glossary);
  for (const [form, reading] of Object.entries(generated)) {
    const entry = glossary.entries.find((e) => e.zh === form || e.zhForms.some((f) => f.text === form))?.id;
    if (!(form in pinned)) {
      problems.push({
        ...at,
        entry,
        message: `does not pin "${form}", generated as "${reading}": check the reading and run ${UPDATE}`,
      });
    } else if (pinned[form] !== reading) {
      problems.push({
        ...at,
        line: lineOfKey(text, form),
        entry,
        message: `pins "${form}" as "${String(pinned[form])}" but pinyin-pro now generates "${reading}": if the new reading is right, or the glossary writes this pinyin, run ${UPDATE}; else write the pinyin in the glossary`,
      });
    }
  }
  for (const form of Object.keys(pinned)) {
    if (!(form in generated))
      problems.push({
        ...at,
        line: lineOfKey(text, form),
        message: `pins "${form}", which is no standard term or form of the glossary: run ${UPDATE}`,
      });
  }
  return problems;
}
