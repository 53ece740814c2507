import { applyDisplayState, writeDisplayState } from './boot';
import { DISPLAY_CONFIG } from './state';

// Kept apart from boot.ts, which the client store imports: the browser needs its functions, not
// the script text built from them.

/**
 * The script the document head loads first (served at DISPLAY_BOOT_URL): it applies the remembered
 * view before the first paint, so the page never flashes the wrong layout or theme. Storage may be
 * unavailable (private modes).
 */
export const DISPLAY_BOOT_SCRIPT =
  `(function(){var s=null;try{s=localStorage.getItem(${JSON.stringify(DISPLAY_CONFIG.storageKey)})}catch(e){}` +
  `(${applyDisplayState.toString()})(${JSON.stringify(DISPLAY_CONFIG)},` +
  `{search:location.search,stored:s,root:document.documentElement},${writeDisplayState.toString()})})()`;

/** FNV-1a of the script: a new script gets a new URL, so a cached old one is never used. */
function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** Where the boot script is served (app/display.js), versioned by its content. */
export const DISPLAY_BOOT_URL = `/display.js?v=${contentHash(DISPLAY_BOOT_SCRIPT)}`;
