/** A paragraph of the article body as it stands in the source file. */
export interface SourceParagraph {
  text: string;
  /** The forum rendered list items with a bullet; the bullet is markup, not text. */
  listItem: boolean;
  /** 1-based line number in the source file. */
  line: number;
}

const LIST_MARKER = '  • ';

/**
 * The article body: every non-blank line from the one starting with `startsWith` to the one
 * ending with `endsWith`. Blank lines in the repost are layout (some stood for lost images).
 */
export function extractBody(sourceText: string, startsWith: string, endsWith: string): SourceParagraph[] | string {
  const lines = sourceText.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((line) => line.startsWith(startsWith));
  if (start < 0) return `no line starts with the body's first words "${startsWith}"`;
  const end = lines.findIndex((line, i) => i >= start && line.endsWith(endsWith));
  if (end < 0) return `no line after the body's start ends with "${endsWith}"`;
  const paragraphs: SourceParagraph[] = [];
  for (let i = start; i <= end; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const listItem = line.startsWith(LIST_MARKER);
    paragraphs.push({ text: listItem ? line.slice(LIST_MARKER.length) : line, listItem, line: i + 1 });
  }
  return paragraphs;
}

/** The body as text again, one paragraph a line, list items with their marker. */
export function bodyText(paragraphs: { text: string; listItem: boolean }[]): string {
  return paragraphs.map((p) => (p.listItem ? LIST_MARKER : '') + p.text).join('\n');
}

/** First index at which two strings differ, or -1 when they are equal. */
export function firstDifference(a: string, b: string): number {
  if (a === b) return -1;
  const chars = [...a];
  const other = [...b];
  for (let i = 0; i < Math.max(chars.length, other.length); i++) {
    if (chars[i] !== other[i]) return i;
  }
  return -1;
}
