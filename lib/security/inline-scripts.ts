// Inline scripts the app writes into its own markup, allowed by hash on pages rendered on request.
// The reader's display boot script (lib/display/boot.ts) is not listed: it is only on the prerendered
// pages, whose hashes come from the build output (scripts/csp-hashes.ts), and its source, derived
// from a function's text, differs between the proxy's bundle and the pages' bundle.
export const INLINE_SCRIPTS: readonly string[] = [];
