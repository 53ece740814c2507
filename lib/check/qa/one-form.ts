import type { Glossary, GlossaryEntry } from '../../terms/glossary';
import { inflectionOf } from '../../terms/inflection';
import type { MarkedUnit, Segment } from '../../terms/mark';
import type { Finding, QaArticleRule } from './types';

/** An occurrence of a term in a unit's English, counted as the admitted form it writes. */
interface EnglishUse {
  /** The admitted form, as the glossary spells it. */
  form: string;
  /** The text as the English writes it, and where. */
  text: string;
  index: number;
}

/** What one unit does with one Chinese form of a term. */
interface FormUse {
  unit: string;
  uses: EnglishUse[];
}

/** A term form found in a unit: its text and where it starts. */
function termSegments(segments: Segment[], termId: string): { text: string; index: number }[] {
  const found: { text: string; index: number }[] = [];
  let at = 0;
  for (const segment of segments) {
    const text = typeof segment === 'string' ? segment : segment.text;
    if (typeof segment !== 'string' && segment.termId === termId) found.push({ text, index: at });
    at += text.length;
  }
  return found;
}

/**
 * The admitted form (headword or a form not marked match-only) an English occurrence writes. Forms
 * that inflect each other are one form (“circuit connections” and “circuits”, “the weight of” and
 * “weights” differ by grammar, not by term), counted as the headword where it is one of them, else
 * as the first listed; a match-only inflection counts as the form it inflects. A match-only
 * paraphrase or derived word (“scale up”, “fine-tune”) counts as no form: it is grammar, not a
 * competing term.
 */
function admittedFormOf(entry: GlossaryEntry, text: string): string | undefined {
  const admitted = [entry.en, ...entry.forms.enTerms];
  const same = (a: string, b: string) =>
    a.toLowerCase() === b.toLowerCase() || inflectionOf(a, b) || inflectionOf(b, a);
  const form = admitted.find((f) => same(f, text));
  return form && admitted.find((f) => same(f, form));
}

/** One unit's finding: the English occurrence, the term and its Chinese form, the preferred form, and how many units use it. */
export interface FormInconsistency {
  unit: string;
  termId: string;
  zhForm: string;
  /** The minority occurrence, as written, and where in the unit's English it starts. */
  text: string;
  index: number;
  /** The admitted form the minority occurrence counts as. */
  form: string;
  /** The form most units with this Chinese form use, and how many do. */
  preferred: string;
  preferredUnits: number;
}

/**
 * Across the article, each Chinese form of a glossary term keeps one admitted English form. For
 * every Chinese form, the units whose Chinese writes the term in that form only are grouped by the
 * admitted forms their English uses for that term (a unit whose Chinese writes it two ways, as
 * AGI(通用人工智能) or “Sonnet 3.5 … Sonnet 3.0”, may well need two English forms, and no English
 * occurrence can be told apart as rendering one of them); when more than one form is in use, the form most units use is preferred (on a
 * tie, the headword, else the form read first) and every occurrence of another form is reported on
 * its unit. Units are given in reading order.
 */
export function formInconsistencies(
  unitIds: string[],
  marked: Map<string, MarkedUnit>,
  glossary: Glossary,
): FormInconsistency[] {
  const groups = new Map<string, { termId: string; zhForm: string; units: FormUse[] }>();
  for (const unit of unitIds) {
    const m = marked.get(unit);
    if (!m) continue;
    for (const termId of m.terms) {
      const entry = glossary.byId.get(termId);
      if (!entry) continue;
      const uses = termSegments(m.en, termId).flatMap(({ text, index }): EnglishUse[] => {
        const form = admittedFormOf(entry, text);
        return form ? [{ form, text, index }] : [];
      });
      if (uses.length === 0) continue;
      const zhForms = new Set(termSegments(m.zh, termId).map((s) => s.text));
      if (zhForms.size !== 1) continue;
      for (const zhForm of zhForms) {
        const key = `${termId}\u0000${zhForm}`;
        const group = groups.get(key) ?? { termId, zhForm, units: [] };
        group.units.push({ unit, uses });
        groups.set(key, group);
      }
    }
  }

  const found: FormInconsistency[] = [];
  for (const { termId, zhForm, units } of groups.values()) {
    const count = new Map<string, number>();
    for (const { uses } of units)
      for (const form of new Set(uses.map((u) => u.form))) count.set(form, (count.get(form) ?? 0) + 1);
    if (count.size < 2) continue;
    const most = Math.max(...count.values());
    const tied = [...count].filter(([, n]) => n === most).map(([form]) => form);
    const headword = glossary.byId.get(termId)!.en;
    const preferred = tied.includes(headword) ? headword : tied[0];
    for (const { unit, uses } of units) {
      const reported = new Set<string>();
      for (const use of uses) {
        if (use.form === preferred || reported.has(use.form)) continue;
        reported.add(use.form);
        found.push({
          unit,
          termId,
          zhForm,
          text: use.text,
          index: use.index,
          form: use.form,
          preferred,
          preferredUnits: most,
        });
      }
    }
  }
  return found;
}

/**
 * One English form per concept (STYLE.md, “Terms”): a Chinese term form that several units have is
 * rendered by the same admitted English form in all of them. A unit that renders it otherwise on
 * purpose records a reasoned `qaExceptions` entry quoting the occurrence.
 */
export const oneFormRule: QaArticleRule = {
  id: 'one-form',
  description: 'A glossary term’s Chinese form is rendered by one admitted English form across the article.',
  checkArticle({ units, marked, glossary }) {
    const byUnit = new Map<string, Finding[]>();
    const seen = new Set<string>();
    for (const f of formInconsistencies(
      units.map((u) => u.id),
      marked,
      glossary,
    )) {
      const key = `${f.unit}\u0000${f.index}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const others = f.preferredUnits === 1 ? 'another unit renders' : `${f.preferredUnits} units render`;
      const list = byUnit.get(f.unit) ?? [];
      list.push({
        severity: 'error',
        field: 'en',
        index: f.index,
        text: f.text,
        message: `“${f.text}” renders ${f.zhForm} (${f.termId}), which ${others} “${f.preferred}”: use one English form per concept, or record a reasoned exception (STYLE.md, “Terms”)`,
      });
      byUnit.set(f.unit, list);
    }
    return byUnit;
  },
};
