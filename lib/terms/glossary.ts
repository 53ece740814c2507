import { parseDocument } from 'yaml';
import type { CorpusFile } from '../corpus/build';
import { CorpusError, type CorpusIssue } from '../corpus/errors';
import type { Bilingual } from '../corpus/model';
import { pinyinOf } from './pinyin';
import { glossaryEntrySchema, glossaryFileSchema, type GlossaryCategory } from './schema';

export interface GlossaryEntry {
  id: string;
  zh: string;
  en: string;
  pinyin: string;
  category: GlossaryCategory;
  forms: { zh: string[]; misspelled: string[]; exclude: string[]; en: string[] };
  definition: Bilingual;
  note?: Bilingual;
  related: string[];
}

export interface Glossary {
  entries: GlossaryEntry[];
  byId: Map<string, GlossaryEntry>;
}

/** Parses and cross-checks the glossary files; throws a CorpusError naming file and entry. */
export function buildGlossary(files: CorpusFile[]): Glossary {
  const issues: CorpusIssue[] = [];
  const entries: GlossaryEntry[] = [];
  const fileOf = new Map<string, string>();
  const formOwner = new Map<string, string>();

  for (const file of files) {
    const doc = parseDocument(file.text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) issues.push({ file: file.path, message: `YAML: ${error.message}` });
      continue;
    }
    const parsed = glossaryFileSchema.safeParse(doc.toJS());
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ file: file.path, message: `${issue.path.join('.')}: ${issue.message}` });
      continue;
    }
    parsed.data.entries.forEach((raw, index) => {
      const label = raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : `#${index + 1}`;
      const result = glossaryEntrySchema.safeParse(raw);
      if (!result.success) {
        for (const issue of result.error.issues) {
          issues.push({ file: file.path, entry: label, message: `${issue.path.join('.')}: ${issue.message}` });
        }
        return;
      }
      const entry = result.data;
      if (fileOf.has(entry.id)) {
        issues.push({ file: file.path, entry: entry.id, message: `duplicate entry ID (first used in ${fileOf.get(entry.id)})` });
        return;
      }
      fileOf.set(entry.id, file.path);
      for (const form of [...entry.forms.zh, ...(entry.forms.misspelled ?? [])]) {
        const key = form.toLowerCase();
        const owner = formOwner.get(key);
        if (owner) issues.push({ file: file.path, entry: entry.id, message: `form "${form}" is also a form of ${owner}` });
        formOwner.set(key, entry.id);
      }
      entries.push({
        id: entry.id,
        zh: entry.zh,
        en: entry.en,
        pinyin: entry.pinyin ?? pinyinOf(entry.zh),
        category: parsed.data.category,
        forms: { zh: entry.forms.zh, misspelled: entry.forms.misspelled ?? [], exclude: entry.forms.exclude ?? [], en: entry.forms.en },
        definition: entry.definition,
        note: entry.note,
        related: entry.related ?? [],
      });
    });
  }

  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  for (const entry of entries) {
    for (const related of entry.related) {
      if (related === entry.id) issues.push({ file: fileOf.get(entry.id)!, entry: entry.id, message: 'lists itself as related' });
      else if (!byId.has(related)) {
        issues.push({ file: fileOf.get(entry.id)!, entry: entry.id, message: `related entry "${related}" does not exist` });
      }
    }
  }
  if (issues.length > 0) throw new CorpusError(issues);
  entries.sort((a, b) => a.id.localeCompare(b.id));
  return { entries, byId };
}
