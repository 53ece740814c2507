import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '@/lib/display/state';
import {
  DEFAULT_RATE,
  layoutSides,
  missingVoices,
  parseRate,
  sentenceGroups,
  spokenSides,
  utteranceQueue,
  voiceFor,
  type VoiceLike,
} from '@/lib/listen/queue';

const ZH = '第一句。第二句!';
const EN = 'First one. Second one!';
// [zhStart, zhEnd, enStart, enEnd] for each group.
const FLAT = [0, 4, 0, 11, 4, 8, 11, 22];

describe('reading aloud: what is read, in which order', () => {
  it('reads each layout in the order it shows the sides', () => {
    expect(spokenSides('zh-en')).toEqual(['zh', 'en']);
    expect(spokenSides('interleaved')).toEqual(['zh', 'en']);
    expect(spokenSides('en-zh')).toEqual(['en', 'zh']);
    expect(spokenSides('zh')).toEqual(['zh']);
    expect(spokenSides('en')).toEqual(['en']);
  });

  it('study mode reads the Chinese, and the English only of a revealed paragraph', () => {
    expect(spokenSides('study')).toEqual(['zh']);
    expect(spokenSides('study', true)).toEqual(['zh', 'en']);
    expect(layoutSides('study')).toEqual(['zh', 'en']);
    for (const layout of LAYOUTS) expect(layoutSides(layout).length).toBeGreaterThan(0);
  });

  it('cuts a paragraph into its sentence groups by the published offsets', () => {
    expect(sentenceGroups(ZH, EN, FLAT)).toEqual([
      { n: 1, zh: '第一句。', en: 'First one. ' },
      { n: 2, zh: '第二句!', en: 'Second one!' },
    ]);
  });

  it('reads a paragraph whole without offsets, or with offsets that do not fit its text', () => {
    const whole = [{ n: 1, zh: ZH, en: EN }];
    expect(sentenceGroups(ZH, EN, undefined)).toEqual(whole);
    expect(sentenceGroups(ZH, EN, [])).toEqual(whole);
    expect(sentenceGroups(ZH, EN, [0, 4, 0])).toEqual(whole);
    expect(sentenceGroups(ZH, EN, [0, 40, 0, 11])).toEqual(whole);
  });

  it('queues group after group, each group’s sides in the layout’s order', () => {
    const groups = sentenceGroups(ZH, EN, FLAT);
    expect(utteranceQueue(groups, spokenSides('zh-en'))).toEqual([
      { n: 1, lang: 'zh', text: '第一句。' },
      { n: 1, lang: 'en', text: 'First one.' },
      { n: 2, lang: 'zh', text: '第二句!' },
      { n: 2, lang: 'en', text: 'Second one!' },
    ]);
    expect(utteranceQueue(groups, spokenSides('en-zh')).map((u) => `${u.n}${u.lang}`)).toEqual([
      '1en',
      '1zh',
      '2en',
      '2zh',
    ]);
    expect(utteranceQueue(groups, spokenSides('en')).map((u) => u.text)).toEqual(['First one.', 'Second one!']);
  });

  it('speaks a text’s white space as single spaces and leaves out a side with nothing to say', () => {
    const groups = [
      { n: 1, zh: '一\n  二', en: '  ' },
      { n: 2, zh: '……', en: 'Yes.' },
    ];
    expect(utteranceQueue(groups, ['zh', 'en'])).toEqual([
      { n: 1, lang: 'zh', text: '一 二' },
      { n: 2, lang: 'en', text: 'Yes.' },
    ]);
  });

  it('keeps a speed from the list, and the default for anything else', () => {
    expect(parseRate('1.25')).toBe(1.25);
    expect(parseRate(0.75)).toBe(0.75);
    expect(parseRate('2')).toBe(DEFAULT_RATE);
    expect(parseRate(null)).toBe(DEFAULT_RATE);
    expect(parseRate('fast')).toBe(DEFAULT_RATE);
  });
});

describe('reading aloud: voices', () => {
  const voice = (lang: string, name = lang, extra: Partial<VoiceLike> = {}): VoiceLike => ({ lang, name, ...extra });

  it('finds a voice for each side, preferring mainland Mandarin and the default voice', () => {
    const voices = [
      voice('zh-TW'),
      voice('zh-CN'),
      voice('en-IN'),
      voice('en-GB', 'b'),
      voice('en-US', 'a', { default: true }),
      voice('fr-FR'),
    ];
    expect(voiceFor(voices, 'zh')?.lang).toBe('zh-CN');
    expect(voiceFor(voices, 'en')?.name).toBe('a');
    expect(voiceFor([voice('zh-HK')], 'zh')?.lang).toBe('zh-HK');
    expect(voiceFor([voice('cmn-Hans-CN')], 'zh')).toBeDefined();
    expect(voiceFor([voice('en_GB')], 'en')).toBeDefined();
    expect(voiceFor([voice('eu-ES')], 'en')).toBeUndefined();
  });

  it('names the sides no voice can read', () => {
    expect(missingVoices([voice('en-US')], ['zh', 'en'])).toEqual(['zh']);
    expect(missingVoices([], ['en'])).toEqual(['en']);
    expect(missingVoices([voice('zh-CN'), voice('en')], ['zh', 'en'])).toEqual([]);
  });
});
