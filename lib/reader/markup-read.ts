/**
 * Reading the page contract's markup back (./contract.ts names and builds it): the term, note, unit
 * and sentence an address points to, and a text's characters as published. Only the islands' parts
 * that load on first use need these, so they live apart from the names the first page carries.
 */

const TERM_PATH = /^\/(?:zh|en)\/glossary\/([a-z0-9-]+)$/;
/** The term ID of a term link, or undefined when the link is not a term. */
export function termIdOf(link: Element): string | undefined {
  const href = link.getAttribute('href');
  return href ? TERM_PATH.exec(href)?.[1] : undefined;
}

const NOTE_PATH = /^\/(?:zh|en)\/p\/([a-z0-9-]+)#note-(\d+)$/;
/** The unit and the index (in the unit's notes) a note link points to. */
export function noteRefOf(link: Element): { unitId: string; index: number } | undefined {
  const match = NOTE_PATH.exec(link.getAttribute('href') ?? '');
  return match ? { unitId: match[1], index: Number(match[2]) - 1 } : undefined;
}

/** Reads `#s2` (or `s2`) back into a group number; undefined for anything else. */
export function parseSentenceAnchor(fragment: string): number | undefined {
  const match = /^#?s([1-9]\d{0,3})$/.exec(fragment);
  return match ? Number(match[1]) : undefined;
}

/** A text's characters as published: the pinyin layer's ruby readings (`rt`) are not part of it. */
export function publishedText(element: Element): string {
  let out = '';
  const visit = (node: Node) => {
    if (node.nodeType === 3) out += (node as Text).data;
    else if (node.nodeType === 1 && (node as Element).localName !== 'rt') node.childNodes.forEach(visit);
  };
  visit(element);
  return out;
}

const CITE_PATH = /^\/(?:zh|en)\/p\/([a-z0-9-]+)#cite$/;
/** The unit a cite link cites, read from its address (the unit's page). */
export function unitIdOfCiteLink(link: Element): string | undefined {
  const href = link.getAttribute('href');
  return href ? CITE_PATH.exec(href)?.[1] : undefined;
}
