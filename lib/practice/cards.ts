import type { Section, Unit } from '../corpus/model';
import type { Glossary } from '../terms/glossary';
import type { MarkedUnit } from '../terms/mark';
import type { FormStatus } from '../terms/schema';
import { unitPath } from '../routes';
import type { Locale } from '../locale';

/** A run of an example's text; `term` marks the occurrence of the card's term. */
export type ExampleRun = string | { term: string };

interface PracticeExample {
  unit: string;
  /** The unit's page, relative to the site: `/en/p/scaling-08`. */
  href: string;
  zh: ExampleRun[];
  en: ExampleRun[];
}

/** Everything a flashcard shows for one glossary term, in one UI language. */
export interface PracticeTerm {
  id: string;
  /** The standard Chinese term. */
  zh: string;
  /** Its pinyin; empty for a Latin-only term. */
  pinyin: string;
  en: string;
  category: string;
  /** The article's own forms where they differ from the standard term. */
  articleForms: { text: string; status: FormStatus; pinyin: string }[];
  definition: string;
  note?: string;
  /** Sections of the article where the term occurs, in reading order. */
  sections: string[];
  /** The first pair of the article where the term occurs. */
  example: PracticeExample | null;
}

export interface PracticeData {
  terms: PracticeTerm[];
}

function runs(segments: MarkedUnit['zh'], termId: string): ExampleRun[] {
  const out: ExampleRun[] = [];
  for (const segment of segments) {
    const run: ExampleRun =
      typeof segment === 'string' ? segment : segment.termId === termId ? { term: segment.text } : segment.text;
    const last = out[out.length - 1];
    if (typeof run === 'string' && typeof last === 'string') out[out.length - 1] = last + run;
    else out.push(run);
  }
  return out;
}

/** The practice deck of one UI language, computed at build time from the glossary and the marked article. */
export function practiceData(
  glossary: Glossary,
  sections: Section[],
  marked: Map<string, MarkedUnit>,
  occurrences: Map<string, string[]>,
  locale: Locale,
): PracticeData {
  const unitById = new Map<string, Unit>(sections.flatMap((s) => s.units.map((u) => [u.id, u] as const)));
  const terms = glossary.entries.map((entry): PracticeTerm => {
    const where = occurrences.get(entry.id) ?? [];
    const sectionIds = [...new Set(where.map((id) => unitById.get(id)!.sectionId))];
    const first = where[0];
    const m = first ? marked.get(first) : undefined;
    return {
      id: entry.id,
      zh: entry.zh,
      pinyin: entry.pinyin,
      en: entry.en,
      category: entry.category,
      articleForms: entry.zhForms
        .filter((form) => form.text !== entry.zh && form.status !== 'english')
        .map((form) => ({ text: form.text, status: form.status, pinyin: form.pinyin?.display ?? '' })),
      definition: entry.definition[locale],
      ...(entry.note ? { note: entry.note[locale] } : {}),
      sections: sectionIds,
      example:
        first && m
          ? { unit: first, href: unitPath(locale, first), zh: runs(m.zh, entry.id), en: runs(m.en, entry.id) }
          : null,
    };
  });
  return { terms };
}

/** Plain text of an example's runs. */
export function exampleText(runs: ExampleRun[]): string {
  return runs.map((run) => (typeof run === 'string' ? run : run.term)).join('');
}
