import { TOC_ID } from '@/lib/reader/contract';
import { SECTION_ID_PREFIX } from '@/lib/routes';

/**
 * Marks, in the table of contents, the section being read (`aria-current="location"`): the last
 * section whose top has passed the upper part of the window.
 */
export function attachTocTracker(doc: Document): () => void {
  const toc = doc.getElementById(TOC_ID);
  const sections = Array.from(doc.querySelectorAll<HTMLElement>(`section[id^="${SECTION_ID_PREFIX}"]`));
  if (!toc || sections.length === 0 || typeof IntersectionObserver === 'undefined') return () => {};
  const links = new Map(
    Array.from(toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')).map((a) => [a.hash.slice(1), a]),
  );

  function mark() {
    const band = window.innerHeight * 0.3;
    let current = sections[0];
    for (const section of sections) {
      if (section.checkVisibility?.() === false) continue;
      if (section.getBoundingClientRect().top <= band) current = section;
    }
    for (const [id, link] of links) {
      if (id === current.id) link.setAttribute('aria-current', 'location');
      else link.removeAttribute('aria-current');
    }
  }

  // Fires whenever a section enters or leaves the upper 30 % of the window.
  const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -70% 0px' });
  for (const section of sections) observer.observe(section);
  mark();
  return () => observer.disconnect();
}
