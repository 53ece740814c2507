const EDGE_MARGIN_PX = 8;
const GAP_PX = 6;

/**
 * Places a fixed popup (the term tooltip, the word card) under the first line box of `anchor`,
 * centred on it and kept inside the window, or above it when there is no room below.
 */
export function placeNear(box: HTMLElement, anchor: Element, win: Window) {
  // The first line box: a term or word broken across lines has several.
  const rect = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
  box.style.left = '0px';
  box.style.top = '0px';
  const size = box.getBoundingClientRect();
  const maxLeft = win.innerWidth - size.width - EDGE_MARGIN_PX;
  const left = Math.max(EDGE_MARGIN_PX, Math.min(rect.left + rect.width / 2 - size.width / 2, maxLeft));
  let top = rect.bottom + GAP_PX;
  const above = rect.top - GAP_PX - size.height;
  if (top + size.height > win.innerHeight - EDGE_MARGIN_PX && above >= EDGE_MARGIN_PX) top = above;
  box.style.left = `${Math.round(left)}px`;
  box.style.top = `${Math.round(top)}px`;
}
