// A first alignment for a unit that has none: split both texts, then pair the sentences by length
// (a small Gale–Church-style dynamic programme). Translators review every proposal; the corpus keeps
// what they decide.
import type { Unit } from '../corpus/model';
import { formatGroup, type AlignGroup } from './align';
import type { SentenceEntry } from './schema';
import { splitChinese, splitEnglish } from './split';

/** The group shapes a proposal may use, with a penalty for anything but one-to-one. */
const MOVES: [zh: number, en: number, penalty: number][] = [
  [1, 1, 0],
  [1, 2, 0.6],
  [2, 1, 0.6],
  [1, 3, 1.2],
  [3, 1, 1.2],
  [2, 2, 1.4],
];

const length = (pieces: string[], from: number, count: number) =>
  pieces.slice(from, from + count).reduce((sum, s) => sum + s.trim().length, 0);

/** Pairs sentences by length; the cheapest path through the two lists, as groups in order. */
export function alignByLength(zh: string[], en: string[]): AlignGroup[] {
  const ratio = Math.max(1, length(en, 0, en.length)) / Math.max(1, length(zh, 0, zh.length));
  const cost: number[][] = Array.from({ length: zh.length + 1 }, () => Array(en.length + 1).fill(Infinity));
  const back: [number, number][][] = Array.from({ length: zh.length + 1 }, () => Array(en.length + 1));
  cost[0][0] = 0;
  for (let i = 0; i <= zh.length; i++) {
    for (let j = 0; j <= en.length; j++) {
      if (cost[i][j] === Infinity) continue;
      for (const [dz, de, penalty] of MOVES) {
        if (i + dz > zh.length || j + de > en.length) continue;
        const expected = Math.max(1, length(zh, i, dz) * ratio);
        const actual = Math.max(1, length(en, j, de));
        const c = cost[i][j] + Math.abs(Math.log(actual / expected)) + penalty;
        if (c < cost[i + dz][j + de]) {
          cost[i + dz][j + de] = c;
          back[i + dz][j + de] = [dz, de];
        }
      }
    }
  }
  const groups: AlignGroup[] = [];
  for (let i = zh.length, j = en.length; i > 0 || j > 0;) {
    const [dz, de] = back[i][j];
    groups.unshift({ zh: range(i - dz + 1, dz), en: range(j - de + 1, de) });
    i -= dz;
    j -= de;
  }
  return groups;
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, k) => from + k);

/** The proposed entry of one unit: both texts split, paired by length. */
export function proposeEntry(unit: Pick<Unit, 'id' | 'zh' | 'en'>): SentenceEntry {
  const zh = splitChinese(unit.zh);
  const en = splitEnglish(unit.en);
  return { unit: unit.id, zh, en, align: alignByLength(zh, en).map(formatGroup) };
}
