import { pinyin } from 'pinyin-pro';
import { hasHan, joinWord, parsePinyin, type FormPinyin } from './syllables';

// Pinyin for glossary forms: generated with pinyin-pro, or written in the glossary where the
// generated reading or word division is wrong (see syllables.ts for the display rules).

export type { FormPinyin } from './syllables';

/**
 * The generated reading of a form: its Chinese characters as one word (pinyin-pro's readings),
 * Latin runs kept as they are, separated by spaces.
 */
export function generatePinyin(form: string): FormPinyin {
  const tokens: string[] = [];
  const syllables: string[] = [];
  for (const run of form.match(/\p{Script=Han}+|[^\p{Script=Han}\s]+/gu) ?? []) {
    if (hasHan(run)) {
      const readings = pinyin(run, { toneType: 'symbol', type: 'array' });
      syllables.push(...readings);
      tokens.push(joinWord(readings));
    } else {
      tokens.push(run);
    }
  }
  return { display: tokens.join(' '), syllables };
}

/**
 * The reading of a form: the glossary's written pinyin where given, else the generated one. Latin-only
 * forms have none (null). Throws if written pinyin does not parse.
 */
export function formPinyin(form: string, written?: string): FormPinyin | null {
  if (!hasHan(form)) return null;
  if (!written) return generatePinyin(form);
  const syllables = parsePinyin(written, form);
  if (!syllables) throw new Error(`"${written}" is not pinyin`);
  return { display: written.trim(), syllables };
}
