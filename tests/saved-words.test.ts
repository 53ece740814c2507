// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseCSV } from 'csv-parse/sync';
import {
  addWord,
  mergeWords,
  parseSavedList,
  removeWord,
  savedWordSchema,
  sentenceParts,
  serializeSavedList,
  type SavedWord,
} from '@/lib/words/saved';
import * as store from '@/components/words/saved-store';
import { holdsSavedWords, isSavedWordsKey, SAVED_ASIDE_PREFIX, SAVED_WORDS_KEY } from '@/components/words/saved-keys';
import { savedWordsAnki, savedWordsCsv, WORD_CSV_COLUMNS } from '@/lib/words/saved-export';
import { ankiFieldText, importAnkiText } from './helpers/anki-import';

const word = (over: Partial<SavedWord> = {}): SavedWord => ({
  key: 'scaling-08:12',
  word: '瓶颈',
  pinyin: 'píng jǐng',
  senses: ['bottleneck'],
  unitId: 'scaling-08',
  groupN: 2,
  zhSentence: '数据会不会成为瓶颈？',
  enSentence: 'Will data become the bottleneck?',
  start: 12,
  savedAt: '2026-12-03T10:00:00.000Z',
  ...over,
});
const other = word({
  key: 'scaling-08:40',
  word: '数据',
  pinyin: 'shù jù',
  senses: ['data'],
  start: 40,
  sentenceOffset: 0,
});

/** A Storage that holds at most `quota` characters (keys and values) and throws as browsers do beyond it. */
class FakeStorage implements Storage {
  private items = new Map<string, string>();
  constructor(private quota = Infinity) {}
  get length() {
    return this.items.size;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const used = [...this.items].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  clear() {
    this.items.clear();
  }
}

describe('the saved-word list (lib/words/saved.ts)', () => {
  it('reads back what it writes', () => {
    const list = [word(), other];
    const parsed = parseSavedList(serializeSavedList(list));
    expect(parsed).toEqual({ ok: true, words: list });
  });

  it('reads an empty store as an empty list', () => {
    expect(parseSavedList(null)).toEqual({ ok: true, words: [] });
  });

  it('keeps a word once, by key, and removes it by key', () => {
    const once = addWord([word()], word({ savedAt: '2026-12-04T00:00:00.000Z' }));
    expect(once).toEqual([word()]);
    expect(addWord(once, other).map((w) => w.key)).toEqual(['scaling-08:12', 'scaling-08:40']);
    expect(removeWord([word(), other], 'scaling-08:12')).toEqual([other]);
    expect(mergeWords([word()], [other, word()]).map((w) => w.key)).toEqual(['scaling-08:12', 'scaling-08:40']);
  });

  it('marks the saved occurrence of the word in its sentence', () => {
    expect(sentenceParts(word())).toEqual(['数据会不会成为', '瓶颈', '？']);
    const twice = word({ zhSentence: '模型越大，模型越好', word: '模型', sentenceOffset: 5 });
    expect(sentenceParts(twice)).toEqual(['模型越大，', '模型', '越好']);
  });

  it('refuses a word whose key, sentence or values are wrong, naming the field', () => {
    const issue = (entry: unknown) => {
      const parsed = savedWordSchema.safeParse(entry);
      return parsed.success ? null : parsed.error.issues[0].path.join('.');
    };
    expect(issue(word())).toBeNull();
    expect(issue(word({ key: 'scaling-08:13' }))).toBe('key');
    expect(issue(word({ zhSentence: '没有这个词' }))).toBe('zhSentence');
    expect(issue(word({ sentenceOffset: 0 }))).toBe('zhSentence');
    expect(issue(word({ start: -1, key: 'scaling-08:-1' }))).toBe('start');
    expect(issue(word({ groupN: 0 }))).toBe('groupN');
    expect(issue(word({ savedAt: 'yesterday' }))).toBe('savedAt');
    expect(issue(word({ unitId: 'Scaling 08', key: 'Scaling 08:12' }))).toBe('unitId');
    expect(issue({ ...word(), extra: 1 })).toBe('');
  });

  it('reports a damaged list and salvages its valid entries', () => {
    expect(parseSavedList('{not json')).toEqual({ ok: false, words: [] });
    const damaged = JSON.stringify({
      format: 'parallel-reader-words',
      version: 1,
      words: [word(), { word: 'x' }, other, word()],
    });
    expect(parseSavedList(damaged)).toEqual({ ok: false, words: [word(), other] });
    expect(parseSavedList(JSON.stringify({ format: 'parallel-reader-words', version: 9, words: [] })).ok).toBe(false);
  });
});

describe('the saved-word store (components/words/saved-store.ts)', () => {
  let fake: FakeStorage;
  const use = (storage: Storage) =>
    Object.defineProperty(window, 'localStorage', { value: storage, configurable: true });

  beforeEach(() => {
    fake = new FakeStorage();
    use(fake);
  });
  afterEach(() => fake.clear());

  it('saves, lists, tells what is saved and removes, announcing each change', () => {
    let changes = 0;
    const stop = store.subscribeSaved(() => changes++);
    expect(store.saveWord(word())).toEqual({ ok: true });
    expect(store.saveWord(word())).toEqual({ ok: true });
    expect(store.saveWord(other)).toEqual({ ok: true });
    expect(store.listWords().map((w) => w.word)).toEqual(['瓶颈', '数据']);
    expect(store.isSaved('scaling-08:12')).toBe(true);
    expect(store.removeWord('scaling-08:12')).toEqual({ ok: true });
    expect(store.isSaved('scaling-08:12')).toBe(false);
    expect(changes).toBe(3);
    stop();
    store.saveWord(word());
    expect(changes).toBe(3);
    expect(JSON.parse(fake.getItem(SAVED_WORDS_KEY)!).words).toHaveLength(2);
  });

  it('tells, without the store, whether there is anything for it to read', () => {
    expect(holdsSavedWords()).toBe(false);
    store.saveWord(word());
    expect(holdsSavedWords()).toBe(true);
    fake.clear();
    fake.setItem(`${SAVED_ASIDE_PREFIX}2026-12-04T00:00:00.000Z`, '{"broken":');
    expect(holdsSavedWords()).toBe(true);
    fake.clear();
    fake.setItem('parallel-reader:progress', '{}');
    expect(holdsSavedWords()).toBe(false);
    expect([SAVED_WORDS_KEY, `${SAVED_ASIDE_PREFIX}x`, null].every(isSavedWordsKey)).toBe(true);
    expect(isSavedWordsKey('parallel-reader:progress')).toBe(false);
  });

  it('gives the same state object while the store is unchanged (for useSyncExternalStore)', () => {
    store.saveWord(word());
    expect(store.savedState()).toBe(store.savedState());
  });

  it('on a full store, says so and keeps what is there', () => {
    store.saveWord(word());
    const before = fake.getItem(SAVED_WORDS_KEY);
    const full = new FakeStorage(before!.length + SAVED_WORDS_KEY.length + 10);
    full.setItem(SAVED_WORDS_KEY, before!);
    use(full);
    expect(store.saveWord(other)).toEqual({ ok: false, reason: 'full' });
    expect(full.getItem(SAVED_WORDS_KEY)).toBe(before);
    expect(store.listWords().map((w) => w.key)).toEqual(['scaling-08:12']);
  });

  it('on a corrupt store, keeps the damaged text aside before writing, and says so', () => {
    const damaged = JSON.stringify({ format: 'parallel-reader-words', version: 1, words: [word(), { broken: true }] });
    fake.setItem(SAVED_WORDS_KEY, damaged);
    expect(store.savedState()).toMatchObject({ status: 'corrupt', words: [word()], aside: [] });
    expect(store.saveWord(other)).toEqual({ ok: true });
    const state = store.savedState();
    expect(state.status).toBe('ok');
    expect(state.words.map((w) => w.key)).toEqual(['scaling-08:12', 'scaling-08:40']);
    expect(state.aside).toHaveLength(1);
    expect(state.aside[0].startsWith(SAVED_ASIDE_PREFIX)).toBe(true);
    expect(store.asideText(state.aside[0])).toBe(damaged);
  });

  it('does not replace a corrupt store it cannot keep aside', () => {
    const damaged = '{"format":"parallel-reader-words","version":1,"words":[{"half":';
    const tight = new FakeStorage(damaged.length + SAVED_WORDS_KEY.length + 5);
    tight.setItem(SAVED_WORDS_KEY, damaged);
    use(tight);
    expect(store.saveWord(word())).toEqual({ ok: false, reason: 'corrupt' });
    expect(tight.getItem(SAVED_WORDS_KEY)).toBe(damaged);
    expect(store.savedState().status).toBe('corrupt');
  });

  it('without localStorage, says it is unavailable and does not throw', () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(store.saveWord(word())).toEqual({ ok: false, reason: 'unavailable' });
    expect(store.listWords()).toEqual([]);
    expect(store.savedState().status).toBe('unavailable');
  });

  it('refuses an invalid entry loudly, as a programming error', () => {
    expect(() => store.saveWord(word({ key: 'wrong' }))).toThrow(/key/);
  });
});

describe('the saved words as files (lib/words/saved-export.ts), read back as Anki and a CSV reader do', () => {
  const site = 'https://reader.example.org';
  const tricky = word({
    key: 'scaling-08:50',
    start: 50,
    word: '数据',
    sentenceOffset: 0,
    zhSentence: '数据"规模"<很大>\t还会增长',
    enSentence: 'Data, "at scale", <grows>\nstill',
    senses: ['data', 'numbers; statistics'],
  });
  const list = [word(), tricky];

  it('makes an Anki deck whose notes Anki maps to Front and Back, one per word, with GUIDs and tags', () => {
    const deck = importAnkiText(
      savedWordsAnki(list, site, 'en', { deck: 'Parallel Reader: my words', source: 'Paragraph {id}, sentence {n}' }),
    );
    expect(deck).toMatchObject({ separator: '\t', html: true, notetype: 'Basic', deck: 'Parallel Reader: my words' });
    expect(deck.notes.map((n) => n.guid)).toEqual([
      'parallel-reader-word-scaling-08-12',
      'parallel-reader-word-scaling-08-50',
    ]);
    const [plain, odd] = deck.notes;
    expect(plain.fields.Front).toBe('<div lang="zh-Hans" style="font-size:1.4em">数据会不会成为<b>瓶颈</b>？</div>');
    expect(ankiFieldText(plain.fields.Back)).toBe(
      '瓶颈píng jǐngbottleneckWill data become the bottleneck?Paragraph scaling-08, sentence 2',
    );
    expect(plain.fields.Back).toContain('href="https://reader.example.org/en/p/scaling-08#s2"');
    expect(plain.tags).toEqual(['parallel-reader', 'my-words', 'unit::scaling-08']);
    // Quotes, angle brackets, tabs and line breaks survive as text, not as markup or new fields.
    expect(ankiFieldText(odd.fields.Front)).toBe('数据"规模"<很大> 还会增长');
    expect(ankiFieldText(odd.fields.Back)).toContain('Data, "at scale", <grows> still');
  });

  it('makes a CSV with the sentence fields, one row per word', () => {
    const text = savedWordsCsv(list, site, 'zh');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCSV(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[1]).toEqual({
      word: '数据',
      pinyin: 'píng jǐng',
      senses: 'data | numbers; statistics',
      zh_sentence: tricky.zhSentence,
      en_sentence: tricky.enSentence,
      unit: 'scaling-08',
      sentence: '2',
      offset: '50',
      address: 'https://reader.example.org/zh/p/scaling-08#s2',
      saved_at: tricky.savedAt,
    });
    expect(Object.keys(rows[0])).toEqual([...WORD_CSV_COLUMNS]);
  });

  it('reads the glossary deck with the same importer model', async () => {
    const { practiceData } = await import('@/lib/practice/cards');
    const { loadProject } = await import('@/lib/project/load');
    const { ankiDeck } = await import('@/lib/practice/anki');
    const { glossary, marked, occurrences } = loadProject().index;
    const data = practiceData(glossary, loadProject().corpus.sections, marked, occurrences, 'zh');
    const deck = importAnkiText(
      ankiDeck(data, 'zh', site, { deck: '术语表', inArticle: '文中作:', example: '文中用例' }),
    );
    expect(deck.notes).toHaveLength(glossary.entries.length);
    expect(deck.deck).toBe('术语表');
  }, 60_000);

  it('the importer model refuses what Anki would import wrongly', () => {
    const good = savedWordsAnki([word()], site, 'en', { deck: 'D', source: '{id} {n}' });
    expect(() =>
      importAnkiText(good.replace('#columns:GUID\tFront\tBack\tTags', '#columns:GUID\tFront\tAnswer\tTags')),
    ).toThrow(/Back/);
    expect(() => importAnkiText(good.replace('#separator:tab', '#separator:tabs'))).toThrow(/separator/);
    expect(() => importAnkiText(`${good}${good.split('\n').at(-2)}\n`)).toThrow(/twice/);
    expect(() =>
      importAnkiText(good.replace('"\t"parallel-reader my-words', '"\t"x"\t"parallel-reader my-words')),
    ).toThrow(/fields/);
  });
});
