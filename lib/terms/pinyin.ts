import { pinyin } from 'pinyin-pro';

/** Pinyin with tone marks for the Chinese characters of a term; Latin letters and digits pass through. */
export function pinyinOf(term: string): string {
  return pinyin(term, { toneType: 'symbol', nonZh: 'consecutive', type: 'string' }).replace(/\s+/g, ' ').trim();
}
