import type { Lang } from '@/lib/corpus/model';
import { DATA_URL, NOTE_CLASS, type NotesData } from '@/lib/reader/contract';
import { noteRefOf } from '@/lib/reader/markup-read';
import { fetchJson } from '../fetch-json';

/**
 * Notes open as disclosures (`<details>`); their text is fetched once, when the first note is
 * opened, and replaces the link to the unit's page that stands in for it. Returns the handler of
 * the document's `toggle` events (first-use.ts attaches it).
 */
export function noteHandler(
  locale: Lang,
  load = () => fetchJson<NotesData>(DATA_URL.notes(locale)),
): (event: Event) => void {
  let data: Promise<NotesData> | undefined;

  async function fill(details: HTMLDetailsElement) {
    const link = details.querySelector('p > a');
    const ref = link && noteRefOf(link);
    if (!ref) return;
    try {
      data ??= load();
      const text = (await data)[ref.unitId]?.[ref.index];
      if (text) link!.parentElement!.textContent = text;
    } catch {
      data = undefined; // The link still leads to the note.
    }
  }

  return (event) => {
    const details = event.target as HTMLElement;
    if (details.localName === 'details' && (details as HTMLDetailsElement).open && details.classList.contains(NOTE_CLASS)) void fill(details as HTMLDetailsElement);
  };
}
