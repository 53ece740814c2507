// Anki's text import (File › Import): a UTF-8 file whose first lines are header directives
// (`#separator:tab`, `#columns:…`), then one note a line, its fields tab-separated and quoted. The
// glossary deck (lib/practice/anki.ts) and the saved-word deck (lib/words/saved-export.ts) share this.

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A field as Anki's importer reads it: quoted, with quotes doubled; no tab or line break inside. */
function ankiField(text: string): string {
  return `"${text.replace(/[\t\r\n]+/g, ' ').replace(/"/g, '""')}"`;
}

/**
 * A deck of Basic notes with HTML fields, the columns named (Front and Back map to the note type's
 * fields by name), a GUID column so that a re-import updates its notes instead of duplicating them,
 * and a tags column.
 */
export function ankiText(
  deck: string,
  columns: readonly string[],
  guidColumn: string,
  tagsColumn: string,
  notes: string[][],
): string {
  const lines = [
    '#separator:tab',
    '#html:true',
    '#notetype:Basic',
    `#deck:${deck.replace(/[\r\n]+/g, ' ')}`,
    `#columns:${columns.join('\t')}`,
    `#guid column:${columns.indexOf(guidColumn) + 1}`,
    `#tags column:${columns.indexOf(tagsColumn) + 1}`,
    ...notes.map((fields) => fields.map(ankiField).join('\t')),
  ];
  return `${lines.join('\n')}\n`;
}
