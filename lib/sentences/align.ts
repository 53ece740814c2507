// The alignment notation of corpus/sentences/*.yaml: one group is "<zh numbers>=<en numbers>",
// 1-based sentence numbers separated by commas ("1,2=1" pairs Chinese sentences 1 and 2 with English
// sentence 1). Parsing is separate from checking so the check can name exactly what is wrong.

export interface AlignGroup {
  zh: number[];
  en: number[];
}

export type ParsedGroup = { ok: true; group: AlignGroup } | { ok: false; message: string };

const NUMBERS = /^\s*(?:\d+\s*(?:,\s*\d+\s*)*)?$/;

function numbers(side: string): number[] {
  return side.trim() === '' ? [] : side.split(',').map((n) => Number(n.trim()));
}

/** Reads one group; says what is malformed rather than guessing. Empty sides parse (the check names them). */
export function parseGroup(notation: string): ParsedGroup {
  const sides = notation.split('=');
  if (sides.length !== 2)
    return {
      ok: false,
      message: `"${notation}" must have one "=" between the Chinese and the English sentence numbers`,
    };
  const [zh, en] = sides;
  for (const side of [zh, en]) {
    if (!NUMBERS.test(side))
      return { ok: false, message: `"${notation}" must list sentence numbers separated by commas, as in "1,2=1"` };
  }
  return { ok: true, group: { zh: numbers(zh), en: numbers(en) } };
}

/** Writes a group back in the notation: `{ zh: [1, 2], en: [1] }` → `"1,2=1"`. */
export function formatGroup(group: AlignGroup): string {
  return `${group.zh.join(',')}=${group.en.join(',')}`;
}
