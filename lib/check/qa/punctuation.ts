import type { Finding, QaRule } from './types';

const PAIRS: Record<string, string> = {
  '(': ')',
  '[': ']',
  '{': '}',
  '“': '”',
  '‘': '’',
  '\uff08': '\uff09',
  '\uff3b': '\uff3d',
  '【': '】',
  '《': '》',
  '〈': '〉',
  '「': '」',
  '『': '』',
};
const CLOSERS = new Map(Object.entries(PAIRS).map(([open, close]) => [close, open]));

/**
 * Unbalanced brackets and quotation marks in one text. A right single quote with no left one open
 * is an apostrophe (don’t, Claude’s), not a closing quote.
 */
export function unbalanced(text: string): { index: number; char: string; message: string }[] {
  const found: { index: number; char: string; message: string }[] = [];
  const stack: { char: string; index: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '’' && stack.at(-1)?.char !== '‘') continue;
    if (PAIRS[ch]) {
      stack.push({ char: ch, index: i });
      continue;
    }
    const open = CLOSERS.get(ch);
    if (!open) continue;
    const top = stack.pop();
    if (!top) found.push({ index: i, char: ch, message: `${ch} closes nothing: no ${open} before it` });
    else if (top.char !== open)
      found.push({
        index: top.index,
        char: top.char,
        message: `${top.char} is closed by ${ch} instead of ${PAIRS[top.char]}`,
      });
  }
  for (const s of stack) found.push({ index: s.index, char: s.char, message: `${s.char} is never closed` });
  const straight = [...text.matchAll(/"/g)];
  if (straight.length % 2 === 1)
    found.push({ index: straight.at(-1)!.index!, char: '"', message: 'an odd number of straight quotes (")' });
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Brackets and quotation marks balance in both languages. The English is ours to fix, so there it
 * is an error; the Chinese is published verbatim, so there it is a warning (note it as a correction
 * and record an exception).
 */
export const punctuationRule: QaRule = {
  id: 'punctuation',
  description: 'Brackets and quotation marks are balanced: an error in the English, a warning in the verbatim Chinese.',
  check({ unit }) {
    const findings: Finding[] = [];
    for (const field of ['en', 'zh'] as const) {
      for (const u of unbalanced(unit[field])) {
        findings.push({
          severity: field === 'en' ? 'error' : 'warning',
          field,
          index: u.index,
          text: u.char,
          message: u.message,
        });
      }
    }
    return findings;
  },
};
