/**
 * Reading the page contract's markup back (./contract.ts names and builds it): the term, note, unit
 * and sentence an address points to, and a text's characters as published. Only the islands' parts
 * that load on first use need these, so they live apart from the names the first page carries.
 */

import { noteOfPath, termIdOfPath, unitIdOfCitePath } from '../route-match';

/** The term ID of a term link, or undefined when the link is not a term. */
export function termIdOf(link: Element): string | undefined {
  const href = link.getAttribute('href');
  return href ? termIdOfPath(href) : undefined;
}

/** The unit and the index (in the unit's notes) a note link points to. */
export function noteRefOf(link: Element): { unitId: string; index: number } | undefined {
  return noteOfPath(link.getAttribute('href') ?? '');
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

/** The unit a cite link cites, read from its address (the unit's page). */
export function unitIdOfCiteLink(link: Element): string | undefined {
  const href = link.getAttribute('href');
  return href ? unitIdOfCitePath(href) : undefined;
}
