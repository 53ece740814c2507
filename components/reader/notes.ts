import { NOTE_CLASS, type NotesData } from '@/lib/reader/contract';
import { noteRefOf } from '@/lib/reader/markup-read';
import { DATA_URL } from '@/lib/routes';
import type { Locale } from '@/lib/locale';
import { fetchJson } from '../fetch-json';

/**
 * Notes open as disclosures (`<details>`); their text is fetched once (warmed when the page is
 * idle) and replaces the link to the unit's page that stands in for it. Returns the handler of the
 * document's `toggle` events (the reader's part of the behaviour module attaches it).
 */
export function noteHandler(
  locale: Locale,
  load = () => fetchJson<NotesData>(DATA_URL.notes(locale)),
): (event: Event) => void {
  async function fill(details: HTMLDetailsElement) {
    const link = details.querySelector('p > a');
    const ref = link && noteRefOf(link);
    if (!ref) return;
    try {
      const text = (await load())[ref.unitId]?.[ref.index];
      if (text) link!.parentElement!.textContent = text;
    } catch {
      // Offline: the link still leads to the note, and the next opening tries again.
    }
  }

  return (event) => {
    const details = event.target as HTMLElement;
    if (
      details.localName === 'details' &&
      (details as HTMLDetailsElement).open &&
      details.classList.contains(NOTE_CLASS)
    )
      void fill(details as HTMLDetailsElement);
  };
}
