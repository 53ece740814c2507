// The search engine: MiniSearch holds an inverted index of every sentence group (Chinese as character
// unigrams and bigrams, words by stem, lib/search/tokens.ts); a query's candidates are the groups that
// hold every one of its terms, then each Chinese run is confirmed as a real substring and the hits are
// located for highlighting. Results come in reading order. Pure: the caller supplies the documents.
import MiniSearch from 'minisearch';
import type { Lang } from '../corpus/model';
import type { SpeakerId } from '../corpus/schema';
import { MAX_RESULTS, MAX_TERM_HITS, PAGE_SIZE } from './limits';
import { findRanges, type Range } from './highlight';
import { parseQuery } from './query';
import { findTermHits, type TermTarget } from './term-hits';
import { hanQueryTerms, indexTerms, wordKey, words } from './tokens';

/**
 * A Chinese run whose rarest term occurs more often than this is found by scanning the texts, which
 * is cheaper than scoring a posting list that long (one character such as 的 at 100× the corpus).
 */
const SCAN_ABOVE = 1000;

/** One sentence group as indexed. */
export interface SearchDoc {
  unit: string;
  /** The group number: the sentence address is `unit#s{n}`. */
  n: number;
  section: string;
  speaker: SpeakerId;
  zh: string;
  en: string;
}

export interface HighlightedText {
  text: string;
  /** Hits in `text`, [start, end) in UTF-16 code units, in order and not overlapping. */
  marks: Range[];
}

export interface SentenceHit {
  unit: string;
  n: number;
  section: string;
  speaker: SpeakerId;
  zh: HighlightedText;
  en: HighlightedText;
}

interface TermHit {
  id: string;
  zh: string;
  en: string;
  pinyin: string;
}

interface SearchResults {
  /** The query as searched (cleaned, maybe cut). */
  query: string;
  truncated: boolean;
  /** Sentence groups found, up to MAX_RESULTS. */
  total: number;
  /** Whether more than MAX_RESULTS groups matched (only the first MAX_RESULTS are listed). */
  capped: boolean;
  page: number;
  pages: number;
  hits: SentenceHit[];
  terms: TermHit[];
}

export interface SearchEngine {
  search(rawQuery: unknown, page?: unknown): SearchResults;
  size: number;
}

const FIELDS: Lang[] = ['zh', 'en'];

export function createSearchEngine(docs: SearchDoc[], targets: TermTarget[]): SearchEngine {
  // How often each index term occurs, to look up the rarest term of a query first.
  const frequency = new Map<string, number>();
  const index = new MiniSearch<SearchDoc & { id: number }>({
    fields: FIELDS,
    tokenize: (text) => {
      const terms = indexTerms(text);
      for (const term of terms) frequency.set(term, (frequency.get(term) ?? 0) + 1);
      return terms;
    },
    processTerm: (term) => term,
    searchOptions: { tokenize: (text) => [text], processTerm: (term) => term },
  });
  index.addAll(docs.map((doc, id) => ({ ...doc, id })));

  /** Ids of the groups holding every term, within some fields. */
  const holdingAll = (terms: string[], fields: Lang[]): Set<number> =>
    new Set(index.search({ combineWith: 'AND', queries: terms }, { fields }).map((r) => r.id as number));

  const rarest = (terms: string[]) =>
    terms.reduce((a, b) => ((frequency.get(a) ?? 0) <= (frequency.get(b) ?? 0) ? a : b));

  /** Groups whose Chinese holds the run: the rarest of its terms from the index, then confirmed in the text. */
  const holdingRun = (run: string): number[] => {
    const term = rarest([...run.matchAll(/\p{Script=Han}+/gu)].flatMap(([han]) => hanQueryTerms(han)));
    const candidates = (frequency.get(term) ?? 0) > SCAN_ABOVE ? docs.keys() : holdingAll([term], ['zh']);
    return [...candidates].filter((id) => docs[id].zh.includes(run));
  };

  const keysOf = (id: number) =>
    new Set(FIELDS.flatMap((lang) => Array.from(words(docs[id][lang]), (w) => wordKey(w.word))));

  function search(rawQuery: unknown, rawPage?: unknown): SearchResults {
    const parsed = parseQuery(rawQuery);
    const termHits = findTermHits(targets, parsed.text);
    const terms = termHits
      .slice(0, MAX_TERM_HITS)
      .map(({ target }) => ({ id: target.id, zh: target.zh, en: target.en, pinyin: target.pinyin }));

    // Text: every Chinese run as a substring of the Chinese, every word in either language.
    // The rarest part comes from the index; the others are confirmed on its few candidates.
    const wordKeys = parsed.words.map((w) => w.key);
    let byText: number[] = [];
    if (parsed.han.length > 0) {
      const [first, ...others] = [...parsed.han].sort(
        (a, b) => (frequency.get(rarest(hanQueryTerms(a))) ?? 0) - (frequency.get(rarest(hanQueryTerms(b))) ?? 0),
      );
      byText = holdingRun(first).filter((id) => others.every((run) => docs[id].zh.includes(run)));
      if (wordKeys.length > 0)
        byText = byText.filter((id) => ((keys) => wordKeys.every((k) => keys.has(k)))(keysOf(id)));
    } else if (wordKeys.length > 0) {
      const first = rarest(wordKeys);
      const others = wordKeys.filter((k) => k !== first);
      byText = [...holdingAll([first], FIELDS)];
      if (others.length > 0) byText = byText.filter((id) => ((keys) => others.every((k) => keys.has(k)))(keysOf(id)));
    }
    // Pinyin: a whole reading of a term finds the groups where the term occurs.
    const viaReading = termHits.filter((m) => m.byReading).map((m) => m.target);
    const byReading = new Set<number>();
    for (const target of viaReading) {
      for (const form of target.zhForms.filter((f) => /\p{Script=Han}/u.test(f)))
        for (const id of holdingRun(form)) byReading.add(id);
    }

    const ids = [...new Set([...byText, ...byReading])].sort((a, b) => a - b);
    const total = Math.min(ids.length, MAX_RESULTS);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const requested = Number.parseInt(typeof rawPage === 'string' ? rawPage : '1', 10);
    const page = Number.isFinite(requested) ? Math.min(Math.max(1, requested), pages) : 1;

    const zhNeedles = [...parsed.han, ...viaReading.flatMap((t) => t.zhForms)];
    const enNeedles = viaReading.flatMap((t) => t.enForms);
    const keys = new Set(parsed.words.map((w) => w.key));
    const hits = ids.slice((page - 1) * PAGE_SIZE, Math.min(page * PAGE_SIZE, total)).map((id): SentenceHit => {
      const doc = docs[id];
      return {
        unit: doc.unit,
        n: doc.n,
        section: doc.section,
        speaker: doc.speaker,
        zh: { text: doc.zh, marks: findRanges(doc.zh, zhNeedles, keys) },
        en: { text: doc.en, marks: findRanges(doc.en, enNeedles, keys) },
      };
    });
    return {
      query: parsed.text,
      truncated: parsed.truncated,
      total,
      capped: ids.length > MAX_RESULTS,
      page,
      pages,
      hits,
      terms,
    };
  }

  return { search, size: docs.length };
}
