import { parseDocument } from 'yaml';
import type { CorpusFile } from '../corpus/build';
import { CorpusError, type CorpusIssue } from '../corpus/errors';
import type { Bilingual } from '../corpus/model';
import { formPinyin, type FormPinyin } from './pinyin';
import type { ReferenceId } from './references';
import {
  glossaryEntrySchema,
  glossaryFileSchema,
  type FormStatus,
  type GlossaryCategory,
  type PartOfSpeech,
} from './schema';
import { hasHan } from './syllables';

/** One way the article's Chinese writes a term. */
export interface ZhForm {
  text: string;
  status: FormStatus;
  /** Null for a Latin-only form, or where the written pinyin does not parse (see `pinyinWritten`). */
  pinyin: FormPinyin | null;
  /** The pinyin as written in the glossary, if it was. */
  pinyinWritten?: string;
  /** Forms (of any entry) declared parallel to this one: the same kind of wording, so the same status. */
  parallel: string[];
  /** A derived word used only to find the term (神经科学家 under 神经科学); not exported as a term. */
  matchOnly: boolean;
}

/** A reference an entry relies on, with what it attests where the glossary says. */
interface EntryReference {
  source: ReferenceId;
  /** The term as the source lists it. */
  term?: string;
  /** The discipline the source lists it under. */
  field?: string;
  note?: Bilingual;
}

export interface GlossaryEntry {
  id: string;
  /** The glossary file that defines the entry, as named in messages. */
  file: string;
  /** The standard Chinese term. */
  zh: string;
  /** The standard term's reading, or null for a Latin-only term. */
  reading: FormPinyin | null;
  /** The standard term's pinyin as displayed ("jīzhì kějiěshìxìng"); empty for a Latin-only term. */
  pinyin: string;
  /** The standard term's pinyin as written in the glossary, if it was (else it is generated). */
  pinyinWritten?: string;
  en: string;
  /** The term's part of speech (TBX-Basic's picklist), one for the entry. */
  partOfSpeech: PartOfSpeech;
  category: GlossaryCategory;
  /** Every form the article uses, in the glossary's order, with its status and pinyin. */
  zhForms: ZhForm[];
  forms: {
    /** The texts of the article's forms, misprints excepted. */
    zh: string[];
    /** The texts of misprinted forms. */
    misspelled: string[];
    exclude: string[];
    /** Every English form, the match-only ones included: what the English is searched for. */
    en: string[];
    /** The English forms used only for matching (inflections, paraphrases), not exported as terms. */
    enMatchOnly: string[];
    /** The English forms that are terms: every English form but the match-only ones. */
    enTerms: string[];
  };
  definition: Bilingual;
  note?: Bilingual;
  references: EntryReference[];
  related: string[];
}

export interface Glossary {
  entries: GlossaryEntry[];
  byId: Map<string, GlossaryEntry>;
}

const sameText = (a: string, b: string) => (hasHan(a) ? a === b : a.toLowerCase() === b.toLowerCase());

function readingOf(text: string, written: string | undefined): { pinyin: FormPinyin | null; pinyinWritten?: string } {
  try {
    return { pinyin: formPinyin(text, written), ...(written ? { pinyinWritten: written } : {}) };
  } catch {
    return { pinyin: null, pinyinWritten: written };
  }
}

/** Parses and cross-checks the glossary files; throws a CorpusError naming file and entry. */
export function buildGlossary(files: CorpusFile[]): Glossary {
  const issues: CorpusIssue[] = [];
  const entries: GlossaryEntry[] = [];
  const formOwner = new Map<string, string>();

  for (const file of files) {
    const doc = parseDocument(file.text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) issues.push({ file: file.path, message: `YAML: ${error.message}` });
      continue;
    }
    const parsed = glossaryFileSchema.safeParse(doc.toJS());
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        issues.push({ file: file.path, message: `${issue.path.join('.')}: ${issue.message}` });
      continue;
    }
    parsed.data.entries.forEach((raw, index) => {
      const label =
        raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : `#${index + 1}`;
      const result = glossaryEntrySchema.safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues) {
          issues.push({ file: file.path, entry: label, message: `${issue.path.join('.')}: ${issue.message}` });
        }
        return;
      }
      const entry = result.data;
      const earlier = entries.find((e) => e.id === entry.id);
      if (earlier) {
        issues.push({
          file: file.path,
          entry: entry.id,
          message: `duplicate entry ID (first used in ${earlier.file})`,
        });
        return;
      }
      const zhForms: ZhForm[] = [];
      for (const raw of entry.forms.zh) {
        const form = typeof raw === 'string' ? { text: raw } : raw;
        let status = form.status;
        if (sameText(form.text, entry.zh)) {
          if (status && status !== 'standard') {
            issues.push({
              file: file.path,
              entry: entry.id,
              message: `form "${form.text}" is the standard term but is marked ${status}`,
            });
          }
          status = 'standard';
        } else if (!status && !hasHan(form.text) && hasHan(entry.zh)) {
          status = 'english';
        }
        if (!status) {
          issues.push({
            file: file.path,
            entry: entry.id,
            message: `form "${form.text}" differs from the standard term ${entry.zh}: give its status (${['variant', 'nonstandard', 'misprint', 'english'].join(', ')})`,
          });
          continue;
        }
        const key = form.text.toLowerCase();
        const owner = formOwner.get(key);
        if (owner)
          issues.push({ file: file.path, entry: entry.id, message: `form "${form.text}" is also a form of ${owner}` });
        formOwner.set(key, entry.id);
        const written =
          'pinyin' in form && form.pinyin ? form.pinyin : status === 'standard' ? entry.pinyin : undefined;
        const parallel = typeof raw === 'string' ? [] : (raw.parallel ?? []);
        const matchOnly = typeof raw !== 'string' && raw.matchOnly === true;
        zhForms.push({ text: form.text, status, ...readingOf(form.text, written), parallel, matchOnly });
      }
      const standard = readingOf(entry.zh, entry.pinyin);
      if (hasHan(entry.zh) && !standard.pinyin) {
        issues.push({
          file: file.path,
          entry: entry.id,
          message: `pinyin "${entry.pinyin}" of the standard term is not pinyin`,
        });
      }
      entries.push({
        id: entry.id,
        file: file.path,
        zh: entry.zh,
        reading: standard.pinyin,
        pinyin: standard.pinyin?.display ?? '',
        ...(entry.pinyin ? { pinyinWritten: entry.pinyin } : {}),
        en: entry.en,
        partOfSpeech: entry.partOfSpeech,
        category: parsed.data.category,
        zhForms,
        forms: {
          zh: zhForms.filter((f) => f.status !== 'misprint').map((f) => f.text),
          misspelled: zhForms.filter((f) => f.status === 'misprint').map((f) => f.text),
          exclude: entry.forms.exclude ?? [],
          en: entry.forms.en.map((f) => (typeof f === 'string' ? f : f.text)),
          enMatchOnly: entry.forms.en.flatMap((f) => (typeof f === 'string' ? [] : [f.text])),
          enTerms: entry.forms.en.flatMap((f) => (typeof f === 'string' ? [f] : [])),
        },
        definition: entry.definition,
        note: entry.note,
        references: (entry.references ?? []).map((r) => (typeof r === 'string' ? { source: r } : r)),
        related: entry.related ?? [],
      });
    });
  }

  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const entry of entries) {
    for (const related of entry.related) {
      if (related === entry.id) issues.push({ file: entry.file, entry: entry.id, message: 'lists itself as related' });
      else if (!byId.has(related)) {
        issues.push({ file: entry.file, entry: entry.id, message: `related entry "${related}" does not exist` });
      }
    }
  }
  if (issues.length > 0) throw new CorpusError(issues);
  entries.sort((a, b) => a.id.localeCompare(b.id));
  return { entries, byId };
}

/** The form of an entry as the article writes it at one place, or undefined if it is not one of its forms. */
export function formOf(entry: GlossaryEntry, text: string): ZhForm | undefined {
  return entry.zhForms.find((form) => sameText(form.text, text));
}
