import { describe, expect, it } from 'vitest';
import { practiceData } from '@/lib/practice/cards';
import { ankiDeck } from '@/lib/practice/anki';
import { loadProject } from '@/lib/project/load';

/** Reads the deck as Anki's importer does: header lines, then tab-separated fields with "" quoting. */
function readDeck(text: string) {
  const headers = new Map<string, string>();
  const rows: string[][] = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    const header = /^#([^:]+):(.*)$/.exec(line);
    if (header && rows.length === 0) {
      headers.set(header[1], header[2]);
      continue;
    }
    const fields: string[] = [];
    let at = 0;
    while (at <= line.length) {
      if (line[at] === '"') {
        let value = '';
        let i = at + 1;
        for (;;) {
          const quote = line.indexOf('"', i);
          if (quote < 0) throw new Error(`unterminated field in ${line.slice(0, 40)}`);
          value += line.slice(i, quote);
          if (line[quote + 1] === '"') {
            value += '"';
            i = quote + 2;
          } else {
            i = quote + 1;
            break;
          }
        }
        fields.push(value);
        if (i < line.length && line[i] !== '\t') throw new Error('text after a quoted field');
        at = i + 1;
      } else {
        const tab = line.indexOf('\t', at);
        fields.push(line.slice(at, tab < 0 ? line.length : tab));
        at = tab < 0 ? line.length + 1 : tab + 1;
      }
    }
    rows.push(fields);
  }
  return { headers, rows };
}

const stripTags = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('the Anki deck', () => {
  const { glossary, marked, occurrences } = loadProject().index;
  const data = practiceData(glossary, loadProject().corpus.sections, marked, occurrences, 'en');
  const text = ankiDeck(data, 'en', 'https://reader.example.org', {
    deck: 'Glossary',
    inArticle: 'In the article:',
    example: 'Example',
  });
  const { headers, rows } = readDeck(text);

  it('declares what Anki needs to import it', () => {
    expect(headers.get('separator')).toBe('tab');
    expect(headers.get('html')).toBe('true');
    expect(headers.get('notetype')).toBe('Basic');
    expect(headers.get('deck')).toBe('Glossary');
    expect(headers.get('columns')!.split('\t')).toEqual(['GUID', 'Front', 'Back', 'Tags']);
    expect(headers.get('guid column')).toBe('1');
    expect(headers.get('tags column')).toBe('4');
  });

  it('parses back to one note per glossary entry, with the term, pinyin, English, definition and an example', () => {
    expect(rows).toHaveLength(glossary.entries.length);
    for (const row of rows) expect(row, row[0]).toHaveLength(4);
    const byGuid = new Map(rows.map((row) => [row[0], row]));
    for (const entry of glossary.entries) {
      const row = byGuid.get(`parallel-reader-${entry.id}`);
      expect(row, entry.id).toBeDefined();
      const [, front, back, tags] = row!;
      expect(stripTags(front), entry.id).toContain(entry.zh);
      if (entry.pinyin) expect(stripTags(front), entry.id).toContain(entry.pinyin);
      expect(stripTags(back), entry.id).toContain(entry.en);
      expect(stripTags(back), entry.id).toContain(entry.definition.en);
      expect(tags.split(' ')).toContain(`category::${entry.category}`);
      const first = occurrences.get(entry.id)![0];
      expect(back, entry.id).toContain(`https://reader.example.org/en/p/${first}`);
    }
    const sup = byGuid.get('parallel-reader-superposition')!;
    expect(stripTags(sup[2])).toContain('超叠加');
    expect(sup[2]).toMatch(/<b>(超叠加|Superposition)<\/b>/i);
  });
});
