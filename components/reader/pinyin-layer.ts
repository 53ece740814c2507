import { CELL_CLASS, DATA_URL, HAN, rowSelector, TEXT_CLASS, type PinyinData } from '@/lib/reader/contract';
import { fetchJson } from '../fetch-json';

const ANNOTATED_ATTR = 'data-pinyin-done';

/**
 * Sets each Han character of the Chinese text over its reading, as ruby: `<ruby>字<rt>zì</rt></ruby>`,
 * one ruby element per character, so the stylesheet can give every character a cell of its own with
 * its reading centred above it (rows.css). Readings come from the build (context-sensitive); links
 * and other markup inside the text are kept. Hiding the layer is a stylesheet matter, so this runs
 * once per page. Returns the number of units annotated.
 */
export function annotatePinyin(doc: Document, data: PinyinData): number {
  let count = 0;
  for (const row of doc.querySelectorAll<HTMLElement>(rowSelector)) {
    const text = row.querySelector<HTMLElement>(`.${CELL_CLASS.zh} > .${TEXT_CLASS}`);
    const readings = data[row.id]?.split(' ').filter(Boolean);
    if (!text || !readings || text.hasAttribute(ANNOTATED_ATTR)) continue;
    const walker = doc.createTreeWalker(text, 4 /* NodeFilter.SHOW_TEXT */);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const hanCount = nodes.reduce((n, node) => n + Array.from(node.data).filter((c) => HAN.test(c)).length, 0);
    // Readings that do not fit the text (a stale build) are not shown rather than shown wrong.
    if (hanCount !== readings.length) continue;
    let next = 0;
    for (const node of nodes) {
      const fragment = doc.createDocumentFragment();
      let plain = '';
      for (const char of Array.from(node.data)) {
        if (HAN.test(char)) {
          if (plain) fragment.append(plain);
          plain = '';
          const ruby = doc.createElement('ruby');
          const rt = doc.createElement('rt');
          rt.textContent = readings[next++];
          ruby.append(char, rt);
          fragment.append(ruby);
        } else {
          plain += char;
        }
      }
      if (plain) fragment.append(plain);
      node.replaceWith(fragment);
    }
    text.setAttribute(ANNOTATED_ATTR, '');
    count++;
  }
  return count;
}

/** Fetches the readings (built for the whole article) and sets them over the text; rejects offline. */
export async function showPinyin(doc: Document): Promise<void> {
  annotatePinyin(doc, await fetchJson<PinyinData>(DATA_URL.pinyin));
}
