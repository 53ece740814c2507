import type { Lang } from '@/lib/corpus/model';
import { DATA_URL, NOTE_CLASS, noteRefOf, type NotesData } from '@/lib/reader/contract';

/**
 * Notes open as disclosures (`<details>`); their text is fetched once, when the first note is
 * opened, and replaces the link to the unit's page that stands in for it.
 */
export function attachNotes(doc: Document, locale: Lang, load = () => fetch(DATA_URL.notes(locale)).then((r) => r.json() as Promise<NotesData>)) {
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

  // `toggle` does not bubble, so it is caught on the way down.
  function onToggle(event: Event) {
    const details = event.target as HTMLElement;
    if (details.localName === 'details' && (details as HTMLDetailsElement).open && details.classList.contains(NOTE_CLASS)) void fill(details as HTMLDetailsElement);
  }
  doc.addEventListener('toggle', onToggle, true);
  return () => doc.removeEventListener('toggle', onToggle, true);
}
