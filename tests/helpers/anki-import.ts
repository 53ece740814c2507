import { parse } from 'csv-parse/sync';

// A model of Anki's text importer (File › Import, a .txt with header directives), as Anki's own
// importer reads a file (rslib, import_export/text/csv): lines starting with `#` at the top are
// directives `#key:value` (key case-insensitive and trimmed; unknown keys ignored); the rest is
// CSV in the declared separator with "" quoting. Written for the tests: it fails where Anki would
// refuse the file or import it other than meant (a field left unmapped, a row of the wrong width,
// a GUID twice, a directive with a value Anki ignores).

const SEPARATORS: Record<string, string> = { comma: ',', semicolon: ';', tab: '\t', space: ' ', pipe: '|', colon: ':' };
const KNOWN = new Set([
  'separator',
  'html',
  'tags',
  'columns',
  'notetype',
  'deck',
  'notetype column',
  'deck column',
  'tags column',
  'guid column',
]);
/** The fields of Anki's stock note types that a deck may name. */
const NOTETYPE_FIELDS: Record<string, string[]> = {
  Basic: ['Front', 'Back'],
  'Basic (and reversed card)': ['Front', 'Back'],
};

interface AnkiNote {
  guid: string;
  fields: Record<string, string>;
  tags: string[];
}

export interface AnkiImport {
  directives: Map<string, string>;
  separator: string;
  html: boolean;
  notetype: string;
  deck: string;
  columns: string[];
  notes: AnkiNote[];
}

export function importAnkiText(text: string): AnkiImport {
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const lines = text.split('\n');
  const directives = new Map<string, string>();
  let at = 0;
  for (; at < lines.length && lines[at].startsWith('#'); at++) {
    const line = lines[at].replace(/\r$/, '').slice(1);
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`header line without a colon: #${line}`);
    const key = line.slice(0, colon).trim().toLowerCase();
    if (!KNOWN.has(key)) throw new Error(`Anki ignores the header "${key}"`);
    if (directives.has(key)) throw new Error(`header "${key}" given twice`);
    directives.set(key, line.slice(colon + 1));
  }
  const separator = SEPARATORS[directives.get('separator')?.trim().toLowerCase() ?? ''];
  if (!separator) throw new Error(`no separator Anki knows: ${directives.get('separator')}`);
  const html = directives.get('html')?.toLowerCase();
  if (html !== 'true' && html !== 'false') throw new Error(`#html must be true or false, not ${html}`);
  const notetype = directives.get('notetype') ?? '';
  const noteFields = NOTETYPE_FIELDS[notetype];
  if (!noteFields) throw new Error(`unknown note type "${notetype}"`);
  const deck = directives.get('deck') ?? '';
  if (!deck.trim()) throw new Error('no deck named');

  const [columns] = parse(directives.get('columns') ?? '', { delimiter: separator, quote: '"' }) as string[][];
  const column = (key: string) => {
    const value = directives.get(key);
    if (value === undefined) return 0;
    const n = Number(value.trim());
    if (!Number.isInteger(n) || n < 1 || n > columns.length) throw new Error(`#${key}:${value} names no column`);
    return n;
  };
  const guidColumn = column('guid column');
  const tagsColumn = column('tags column');
  const meta = new Set([guidColumn, tagsColumn]);
  // Fields map to the note type's fields by column name, meta columns aside; every field must be mapped.
  const fieldColumn = new Map(
    noteFields.map((name) => [name, columns.findIndex((c, i) => c === name && !meta.has(i + 1)) + 1]),
  );
  for (const [name, n] of fieldColumn) if (n === 0) throw new Error(`no column for the field ${name}`);

  const body = lines.slice(at).join('\n');
  const records = parse(body, {
    delimiter: separator,
    quote: '"',
    escape: '"',
    relax_column_count: false,
    skip_empty_lines: true,
  }) as string[][];
  const guids = new Set<string>();
  const notes = records.map((record, i): AnkiNote => {
    if (record.length !== columns.length)
      throw new Error(`note ${i + 1} has ${record.length} fields, not ${columns.length}`);
    const guid = guidColumn ? record[guidColumn - 1] : '';
    if (guidColumn) {
      if (!guid) throw new Error(`note ${i + 1} has no GUID`);
      if (guids.has(guid)) throw new Error(`GUID ${guid} appears twice`);
      guids.add(guid);
    }
    const fields = Object.fromEntries([...fieldColumn].map(([name, n]) => [name, record[n - 1]]));
    if (!fields[noteFields[0]].trim()) throw new Error(`note ${i + 1} has an empty first field, which Anki refuses`);
    return { guid, fields, tags: tagsColumn ? record[tagsColumn - 1].split(/\s+/).filter(Boolean) : [] };
  });
  return { directives, separator, html: html === 'true', notetype, deck, columns, notes };
}

/** A field's text as Anki shows it without formatting: tags dropped, entities read. */
export function ankiFieldText(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
