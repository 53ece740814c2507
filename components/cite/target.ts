import type { Lang } from '@/lib/corpus/model';
import type { CiteSource } from '@/lib/cite/source';
import {
  textSelector,
  type CiteData,
  type SentenceData,
  SENTENCE_ATTR,
  SENTENCE_ON_CLASS,
} from '@/lib/reader/contract';
import { publishedText, unitIdOfCiteLink } from '@/lib/reader/markup-read';
import type { Locale } from '@/lib/locale';
import { DATA_URL } from '@/lib/routes';
import { fetchJson } from '../fetch-json';
import type { CiteLabels } from './labels';

// What a cite link cites, gathered when it is first used: it loads with the dialog's form, so the
// reader page carries only the link's listener.

/** One sentence group of the unit, as the dialog can quote it. */
interface TargetSentence {
  n: number;
  zh: string;
  en: string;
}

export interface Target {
  labels: CiteLabels;
  article: CiteSource['article'];
  unit: CiteSource['unit'];
  quote: { zh: string; en: string };
  /** The unit's sentence groups, in order; empty where their data could not be loaded. */
  sentences: TargetSentence[];
  /** The group marked in the row when the dialog was opened, if any: quoted first. */
  marked?: number;
}

/** What a citation needs besides the page itself: the article's and units' facts, and the sentence groups. */
export interface CiteFacts {
  data: CiteData & { labels: CiteLabels };
  groups: SentenceData;
}

/**
 * Both data files (fetched once, usually ahead of time: the dialog prefetches them); rejects when
 * the units' file cannot be had, and a failure is retried next time.
 */
export async function loadFacts(locale: Locale): Promise<CiteFacts> {
  const groups = fetchJson<SentenceData>(DATA_URL.sentences).catch(() => ({}) as SentenceData);
  const data = await fetchJson<CiteFacts['data']>(DATA_URL.cite(locale));
  return { data, groups: await groups };
}

/**
 * The unit a cite link belongs to, with its quotable text and its revision, from facts already in
 * memory: synchronous, so a tap can open the dialog within the same task.
 */
export function targetFrom(trigger: HTMLElement, { data, groups }: CiteFacts): Target | undefined {
  const id = unitIdOfCiteLink(trigger);
  const row = id ? document.getElementById(id) : null;
  if (!id || !row) return undefined;
  const facts = data.units[id];
  if (!facts) return undefined;
  const [paragraph, revision, revised] = facts;
  const published = (lang: Lang) => {
    const element = row.querySelector(textSelector(lang));
    return element ? publishedText(element) : '';
  };
  const full = { zh: published('zh'), en: published('en') };
  const flat = groups[id] ?? [];
  const sentences = Array.from({ length: flat.length / 4 }, (_, i) => ({
    n: i + 1,
    zh: full.zh.slice(flat[i * 4], flat[i * 4 + 1]).trim(),
    en: full.en.slice(flat[i * 4 + 2], flat[i * 4 + 3]).trim(),
  }));
  const marked = Number(row.querySelector(`.${SENTENCE_ON_CLASS}`)?.getAttribute(SENTENCE_ATTR)) || undefined;
  return {
    labels: data.labels,
    article: data.article,
    unit: { id, paragraph, revision, revised },
    quote: { zh: full.zh.trim(), en: full.en.trim() },
    sentences: sentences.length > 1 ? sentences : [],
    ...(marked && sentences.length > 1 ? { marked } : {}),
  };
}
