// Inline scripts the app writes into its own markup, allowed by hash on pages rendered on request.
// None: the reader's display boot script is a file (/display.js, app/display.js), allowed by 'self';
// Next's own inline scripts on prerendered pages are hashed from the build output (scripts/csp-hashes.ts).
export const INLINE_SCRIPTS: readonly string[] = [];
