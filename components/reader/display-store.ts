import type { DisplayStore } from '@/lib/display/boot';
import { DISPLAY_STORE_GLOBAL, type DisplayState } from '@/lib/display/state';

/**
 * The reader's display state on the client: one source of truth shared by the reading controls,
 * the keyboard shortcuts and the pinyin layer. The boot script owns it (lib/display/boot.ts): it
 * set the root attributes before first paint and publishes this store, which writes them (the
 * stylesheets read them), the browser's memory and the URL; rows never re-render.
 */
const store = () => (window as unknown as Record<string, DisplayStore>)[DISPLAY_STORE_GLOBAL];

export const getDisplayState = (): DisplayState => store().get();
export const setDisplayState = (patch: Partial<DisplayState>): DisplayState => store().set(patch);
export const subscribeDisplay = (listener: (state: DisplayState) => void): (() => void) => store().subscribe(listener);
