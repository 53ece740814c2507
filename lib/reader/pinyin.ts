import { customPinyin, pinyin } from 'pinyin-pro';
import type { Unit } from '../corpus/model';
import { HAN, type PinyinData } from './contract';

/**
 * Readings that pinyin-pro's context rules get wrong for this article, as whole words, so the word
 * gives the context. Each is checked by a unit test.
 */
export const PINYIN_OVERRIDES: Record<string, string> = {
  数据量: 'shù jù liàng', // not liáng (to measure)
  任意量: 'rèn yì liàng',
  为了解决: 'wèi le jiě jué', // 为了 + 解决, not 为 + 了解
  '”了这个': '” le zhè ge', // 培养”了这个网络: the closing quote hides the verb before 了
  角色特质: 'jué sè tè zhì', // 角色 is juésè throughout
  相信: 'xiāng xìn',
  提供了: 'tí gōng le',
  当初: 'dāng chū',
  类似的: 'lèi sì de', // not 似的 shìde
  只扩大: 'zhǐ kuò dà',
  只在: 'zhǐ zài',
  只改变: 'zhǐ gǎi biàn',
  只是: 'zhǐ shì',
  处理: 'chǔ lǐ',
  重复: 'chóng fù', // read zhòng in scaling-17's longer context
  差异: 'chā yì', // read chà in claude-3-5-19's longer context
};
customPinyin(PINYIN_OVERRIDES);

/**
 * The reading in context of each character of a text, by its string index (null where the character
 * is not Han, or is the second half of a surrogate pair): 长 in 长尾 is cháng, in 增长 zhǎng. The one
 * source of readings: the pinyin layer and the word data (lib/words) both take theirs from here.
 * Runs at build time: the browser gets the readings, never a pinyin library.
 */
export function contextReadings(text: string): (string | null)[] {
  const out: (string | null)[] = new Array(text.length).fill(null);
  let at = 0;
  for (const c of pinyin(text, { type: 'all' })) {
    if (HAN.test(c.origin)) out[at] = c.pinyin || c.origin;
    at += c.origin.length;
  }
  return out;
}

/** The reading of every Han character of a text, in order, chosen in context. */
export function readingsOf(text: string): string[] {
  return contextReadings(text).filter((r): r is string => r !== null);
}

/** The pinyin layer of the reader: each unit's readings, space-separated. */
export function pinyinData(units: Unit[]): PinyinData {
  return Object.fromEntries(units.map((unit) => [unit.id, readingsOf(unit.zh).join(' ')]));
}
