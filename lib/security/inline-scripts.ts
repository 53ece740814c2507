// Inline scripts the app writes into its own markup. Each is allowed by its hash on every page,
// static or rendered on request, so none of them needs 'unsafe-inline' or a nonce.
import { DISPLAY_BOOT_SCRIPT } from '../display/boot';

export const INLINE_SCRIPTS: readonly string[] = [DISPLAY_BOOT_SCRIPT];
