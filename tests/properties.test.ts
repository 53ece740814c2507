// Property tests (fast-check): invariants that must hold for any input, not just the corpus.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citeSource } from '@/lib/cite/source';
import { CITE_LANGUAGES, CITE_STYLES, citationText, formatCitation } from '@/lib/cite/styles';
import { CITATION_FORMATS, renderCitationFile } from '@/lib/cite/file-formats';
import type { Unit } from '@/lib/corpus/model';
import { markUnits, type Segment } from '@/lib/terms/mark';
import { createMatcher, type TermForm } from '@/lib/terms/match';
import { matchesQuery, pinyinKeys, type SearchableTerm } from '@/lib/terms/query-match';
import { searchableTerm } from '@/lib/terms/searchable';
import { parseTableView, serializeTableView, SORTABLE_COLUMNS, type TableView } from '@/lib/terms/table-url';
import { loadProject } from '@/lib/project/load';

const corpus = loadProject().corpus;
const { glossary } = loadProject().index;
const runs = { numRuns: 300 };

const segmentText = (segment: Segment) => (typeof segment === 'string' ? segment : segment.text);

/** Text built from glossary forms, near-misses and arbitrary characters, so terms really occur in it. */
const allForms = glossary.entries.flatMap((e) => [
  ...e.forms.zh,
  ...e.forms.misspelled,
  ...e.forms.exclude,
  ...e.forms.en,
]);
const textPiece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...allForms) },
  { weight: 1, arbitrary: fc.constantFrom(...allForms).map((form) => form.toUpperCase()) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.constantFrom(' ', '，', '。', 'a', 'ing', '-', '的', '“', '”') },
);
const text = fc.array(textPiece, { maxLength: 25 }).map((pieces) => pieces.join(''));

function fakeUnit(zh: string, en: string): Unit {
  const base = corpus.units[0];
  return { ...base, id: 'prop-01', zh, en };
}

/** Lower case, one character at a time. */
const lowerEach = (text: string) => Array.from(text, (char) => char.toLowerCase()).join('');

describe('term marking', () => {
  it('segments concatenate back to the text, never overlap, and each marked run is a form of its term', () => {
    fc.assert(
      fc.property(text, text, (zh, en) => {
        const marked = markUnits([fakeUnit(zh, en)], glossary).get('prop-01')!;
        for (const [lang, source] of [
          ['zh', zh],
          ['en', en],
        ] as const) {
          const segments = marked[lang];
          expect(segments.map(segmentText).join('')).toBe(source);
          for (const segment of segments) {
            expect(segmentText(segment).length).toBeGreaterThan(0);
            if (typeof segment === 'string') continue;
            const entry = glossary.byId.get(segment.termId)!;
            const forms = lang === 'zh' ? [...entry.forms.zh, ...entry.forms.misspelled] : entry.forms.en;
            expect(forms.map((f) => f.toLowerCase())).toContain(segment.text.toLowerCase());
          }
        }
        expect(new Set(marked.terms).size).toBe(marked.terms.length);
      }),
      runs,
    );
  });

  it('the matcher reports matches in order, inside the text, without overlap, equal to their form', () => {
    const form = fc.record({
      termId: fc.constantFrom('a', 'b', 'c'),
      text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 5 }),
      misspelled: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(form, { minLength: 1, maxLength: 12 }),
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        (forms: TermForm[], sample) => {
          const haystack = forms.map((f) => f.text).join(sample) + sample;
          let end = 0;
          for (const match of createMatcher(forms).find(haystack)) {
            expect(match.start).toBeGreaterThanOrEqual(end);
            expect(match.end).toBeGreaterThan(match.start);
            expect(match.end).toBeLessThanOrEqual(haystack.length);
            // Case is compared character by character, as the matcher folds it (no context rules such as final sigma).
            expect(lowerEach(haystack.slice(match.start, match.end))).toBe(lowerEach(match.form.text));
            end = match.end;
          }
        },
      ),
      runs,
    );
  });
});

describe('glossary URL state', () => {
  const categories: string[] = [...new Set(glossary.entries.map((e) => e.category))];
  const view: fc.Arbitrary<TableView> = fc.record({
    query: fc.string({ unit: 'grapheme', maxLength: 40 }),
    category: fc.option(fc.constantFrom(...categories), { nil: null }),
    sort: fc.option(fc.record({ column: fc.constantFrom(...SORTABLE_COLUMNS), desc: fc.boolean() }), { nil: null }),
  });

  it('round-trips any view through the URL', () => {
    fc.assert(
      fc.property(view, (v) => {
        const search = serializeTableView(v);
        expect(parseTableView(search, categories)).toEqual(v);
        expect(search === '' || search.startsWith('?')).toBe(true);
      }),
      runs,
    );
  });

  it('turns any query string into a valid view without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (search) => {
        const parsed = parseTableView(search, categories);
        expect(parsed.category === null || categories.includes(parsed.category)).toBe(true);
        expect(parsed.sort === null || SORTABLE_COLUMNS.includes(parsed.sort.column)).toBe(true);
      }),
      runs,
    );
  });
});

describe('glossary search', () => {
  const terms: SearchableTerm[] = glossary.entries.map(searchableTerm);

  it('never throws on any query and answers a boolean', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(...terms), (query, term) => {
        expect(typeof matchesQuery(term, query)).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('finds every entry by every one of its forms and pinyin spellings, in any case, and by any part of them', () => {
    fc.assert(
      fc.property(fc.constantFrom(...glossary.entries), fc.nat(), fc.nat(), (entry, a, b) => {
        const term = searchableTerm(entry);
        const readings = [entry.reading, ...entry.zhForms.map((form) => form.pinyin)].flatMap((r) => (r ? [r] : []));
        const pinyin = readings.flatMap((r) => {
          const keys = pinyinKeys(r.syllables);
          return [r.display, keys.numbered, keys.plain];
        });
        const spellings = [entry.zh, entry.en, ...term.forms, ...pinyin];
        for (const spelling of spellings) {
          expect(matchesQuery(term, spelling), `${entry.id} by “${spelling}”`).toBe(true);
          expect(matchesQuery(term, spelling.toUpperCase()), `${entry.id} by “${spelling.toUpperCase()}”`).toBe(true);
          const chars = [...spelling];
          const [from, to] = [a % chars.length, b % chars.length].sort((x, y) => x - y);
          const part = chars.slice(from, to + 1).join('');
          expect(matchesQuery(term, part), `${entry.id} by part “${part}” of “${spelling}”`).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('citations', () => {
  const bad = /undefined|NaN|null|\[object Object\]/;
  /** An empty field in any output: "( )", "[]", ", ,", "TAG  -" with no value, "= {}", "": "". */
  const emptyField = /\(\s*\)|\[\s*\]|,\s*,|\.\s*\.\s|^(?!ER)[A-Z][A-Z0-9] {2}-\s*$|=\s*\{\s*\}|:\s*""/m;
  const isoDate = fc
    .date({ min: new Date('2024-11-13T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('never print undefined, NaN or an empty field, for any unit, style, language, format and access date', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...corpus.units),
        fc.constantFrom(...CITE_STYLES),
        fc.constantFrom(...CITE_LANGUAGES),
        fc.constantFrom(...CITATION_FORMATS),
        isoDate,
        fc.constantFrom('https://reader.example.org', 'http://localhost:3000/'),
        (unit, style, lang, format, accessed, site) => {
          const source = citeSource(corpus.meta, unit, site);
          const cited = formatCitation(style, lang, source, accessed);
          const outputs = [
            cited.inText,
            ...cited.references,
            ...(cited.provenance ? [cited.provenance] : []),
            citationText(style, lang, source, accessed, { zh: unit.zh, en: unit.en }),
            renderCitationFile(format, source, lang, accessed),
          ];
          for (const output of outputs) {
            expect(output.trim(), `${style}/${lang}/${format} of ${unit.id}`).not.toBe('');
            expect(output, `${style}/${lang}/${format} of ${unit.id}`).not.toMatch(bad);
            expect(output, `${style}/${lang}/${format} of ${unit.id}`).not.toMatch(emptyField);
          }
          expect(cited.references).toHaveLength(lang === 'both' ? 2 : 1);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
