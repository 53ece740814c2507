import { describe, expect, it } from 'vitest';
import type { Lang } from '@/lib/corpus/model';
import { MAX_QUERY_CHARS, MAX_RESULTS, PAGE_SIZE } from '@/lib/search/limits';
import { createSearchEngine, type SearchDoc, type SentenceHit } from '@/lib/search/engine';
import { findRanges, pieces } from '@/lib/search/highlight';
import { loadSearchEngine, searchDocs } from '@/lib/search/load';
import { cleanQuery } from '@/lib/search/query';
import { KEPT_APART, stem } from '@/lib/search/stem';
import { wordKey, words } from '@/lib/search/tokens';

const engine = loadSearchEngine();
const marked = (hit: SentenceHit, lang: Lang) => hit[lang].marks.map(([s, e]) => hit[lang].text.slice(s, e));

// The forms of a word, and where the article holds any of them, from the corpus as it is now.
const vocabulary = new Set(
  searchDocs().flatMap((d) => [d.zh, d.en].flatMap((text) => Array.from(words(text), (w) => w.word.toLowerCase()))),
);
const address = (d: { unit: string; n: number }) => `${d.unit}#s${d.n}`;
const holding = (forms: string[]) =>
  new Set(
    searchDocs()
      .filter((d) =>
        [d.zh, d.en].some((text) => Array.from(words(text)).some((w) => forms.includes(w.word.toLowerCase()))),
      )
      .map(address),
  );
const found = (query: string) => new Set(engine.search(query).hits.map(address));

describe('Chinese', () => {
  it('finds a substring that crosses word boundaries, and only where it occurs', () => {
    // 规模同时 spans 规模 | 同时: no segmenter would index it as a word.
    const results = engine.search('规模同时');
    expect(results.hits.map((h) => `${h.unit}#s${h.n}`)).toEqual(['scaling-03#s1']);
    expect(marked(results.hits[0], 'zh')).toEqual(['规模同时']);
  });

  it('finds one character and long phrases', () => {
    expect(engine.search('凹').total).toBeGreaterThan(0);
    const long = '发现模型性能随着规模的增加而不断提升';
    expect(engine.search(long).hits.map((h) => h.unit)).toEqual(['scaling-03']);
  });

  it('does not find characters that occur only apart', () => {
    // Both bigrams occur in the corpus, but never as one run.
    expect(engine.search('模型规模同时语音').total).toBe(0);
  });
});

describe('English', () => {
  it('finds every inflection of a word, ignoring case, and marks the words found', () => {
    const counts = ['scale', 'scales', 'Scaling', 'SCALED'].map((q) => engine.search(q).total);
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeGreaterThan(10);
    const words = engine.search('scale').hits.flatMap((h) => marked(h, 'en').map((w) => w.toLowerCase()));
    expect(new Set(words)).toEqual(new Set(['scale', 'scales', 'scaling', 'scaled'].filter((w) => words.includes(w))));
    expect(words).toContain('scaling');
  });

  it('needs every word of a query', () => {
    // Two words of one sentence group's English, as the corpus has it now.
    const doc = searchDocs().find((d) => new Set(d.en.toLowerCase().match(/\b[a-z]{6,}\b/g) ?? []).size >= 2)!;
    const [first, second] = [...new Set(doc.en.toLowerCase().match(/\b[a-z]{6,}\b/g))];
    const both = engine.search(`${first} ${second}`);
    expect(both.hits.map((h) => `${h.unit}#s${h.n}`)).toContain(`${doc.unit}#s${doc.n}`);
    expect(both.total).toBeLessThanOrEqual(Math.min(engine.search(first).total, engine.search(second).total));
    expect(engine.search('qzxv').total).toBe(0);
    expect(engine.search(`${first} qzxv`).total).toBe(0);
  });

  it.each([
    ['bias', ['bias', 'biases', 'biased']],
    ['agree', ['agree', 'agrees', 'agreed', 'agreeing']],
    ['speed', ['speed', 'speeds', 'speeding']],
    ['news', ['news']],
    ['experience', ['experience', 'experiences', 'experienced', 'experiencing']],
    ['severe', ['severe', 'severely', 'severity']],
    ['organize', ['organize', 'organized', 'organization', 'organizations']],
  ])('any form of “%s” finds the groups that hold a form of it, and only those', (_word, forms) => {
    const expected = holding(forms);
    for (const form of forms) expect(found(form), form).toEqual(expected);
  });

  it('keeps apart words that share only letters', () => {
    // A group with “news” but not “new” is no hit for “new”; likewise the words Porter2 alone joins.
    for (const [a, b] of [
      ['news', 'new'],
      ['severe', 'several'],
      ['experience', 'experiment'],
      ['organized', 'organ'],
    ]) {
      const onlyA = [...holding([a])].filter((id) => !holding([b]).has(id));
      expect(
        onlyA.filter((id) => found(b).has(id)),
        `${b} finds ${a}`,
      ).toEqual([]);
    }
  });
});

describe('stem (Porter2 and its exceptions)', () => {
  it('joins the forms of a word', () => {
    const families = [
      ['scale', 'scales', 'scaled', 'scaling'],
      ['model', 'models'],
      ['study', 'studies', 'studied'],
      ['run', 'runs', 'running'],
      ['need', 'needs'],
      ['bias', 'biases', 'biased'],
      ['agree', 'agreed', 'agrees', 'agreeing'],
      ['die', 'died', 'dies', 'dying'],
      ['speed', 'speeds', 'speeding'],
      ['experience', 'experiences', 'experienced', 'experiencing', "experience's"],
    ];
    for (const family of families) expect(new Set(family.map(stem)), family.join()).toHaveProperty('size', 1);
  });

  it('keeps words apart that only look alike', () => {
    for (const [a, b] of [
      ['speed', 'spe'],
      ['news', 'new'],
      ['bias', 'bia'],
      ['this', 'thi'],
      ['experience', 'experiment'],
      ['severe', 'several'],
      ['polite', 'political'],
      ['position', 'positive'],
      ['organized', 'organ'],
      ['likely', 'like'],
      ['willing', 'will'],
      ['initiative', 'initially'],
    ])
      expect(stem(a), a).not.toBe(stem(b));
    expect(stem('speed')).toBe('speed');
    expect(stem('news')).toBe('news');
  });

  it('gives an exception’s stem to no other word of the article', () => {
    const family = new Map(KEPT_APART.map((forms) => [stem(forms[0]), forms]));
    for (const word of vocabulary) {
      const forms = family.get(wordKey(word));
      if (forms) expect(forms, `${word} stems to ${forms[0]}`).toContain(word.replace(/['’]s?$/, ''));
    }
    for (const forms of KEPT_APART) expect(new Set(forms.map(stem)), forms.join()).toEqual(new Set([forms[0]]));
  });

  it('stems a query word and a document word alike, whatever their case, accents or apostrophe', () => {
    for (const [a, b] of [
      ['BIAS', 'biases'],
      ['Agreed', 'agree'],
      ['Died', 'DIE'],
      ['News', 'news'],
      ['expérience’s', 'experiences'],
    ])
      expect(wordKey(a), a).toBe(wordKey(b));
    expect(wordKey('News')).not.toBe(wordKey('new'));
  });

  it('leaves numbers, dotted abbreviations and other scripts as they are', () => {
    for (const word of ['3.5', 'u.s', '2024', 'gpt4', 'модель']) expect(stem(word), word).toBe(word);
  });
});

describe('stemmed search over documents that hold the words', () => {
  // The corpus lacks some of these forms (die, died), so a small engine holds one form per group.
  const forms = [
    'bias',
    'biases',
    'agree',
    'agreed',
    'die',
    'died',
    'speed',
    'spe',
    'news',
    'new',
    'severe',
    'several',
  ];
  const docs: SearchDoc[] = forms.map((word) => ({
    unit: word,
    n: 1,
    section: 'x',
    speaker: 'editors',
    zh: '句。',
    en: `They said ${word} here.`,
  }));
  const small = createSearchEngine(docs, []);
  const units = (query: string) => small.search(query).hits.map((h) => h.unit);

  it.each([
    ['bias', ['bias', 'biases']],
    ['biases', ['bias', 'biases']],
    ['agree', ['agree', 'agreed']],
    ['agreed', ['agree', 'agreed']],
    ['die', ['die', 'died']],
    ['died', ['die', 'died']],
    ['speed', ['speed']],
    ['news', ['news']],
    ['new', ['new']],
    ['severe', ['severe']],
  ])('“%s” finds %j', (query, expected) => {
    expect(units(query)).toEqual(expected);
  });
});

describe('pinyin', () => {
  it('finds a glossary term with tone marks, tone numbers or none, and the sentences it occurs in', () => {
    for (const query of ['fàn xīn lùn', 'fan4 xin1 lun4', 'fanxinlun']) {
      const results = engine.search(query);
      expect(results.terms[0]?.id, query).toBe('panpsychism');
      expect(results.total, query).toBeGreaterThan(0);
      expect(
        results.hits.every((h) => marked(h, 'zh').some((m) => m.includes('泛') || /panpsych/i.test(m))),
        query,
      ).toBe(true);
    }
    expect(engine.search('fan3 xin1 lun4').terms.map((t) => t.id)).not.toContain('panpsychism');
  });

  it('finds terms by their Chinese or English too', () => {
    expect(engine.search('泛心论').terms.map((t) => t.id)).toContain('panpsychism');
    expect(engine.search('Panpsychism').terms.map((t) => t.id)).toContain('panpsychism');
  });
});

describe('hostile queries', () => {
  const hostile = [
    '',
    '   ',
    'a'.repeat(10_000),
    '.*+?^${}()|[]\\',
    '<script>alert(1)</script>',
    '\ud800',
    'x\udc00y',
    'a\u0000b',
    '%00',
    '\u200b',
    '((((',
    '规'.repeat(5000),
  ];
  it.each(hostile.map((q) => [JSON.stringify(q.slice(0, 24)), q]))(
    '%s gives sane results without throwing',
    (_label, query) => {
      const results = engine.search(query);
      expect(results.hits.length).toBeLessThanOrEqual(PAGE_SIZE);
      expect([...results.query].length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
      // eslint-disable-next-line no-control-regex -- the query must come out without control characters
      expect(results.query).not.toMatch(/[\u0000-\u001f]|[\ud800-\udfff](?![\udc00-\udfff])/);
      for (const hit of results.hits)
        for (const lang of ['zh', 'en'] as const)
          for (const [s, e] of hit[lang].marks) expect(s < e && e <= hit[lang].text.length).toBe(true);
    },
  );

  it('says when a query was cut', () => {
    expect(cleanQuery('a'.repeat(10_000))).toEqual({ text: 'a'.repeat(MAX_QUERY_CHARS), truncated: true });
    expect(cleanQuery(['first', 'second'])).toEqual({ text: 'first', truncated: false });
    expect(cleanQuery(undefined)).toEqual({ text: '', truncated: false });
  });

  it('treats regex characters as text', () => {
    expect(engine.search('.*').total).toBe(0);
    expect(engine.search('3.5').hits.length).toBeGreaterThan(0);
  });
});

describe('pages and caps', () => {
  const docs: SearchDoc[] = Array.from({ length: 450 }, (_, i) => ({
    unit: `x-${String(i).padStart(2, '0')}`,
    n: 1,
    section: 'x',
    speaker: 'editors',
    zh: `第${i}句话。`,
    en: `Sentence ${i}.`,
  }));
  const small = createSearchEngine(docs, []);

  it('pages through results and caps them with a note', () => {
    const first = small.search('句话');
    expect(first).toMatchObject({
      total: MAX_RESULTS,
      capped: true,
      page: 1,
      pages: Math.ceil(MAX_RESULTS / PAGE_SIZE),
    });
    expect(first.hits).toHaveLength(PAGE_SIZE);
    const last = small.search('句话', String(first.pages));
    expect(last.hits.at(-1)!.unit).toBe(docs[MAX_RESULTS - 1].unit);
    expect(small.search('句话', '9999').page).toBe(first.pages);
    expect(small.search('句话', '-3').page).toBe(1);
    expect(small.search('句话', 'abc').page).toBe(1);
  });
});

describe('highlighting', () => {
  it('marks every occurrence at the right offsets, merging overlaps, and cuts the text into pieces', () => {
    const text = 'Scaling laws: he scaled models; 规模同时扩大规模。';
    const ranges = findRanges(text, ['规模'], new Set([stem('scale')]));
    expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Scaling', 'scaled', '规模', '规模']);
    expect(findRanges('aaaa', ['aa', 'aaa'], new Set())).toEqual([[0, 4]]);
    expect(
      pieces(text, ranges)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
    expect(pieces('abc', [[1, 2]])).toEqual([
      { text: 'a', hit: false },
      { text: 'b', hit: true },
      { text: 'c', hit: false },
    ]);
  });
});
