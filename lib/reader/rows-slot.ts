/**
 * The reader's rows are filled into the prerendered page after `next build`, not rendered by React.
 *
 * A server component's `dangerouslySetInnerHTML` keeps React's hands off the rows on the client, but
 * the string still travels twice: once as markup and once, escaped, in the page's RSC payload
 * (~200 kB raw per locale, most of the page). So a production build renders an empty slot, the
 * element React owns, and `scripts/fill-rows.ts` writes the rows into it in the prerendered HTML.
 * React hydrates the slot as an element whose inner HTML it set itself (`__html: ''`), which it never
 * compares or re-renders, so the filled rows stay exactly as the server sent them. Everywhere else
 * (`next dev`, a plain `next build`, a render on request) the rows are inlined as before: the page
 * is right either way, only heavier.
 */
import { PARALLEL_CLASS } from './contract';
import type { Locale } from '../locale';

/** Set by `npm run build`, whose postbuild step fills the slots. */
const ROWS_AFTER_BUILD_ENV = 'READER_ROWS_AFTER_BUILD';
/** The attribute naming the slot's locale (the slot is the parallel text's one element). */
export const ROWS_SLOT_ATTR = 'data-rows';

/** Whether this render leaves the rows to the postbuild step. */
export function rowsFilledAfterBuild(env: Record<string, string | undefined> = process.env): boolean {
  return env[ROWS_AFTER_BUILD_ENV] === '1';
}

/** The empty slot exactly as React renders it. */
export function rowsSlot(locale: Locale): string {
  return `<div class="${PARALLEL_CLASS}" ${ROWS_SLOT_ATTR}="${locale}"></div>`;
}

/** Writes the rows into the page's one empty slot; a page without exactly one slot is an error. */
export function fillRowsSlot(page: string, locale: Locale, rows: string, file: string): string {
  const slot = rowsSlot(locale);
  const first = page.indexOf(slot);
  if (first < 0 || page.indexOf(slot, first + 1) >= 0) {
    throw new Error(`${file}: expected one empty rows slot ${slot}, found ${first < 0 ? 'none' : 'several'}`);
  }
  const open = slot.slice(0, slot.length - '</div>'.length);
  return page.slice(0, first) + open + rows + '</div>' + page.slice(first + slot.length);
}
