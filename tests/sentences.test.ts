import { describe, expect, it } from 'vitest';
import { formatGroup, parseGroup } from '@/lib/sentences/align';
import { parseSentenceAnchor } from '@/lib/reader/markup-read';
import { groupAt, unitSentences } from '@/lib/sentences/model';
import { alignByLength, proposeEntry } from '@/lib/sentences/propose';
import { splitChinese, splitEnglish } from '@/lib/sentences/split';
import { loadProject } from '@/lib/project/load';
import { sentencePath } from '@/lib/routes';

describe('the English splitter', () => {
  it('splits after . ! ? followed by a capital, keeping the space with the sentence before', () => {
    expect(splitEnglish('It works. Does it? Yes! Good.')).toEqual(['It works. ', 'Does it? ', 'Yes! ', 'Good.']);
  });

  it('does not split after abbreviations, initials, decimals or versions', () => {
    expect(splitEnglish('Mr. Amodei met Dr. Olah in the U.S. Army office.')).toEqual([
      'Mr. Amodei met Dr. Olah in the U.S. Army office.',
    ]);
    expect(splitEnglish('Compare A vs. B, e.g. Claude 3.5 Sonnet, i.e. The best.')).toEqual([
      'Compare A vs. B, e.g. Claude 3.5 Sonnet, i.e. The best.',
    ]);
    expect(splitEnglish('Claude 3.5 Sonnet is out. It scores 3.5 points more.')).toEqual([
      'Claude 3.5 Sonnet is out. ',
      'It scores 3.5 points more.',
    ]);
    expect(splitEnglish('John F. Kennedy spoke.')).toEqual(['John F. Kennedy spoke.']);
  });

  it('keeps closing quotes with their sentence and splits before an opening quote', () => {
    expect(splitEnglish('He said, “Why did you do that?” Then he waited. “Fine.” It ended.')).toEqual([
      'He said, “Why did you do that?” ',
      'Then he waited. ',
      '“Fine.” ',
      'It ended.',
    ]);
  });

  it('does not split before a lowercase word or inside an address', () => {
    expect(splitEnglish('Watch https://www.youtube.com/watch?v=ugvHCXCOmm4 now. and more')).toEqual([
      'Watch https://www.youtube.com/watch?v=ugvHCXCOmm4 now. and more',
    ]);
  });
});

describe('the Chinese splitter', () => {
  it('splits after 。！？ and ASCII ? !, keeping closing quotes with the sentence', () => {
    expect(splitChinese('他说:“好。”然后走了。你呢?我不知道!')).toEqual([
      '他说:“好。”',
      '然后走了。',
      '你呢?',
      '我不知道!',
    ]);
  });

  it('treats a run of stops as one end and does not split on ；or ：', () => {
    expect(splitChinese('真的吗？！是的……一半；另一半:没有。')).toEqual([
      '真的吗？！',
      '是的……',
      '一半；另一半:没有。',
    ]);
  });

  it('does not split inside an address or a version number', () => {
    expect(splitChinese('见https://www.youtube.com/watch?v=u。Claude 3.5 Sonnet很强。')).toEqual([
      '见https://www.youtube.com/watch?v=u。',
      'Claude 3.5 Sonnet很强。',
    ]);
  });

  it('always concatenates back to the input', () => {
    for (const text of ['没有句号', '。。。', '“好。”', 'a。b?c!', '']) expect(splitChinese(text).join('')).toBe(text);
    for (const text of ['No stop', '... . .', 'A. B. C.', '“Q?” “A.”']) expect(splitEnglish(text).join('')).toBe(text);
  });
});

describe('proposals', () => {
  it('pairs one Chinese sentence with the two English sentences that render it', () => {
    const zh = ['您更喜欢使用“强大的AI”这个术语,而不是AGI(通用人工智能),为什么呢?'];
    const en = ['You prefer the term “powerful AI” to AGI (artificial general intelligence). ', 'Why is that?'];
    expect(alignByLength(zh, en).map(formatGroup)).toEqual(['1=1,2']);
  });

  it('proposes one-to-one groups when the sentences correspond', () => {
    const entry = proposeEntry({
      id: 'x-01',
      zh: '甲很长的一句话在这里。乙短。',
      en: 'A is a long sentence sitting right here. B is short.',
    });
    expect(entry).toEqual({
      unit: 'x-01',
      zh: ['甲很长的一句话在这里。', '乙短。'],
      en: ['A is a long sentence sitting right here. ', 'B is short.'],
      align: ['1=1', '2=2'],
    });
  });
});

describe('the alignment notation', () => {
  it('reads one-to-one, one-to-many and many-to-one groups', () => {
    expect(parseGroup('1=1')).toEqual({ ok: true, group: { zh: [1], en: [1] } });
    expect(parseGroup('1,2=3')).toEqual({ ok: true, group: { zh: [1, 2], en: [3] } });
    expect(parseGroup(' 2 = 2, 3 ')).toEqual({ ok: true, group: { zh: [2], en: [2, 3] } });
    expect(parseGroup('2=')).toEqual({ ok: true, group: { zh: [2], en: [] } });
    expect(parseGroup('1-2=1').ok).toBe(false);
    expect(parseGroup('1=1=1').ok).toBe(false);
  });
});

describe('the sentence model', () => {
  const entry = { unit: 'x-01', zh: ['甲。', '乙。', '丙。'], en: ['A. ', 'B and C.'], align: ['1=1', '2,3=2'] };

  it('gives each group its number, texts and offsets into the unit', () => {
    const { groups } = unitSentences(entry);
    expect(groups).toEqual([
      {
        n: 1,
        zh: { sentences: [1], text: '甲。', start: 0, end: 2 },
        en: { sentences: [1], text: 'A. ', start: 0, end: 3 },
      },
      {
        n: 2,
        zh: { sentences: [2, 3], text: '乙。丙。', start: 2, end: 6 },
        en: { sentences: [2], text: 'B and C.', start: 3, end: 11 },
      },
    ]);
    expect(groupAt(groups, 'zh', 4)?.n).toBe(2);
    expect(groupAt(groups, 'en', 2)?.n).toBe(1);
    expect(groupAt(groups, 'en', 11)).toBeUndefined();
  });

  it('addresses a group as /locale/p/unit#sN and reads the anchor back', () => {
    expect(sentencePath('en', 'scaling-05', 2)).toBe('/en/p/scaling-05#s2');
    expect(parseSentenceAnchor('#s2')).toBe(2);
    expect(parseSentenceAnchor('s0')).toBeUndefined();
    expect(parseSentenceAnchor('scaling-05')).toBeUndefined();
  });

  it("covers every unit of the real corpus, and each group's offsets slice out its text", () => {
    const sentences = loadProject().sentences;
    const { units } = loadProject().corpus;
    expect(sentences.size).toBe(units.length);
    for (const unit of units) {
      const { groups } = sentences.get(unit.id)!;
      for (const group of groups) {
        expect(unit.zh.slice(group.zh.start, group.zh.end)).toBe(group.zh.text);
        expect(unit.en.slice(group.en.start, group.en.end)).toBe(group.en.text);
      }
    }
    // A reviewed many-to-one group: the English splits one Chinese question in two.
    expect(sentences.get('scaling-19')!.groups.map((g) => g.en.sentences)).toEqual([[1, 2]]);
  });
});

describe('cutting marked text at sentence groups', () => {
  it('splits plain runs at group boundaries and keeps each term whole', async () => {
    const { segmentsBySpan } = await import('@/lib/reader/segments');
    const segments: import('@/lib/reader/rows').CompactSegment[] = [
      '甲说',
      ['t1', '泛心论'],
      '。乙。丙',
      ['t2', '意识'],
      '。',
    ];
    const parts = segmentsBySpan(segments, [
      { start: 0, end: 6 },
      { start: 6, end: 8 },
      { start: 8, end: 12 },
    ]);
    expect(parts).toEqual([['甲说', ['t1', '泛心论'], '。'], ['乙。'], ['丙', ['t2', '意识'], '。']]);
  });
});
