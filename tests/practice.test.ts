import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { exampleText, practiceData, type PracticeTerm } from '@/lib/practice/cards';
import { cardKey, readStoredProgress, serializeProgress, wordCardKey, type Progress } from '@/lib/practice/progress';
import { parseProgress } from '@/lib/practice/progress-file';
import { deckTerms, dueQueue, parseDeckFilter } from '@/lib/practice/queue';
import { formatInterval, grade, intervalMs, newCard, preview } from '@/lib/practice/schedule';
import type { SavedWord } from '@/lib/words/saved';
import { loadProject } from '@/lib/project/load';

const start = new Date('2026-11-29T09:00:00Z');
const minutes = (card: { due: Date }, from: Date) => Math.round((card.due.getTime() - from.getTime()) / 60_000);
const days = (card: { due: Date }, from: Date) => Math.round((card.due.getTime() - from.getTime()) / 86_400_000);

describe('scheduling through ts-fsrs, with fixed dates', () => {
  it('schedules a new card: Again and Hard within minutes, Good in ten minutes, Easy in days', () => {
    const choices = preview(newCard(start), start);
    expect(minutes(choices.again, start)).toBe(1);
    expect(minutes(choices.hard, start)).toBe(6);
    expect(minutes(choices.good, start)).toBe(10);
    expect(days(choices.easy, start)).toBeGreaterThanOrEqual(1);
    expect(choices.easy.state).toBe(State.Review);
    expect(choices.good.state).toBe(State.Learning);
  });

  it('lengthens the interval with each successful review and shortens it after a lapse', () => {
    let card = grade(newCard(start), 'good', start);
    let at = card.due;
    card = grade(card, 'good', at);
    expect(card.state).toBe(State.Review);
    const first = days(card, at);
    at = card.due;
    card = grade(card, 'good', at);
    const second = days(card, at);
    expect(second).toBeGreaterThan(first);
    at = card.due;
    const lapsed = grade(card, 'again', at);
    expect(lapsed.state).toBe(State.Relearning);
    expect(lapsed.lapses).toBe(1);
    expect(intervalMs(lapsed, at)).toBeLessThan(60 * 60_000);
  });

  it('gives the same schedule for the same history (no fuzz)', () => {
    const run = () => grade(grade(newCard(start), 'good', start), 'easy', new Date('2026-11-29T09:10:00Z'));
    expect(run()).toEqual(run());
  });

  it('prints intervals for the grade buttons in the UI language', () => {
    expect(formatInterval(30_000, 'en')).toBe('<1 min');
    expect(formatInterval(10 * 60_000, 'en')).toBe('10 min');
    expect(formatInterval(3 * 86_400_000, 'en')).toBe('3 days');
    expect(formatInterval(3 * 86_400_000, 'zh')).toBe('3天');
  });
});

describe('progress export and import', () => {
  const progress: Progress = {
    [cardKey('superposition', 'zh-en')]: grade(newCard(start), 'good', start),
    [cardKey('superposition', 'en-zh')]: grade(newCard(start), 'easy', start),
  };

  it('reads back exactly what it exported', () => {
    const text = serializeProgress(progress, start);
    const result = parseProgress(text);
    expect(result).toEqual({ ok: true, progress, words: [] });
    expect(JSON.parse(text)).toMatchObject({
      format: 'parallel-reader-practice',
      version: 2,
      exportedAt: start.toISOString(),
    });
  });

  const saved: SavedWord = {
    key: 'scaling-08:12',
    word: '瓶颈',
    pinyin: 'píng jǐng',
    senses: ['bottleneck'],
    unitId: 'scaling-08',
    groupN: 2,
    zhSentence: '数据会不会成为瓶颈？',
    enSentence: 'Will data become the bottleneck?',
    start: 12,
    sentenceOffset: 7,
    savedAt: '2026-12-03T10:00:00.000Z',
  };
  const withWord: Progress = { ...progress, [wordCardKey(saved.key)]: grade(newCard(start), 'hard', start) };

  it('exports the saved words and their cards, and reads them back', () => {
    const text = serializeProgress(withWord, start, [saved]);
    expect(JSON.parse(text).words).toEqual([saved]);
    expect(Object.keys(JSON.parse(text).cards)).toContain('word:scaling-08:12');
    expect(parseProgress(text)).toEqual({ ok: true, progress: withWord, words: [saved] });
    expect(readStoredProgress(serializeProgress(withWord))).toEqual(withWord);
  });

  it('still reads a version 1 file, which has glossary cards only', () => {
    const v1 = {
      format: 'parallel-reader-practice',
      version: 1,
      exportedAt: start.toISOString(),
      cards: JSON.parse(serializeProgress(progress)).cards,
    };
    expect(parseProgress(JSON.stringify(v1))).toEqual({ ok: true, progress, words: [] });
    expect(readStoredProgress(JSON.stringify(v1))).toEqual(progress);
    // Version 1 knew no saved words: a word card or a word list in it is refused.
    const v1WithWord = { ...v1, cards: { ...v1.cards, 'word:scaling-08:12': v1.cards['superposition:zh-en'] } };
    expect(parseProgress(JSON.stringify(v1WithWord))).toMatchObject({
      ok: false,
      error: { path: 'cards.word:scaling-08:12' },
    });
    expect(parseProgress(JSON.stringify({ ...v1, words: [saved] }))).toMatchObject({
      ok: false,
      error: { path: '(file)', message: expect.stringContaining('"words"') },
    });
  });

  it('checks every saved word of a file, naming the first problem', () => {
    const good = JSON.parse(serializeProgress(withWord, start, [saved]));
    const damaged = (mutate: (data: typeof good) => void) => {
      const copy = structuredClone(good);
      mutate(copy);
      return parseProgress(JSON.stringify(copy));
    };
    expect(damaged((d) => (d.words[0].sentenceOffset = 3))).toMatchObject({
      ok: false,
      error: { path: 'words.0.zhSentence' },
    });
    expect(damaged((d) => (d.words[0].key = 'scaling-08:13'))).toMatchObject({
      ok: false,
      error: { path: 'words.0.key' },
    });
    expect(damaged((d) => (d.words[0].senses = 'bottleneck'))).toMatchObject({
      ok: false,
      error: { path: 'words.0.senses' },
    });
    expect(damaged((d) => delete d.words[0].enSentence)).toMatchObject({
      ok: false,
      error: { path: 'words.0.enSentence' },
    });
    expect(damaged((d) => (d.words[0].groupN = 1.5))).toMatchObject({ ok: false, error: { path: 'words.0.groupN' } });
    expect(damaged((d) => d.words.push(d.words[0]))).toMatchObject({
      ok: false,
      error: { path: 'words', message: 'must name each word (key) once' },
    });
    expect(damaged((d) => (d.cards['word:scaling-08:x'] = d.cards['word:scaling-08:12']))).toMatchObject({
      ok: false,
      error: { path: 'cards.word:scaling-08:x' },
    });
  });

  it('refuses a file that is not JSON, not a progress export, or damaged, saying why', () => {
    expect(parseProgress('{"format": "parallel-reader-practice", ')).toEqual({
      ok: false,
      error: { kind: 'not-json' },
    });
    expect(parseProgress('[1, 2]')).toEqual({ ok: false, error: { kind: 'not-progress' } });
    expect(parseProgress('{"deck": "Anki"}')).toEqual({ ok: false, error: { kind: 'not-progress' } });

    const good = JSON.parse(serializeProgress(progress));
    const damaged = (mutate: (data: typeof good) => void) => {
      const copy = structuredClone(good);
      mutate(copy);
      return parseProgress(JSON.stringify(copy));
    };
    const badDue = damaged((d) => (d.cards['superposition:zh-en'].due = 'yesterday'));
    expect(badDue).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'cards.superposition:zh-en.due' } });
    const badKey = damaged((d) => (d.cards['superposition:sideways'] = d.cards['superposition:zh-en']));
    expect(badKey).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'cards.superposition:sideways' } });
    const badState = damaged((d) => (d.cards['superposition:en-zh'].state = 7));
    expect(badState).toMatchObject({
      ok: false,
      error: { kind: 'invalid', path: 'cards.superposition:en-zh.state', message: 'must be 0, 1, 2 or 3' },
    });
    const fractional = damaged((d) => (d.cards['superposition:en-zh'].reps = 1.5));
    expect(fractional).toMatchObject({
      ok: false,
      error: { path: 'cards.superposition:en-zh.reps', message: 'must be a whole number, 0 or more' },
    });
    const badVersion = damaged((d) => (d.version = 3));
    expect(badVersion).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'version' } });
  });

  it('reads back the progress it stored in the browser without the file importer', () => {
    expect(readStoredProgress(serializeProgress(progress))).toEqual(progress);
    expect(readStoredProgress('{"format": "parallel-reader-practice", ')).toEqual({});
    expect(readStoredProgress('null')).toEqual({});
    expect(readStoredProgress('{"deck": "Anki"}')).toEqual({});
    expect(readStoredProgress(JSON.stringify({ ...JSON.parse(serializeProgress(progress)), version: 3 }))).toEqual({});
  });

  it('leaves a damaged stored card out and keeps the others', () => {
    const stored = JSON.parse(serializeProgress(progress));
    stored.cards['superposition:zh-en'].due = 'yesterday';
    stored.cards['superposition:sideways'] = stored.cards['superposition:en-zh'];
    stored.cards['scaling:zh-en'] = { ...stored.cards['superposition:en-zh'], reps: '3' };
    expect(readStoredProgress(JSON.stringify(stored))).toEqual({
      'superposition:en-zh': progress['superposition:en-zh'],
    });
  });
});

describe('the practice deck', () => {
  const { glossary, marked, occurrences } = loadProject().index;
  const { sections } = loadProject().corpus;
  const en = practiceData(glossary, sections, marked, occurrences, 'en');
  const zh = practiceData(glossary, sections, marked, occurrences, 'zh');
  const term = (id: string) => en.terms.find((t) => t.id === id)!;

  it('has one card per glossary term, with the article’s example pair and the term marked in both languages', () => {
    expect(en.terms).toHaveLength(glossary.entries.length);
    const sup = term('superposition');
    expect(sup.zh).toBe('叠加');
    expect(sup.articleForms).toEqual([{ text: '超叠加', status: 'nonstandard', pinyin: 'chāodiéjiā' }]);
    expect(sup.example!.href).toBe(`/en/p/${sup.example!.unit}`);
    expect(sup.example!.zh.some((run) => typeof run !== 'string')).toBe(true);
    expect(sup.example!.en.some((run) => typeof run !== 'string' && /superposition/i.test(run.term))).toBe(true);
    expect(exampleText(sup.example!.zh)).toBe(loadProject().corpus.units.find((u) => u.id === sup.example!.unit)!.zh);
    expect(zh.terms.find((t) => t.id === 'superposition')!.definition).toBe(
      glossary.byId.get('superposition')!.definition.zh,
    );
  });

  it('selects all terms, one category, or the terms of one section', () => {
    expect(deckTerms(en.terms, { kind: 'all' })).toHaveLength(en.terms.length);
    const products = deckTerms(en.terms, { kind: 'category', id: 'products' });
    expect(products.length).toBeGreaterThan(3);
    expect(products.every((t) => t.category === 'products')).toBe(true);
    const brains = deckTerms(en.terms, { kind: 'section', id: 'brains' }).map((t) => t.id);
    expect(brains).toContain('intervention');
    expect(brains).not.toContain('panpsychism');
    expect(parseDeckFilter('?section=brains', ['products'], ['brains'])).toEqual({ kind: 'section', id: 'brains' });
    expect(parseDeckFilter('?category=nope', ['products'], ['brains'])).toEqual({ kind: 'all' });
  });

  it('puts due cards first, keeps cards not yet due out, then new cards', () => {
    const terms: PracticeTerm[] = [term('superposition'), term('circuits'), term('features')];
    const later = grade(newCard(start), 'easy', start);
    const soon = grade(newCard(start), 'again', start);
    const progress: Progress = { 'superposition:zh-en': later, 'circuits:zh-en': soon };
    const at = new Date(start.getTime() + 5 * 60_000);
    const keys = dueQueue(terms, progress, at).map((item) => item.key);
    expect(keys[0]).toBe('circuits:zh-en');
    expect(keys).not.toContain('superposition:zh-en');
    expect(keys.slice(1)).toEqual(['superposition:en-zh', 'circuits:en-zh', 'features:zh-en', 'features:en-zh']);
  });
});
