import { bootDisplay } from './boot';
import { DISPLAY_CONFIG } from './config';
import { displayScriptPath } from '../routes';

// Kept apart from boot.ts: the browser needs the script, not the text it is built from.

/**
 * The script the document head loads first (served at DISPLAY_BOOT_URL): it applies the remembered
 * view before the first paint and publishes the display store the islands use.
 */
export const DISPLAY_BOOT_SCRIPT = `(${bootDisplay.toString()})(${JSON.stringify(DISPLAY_CONFIG)},window);`;

/** FNV-1a of the script: a new script gets a new URL, so a cached old one is never used. */
function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** Where the boot script is served (app/display.js), versioned by its content. */
export const DISPLAY_BOOT_URL = displayScriptPath(contentHash(DISPLAY_BOOT_SCRIPT));
