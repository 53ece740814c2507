// @vitest-environment happy-dom
//
// The display state as the browser runs it: the boot script (served as /display.js, run before
// first paint) reads the URL and the browser's memory, writes the root attributes and publishes the
// store the islands use; a change through the store is what a reload or a shared link brings back.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DisplayStore } from '@/lib/display/boot';
import { DISPLAY_BOOT_SCRIPT } from '@/lib/display/boot-script';
import { DISPLAY_CONFIG } from '@/lib/display/config';
import { DEFAULT_STATE, DISPLAY_STORE_GLOBAL } from '@/lib/display/state';

const root = () => document.documentElement;
const dataAttributes = () =>
  Array.from(root().attributes, (a) => a.name)
    .filter((n) => n.startsWith('data-'))
    .sort();

function boot(url: string, stored: string | null): DisplayStore {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  if (stored === null) localStorage.removeItem(DISPLAY_CONFIG.storageKey);
  else localStorage.setItem(DISPLAY_CONFIG.storageKey, stored);
  new Function(DISPLAY_BOOT_SCRIPT)();
  return (window as unknown as Record<string, DisplayStore>)[DISPLAY_STORE_GLOBAL];
}

afterEach(() => {
  for (const name of Object.values(DISPLAY_CONFIG.attrs)) root().removeAttribute(name as string);
  localStorage.clear();
});

describe('display boot script', () => {
  it('takes the URL first, then what the browser remembered, and publishes that state', () => {
    const store = boot(
      'http://localhost/en?layout=study&pinyin=1&words=1',
      JSON.stringify({ layout: 'en', theme: 'dark', size: 'l', speaker: 'olah' }),
    );
    expect(root().getAttribute('data-layout')).toBe('study');
    expect(root().getAttribute('data-theme')).toBe('dark');
    expect(root().getAttribute('data-speaker')).toBe('olah');
    expect(root().hasAttribute('data-pinyin')).toBe(true);
    expect(root().hasAttribute('data-words')).toBe(true);
    expect(store.get()).toEqual({
      layout: 'study',
      theme: 'dark',
      size: 'l',
      pinyin: true,
      speaker: 'olah',
      words: true,
    });
  });

  it('ignores unknown values and unreadable memory: the defaults, with no attributes but data-js', () => {
    const store = boot('http://localhost/zh?layout=sideways&speaker=nobody', '{not json');
    expect(dataAttributes()).toEqual(['data-js']);
    expect(store.get()).toEqual(DEFAULT_STATE);
  });

  it('a shared link can show everyone, no pinyin and plain reading over what the browser remembered', () => {
    expect(
      boot(
        'http://localhost/en?speaker=all&pinyin=0&words=0',
        JSON.stringify({ pinyin: true, speaker: 'askell', words: true }),
      ).get(),
    ).toEqual(DEFAULT_STATE);
  });

  it('word mode is remembered and travels in the address', () => {
    expect(boot('http://localhost/en', JSON.stringify({ words: true })).get().words).toBe(true);
    const store = boot('http://localhost/en#scaling-05', null);
    store.set({ words: true });
    expect(root().hasAttribute('data-words')).toBe(true);
    expect(window.location.href).toBe('http://localhost/en?words=1#scaling-05');
    store.set({ words: false });
    expect(root().hasAttribute('data-words')).toBe(false);
    expect(window.location.href).toBe('http://localhost/en#scaling-05');
  });

  it('a change writes the root, the URL and the memory, tells subscribers, and survives a reload', () => {
    const store = boot('http://localhost/en?q=1#scaling-08', null);
    const heard = vi.fn();
    const unsubscribe = store.subscribe(heard);
    const next = store.set({ layout: 'interleaved', theme: 'light', speaker: 'amodei' });
    expect(next).toEqual({ ...DEFAULT_STATE, layout: 'interleaved', theme: 'light', speaker: 'amodei' });
    expect(heard).toHaveBeenCalledWith(next);
    expect(root().getAttribute('data-layout')).toBe('interleaved');
    // Layout, pinyin and speaker travel in the address; the theme stays in the browser.
    expect(window.location.href).toBe('http://localhost/en?q=1&layout=interleaved&speaker=amodei#scaling-08');
    unsubscribe();
    store.set({ layout: 'zh-en', speaker: null });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(root().hasAttribute('data-layout')).toBe(false);
    expect(window.location.search).toBe('?q=1');
    // A reload of the address it left, with what it remembered, shows the same view.
    const stored = localStorage.getItem(DISPLAY_CONFIG.storageKey);
    expect(boot(window.location.href, stored).get()).toEqual({ ...DEFAULT_STATE, theme: 'light' });
  });
});
