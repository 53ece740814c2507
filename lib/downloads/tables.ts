import { stringify } from 'csv-stringify/sync';
import type { Corpus, Lang } from '../corpus/model';
import type { Glossary } from '../terms/glossary';
import { termForms } from '../terms/forms';

export const ARTICLE_COLUMNS = [
  'id',
  'position',
  'section',
  'speaker',
  'kind',
  'zh',
  'en',
  'revision',
  'revision_date',
  'notes_en',
  'notes_zh',
] as const;
export const GLOSSARY_COLUMNS = [
  'id',
  'category',
  'zh',
  'pinyin',
  'en',
  'part_of_speech',
  'zh_variants',
  'zh_nonstandard',
  'zh_misprints',
  'en_variants',
  'definition_zh',
  'definition_en',
  'note_zh',
  'note_en',
] as const;

/** Several values in one cell, as a spreadsheet shows them. */
const LIST_SEPARATOR = ' | ';

function articleRows(corpus: Corpus): string[][] {
  return corpus.units.map((u) => [
    u.id,
    String(u.position),
    u.sectionId,
    u.speaker,
    u.kind,
    u.zh,
    u.en,
    String(u.revision.number),
    u.revision.date,
    u.notes.map((n) => `${n.type}: ${n.en}`).join(LIST_SEPARATOR),
    u.notes.map((n) => `${n.type}: ${n.zh}`).join(LIST_SEPARATOR),
  ]);
}

/**
 * The aligned article as CSV (RFC 4180, with a byte-order mark and CRLF line ends so Excel opens
 * the Chinese as UTF-8) or TSV (tabs and line breaks inside a cell quoted the same way).
 */
export function toArticleTable(corpus: Corpus, delimiter: ',' | '\t'): string {
  return stringify([[...ARTICLE_COLUMNS], ...articleRows(corpus)], {
    delimiter,
    record_delimiter: 'windows',
    bom: delimiter === ',',
  });
}

/** The glossary as CSV: one row per entry, forms by status. */
export function toGlossaryCSV(glossary: Glossary): string {
  const rows = glossary.entries.map((e) => {
    const forms = termForms(e);
    const list = (lang: Lang, status: string) =>
      forms
        .filter((f) => f.lang === lang && f.status === status)
        .map((f) => f.term)
        .join(LIST_SEPARATOR);
    return [
      e.id,
      e.category,
      e.zh,
      e.pinyin,
      e.en,
      e.partOfSpeech,
      list('zh', 'variant'),
      list('zh', 'nonstandard'),
      list('zh', 'misprint'),
      list('en', 'variant'),
      e.definition.zh,
      e.definition.en,
      e.note?.zh ?? '',
      e.note?.en ?? '',
    ];
  });
  return stringify([[...GLOSSARY_COLUMNS], ...rows], { record_delimiter: 'windows', bom: true });
}

export { LIST_SEPARATOR };
