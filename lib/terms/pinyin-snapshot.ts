import type { Glossary } from './glossary';
import { generatePinyin } from './pinyin';
import { hasHan } from './syllables';

/**
 * The readings pinyin-pro generates for the glossary: every standard term and Chinese form with
 * Chinese characters, by text, in text order, whether or not the glossary writes its pinyin (a
 * written reading overrides the generated one, so writing one never stales the snapshot). The
 * committed snapshot (corpus/pinyin.snapshot.json) pins them, so that an update of pinyin-pro
 * cannot change a reading the site shows without a reviewed diff.
 */
export function generatedReadings(glossary: Glossary): Record<string, string> {
  const readings = new Map<string, string>();
  for (const entry of glossary.entries) {
    for (const text of [entry.zh, ...entry.zhForms.map((f) => f.text)])
      if (hasHan(text)) readings.set(text, generatePinyin(text).display);
  }
  return Object.fromEntries([...readings].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The snapshot file's text: one reading a line, so that a changed reading is a one-line diff. */
export function snapshotText(readings: Record<string, string>): string {
  return JSON.stringify(readings, null, 2) + '\n';
}
