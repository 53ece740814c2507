/**
 * The one "needs JavaScript" mechanism: an element that works only with JavaScript has
 * NEEDS_JS_CLASS and is shown only once the boot script has set `data-js` on the root
 * (DISPLAY_CONFIG.attrs.js; the rule is in app/globals.css); what stands in for it without
 * JavaScript (a note, a plain column header) has WITHOUT_JS_CLASS and is hidden then. The boot
 * script runs in the head, before the body is painted, so neither flashes.
 */
export const NEEDS_JS_CLASS = 'needs-js';
export const WITHOUT_JS_CLASS = 'without-js';
