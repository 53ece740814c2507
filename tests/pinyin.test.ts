import { describe, expect, it } from 'vitest';
import { HAN } from '@/lib/reader/contract';
import { PINYIN_OVERRIDES, pinyinData, readingsOf } from '@/lib/reader/pinyin';
import { loadProject } from '@/lib/project/load';

/** The reading of `char` at its first occurrence in `text`. */
function readingAt(text: string, word: string, char: string): string {
  const at = text.indexOf(word);
  expect(at, `${word} in ${text}`).toBeGreaterThanOrEqual(0);
  const index = Array.from(text.slice(0, at + word.indexOf(char))).filter((c) => HAN.test(c)).length;
  return readingsOf(text)[index];
}

describe('pinyin readings, chosen in context', () => {
  const units = loadProject().corpus.units;
  const zhOf = (id: string) => units.find((u) => u.id === id)!.zh;
  const unitWith = (word: string) => units.find((u) => u.zh.includes(word))!.zh;

  it.each([
    ['长尾', '长', 'cháng'],
    ['增长', '长', 'zhǎng'],
    ['生长', '长', 'zhǎng'],
    ['行业', '行', 'háng'],
    ['旅行者', '行', 'xíng'],
    ['重复', '重', 'chóng'],
    ['更重要', '重', 'zhòng'],
    ['数据量', '量', 'liàng'],
    ['测量', '量', 'liáng'],
    ['角色塑造', '角', 'jué'],
    ['角色特质', '角', 'jué'],
    ['角度', '角', 'jiǎo'],
    ['为了解决', '了', 'le'],
    ['了解神经', '了', 'liǎo'],
    ['培养”了', '了', 'le'],
    ['相信', '相', 'xiāng'],
    ['提供了一', '供', 'gōng'],
    ['当初', '当', 'dāng'],
    ['类似的', '似', 'sì'],
    ['只扩大', '只', 'zhǐ'],
    ['只改变', '只', 'zhǐ'],
    ['怎么处理', '处', 'chǔ'],
    ['相似之处', '处', 'chù'],
    ['附和', '和', 'hè'],
    ['目的', '的', 'dì'],
    ['几乎', '几', 'jī'],
    ['几年', '几', 'jǐ'],
    ['好奇心', '好', 'hào'],
    ['差异', '差', 'chā'],
    ['变差', '差', 'chà'],
    ['调整', '调', 'tiáo'],
    ['强调', '调', 'diào'],
    ['挑选', '挑', 'tiāo'],
    ['不禁', '禁', 'jīn'],
  ])('%s: %s is read %s', (word, char, reading) => {
    expect(readingAt(unitWith(word), word, char)).toBe(reading);
  });

  it('gives every Han character of every unit exactly one reading', () => {
    const data = pinyinData(units);
    for (const unit of units) {
      const han = Array.from(unit.zh).filter((c) => HAN.test(c)).length;
      const readings = data[unit.id] ? data[unit.id].split(' ').filter(Boolean) : [];
      expect(readings, unit.id).toHaveLength(han);
      expect(
        readings.every((r) => /^[\u0300-\u036fa-zü\u00e0-\u01dc]+$/u.test(r)),
        unit.id,
      ).toBe(true);
    }
    expect(data['lede-01']).toBe('mèng chén fā zì āo fēi sì');
    expect(zhOf('lede-01')).toContain('凹非寺');
  });

  it('has an override only where it changes a reading in the article', () => {
    for (const word of Object.keys(PINYIN_OVERRIDES)) {
      expect(
        units.some((u) => u.zh.includes(word)),
        word,
      ).toBe(true);
    }
  });
});
