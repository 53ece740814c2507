// @vitest-environment happy-dom
//
// The display state's round trip: the boot script (run as the browser runs it, before first paint)
// reads the URL and the browser's memory and writes the root attributes; the islands read their
// state back from those attributes and write changes through the same function.
import { afterEach, describe, expect, it } from 'vitest';
import { readDisplayState, writeDisplayState } from '@/lib/display/boot';
import { DISPLAY_BOOT_SCRIPT } from '@/lib/display/boot-script';
import { DEFAULT_STATE, DISPLAY_CONFIG } from '@/lib/display/state';

const root = () => document.documentElement;

function boot(url: string, stored: string | null) {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  if (stored === null) localStorage.removeItem(DISPLAY_CONFIG.storageKey);
  else localStorage.setItem(DISPLAY_CONFIG.storageKey, stored);
  new Function(DISPLAY_BOOT_SCRIPT)();
}

afterEach(() => {
  for (const name of Object.values(DISPLAY_CONFIG.attrs)) root().removeAttribute(name);
  localStorage.clear();
});

describe('display boot script', () => {
  it('takes the URL first, then what the browser remembered; the islands read the same state back', () => {
    boot('http://localhost/en?layout=study&pinyin=1', JSON.stringify({ layout: 'en', theme: 'dark', size: 'l', speaker: 'olah' }));
    expect(root().getAttribute('data-layout')).toBe('study');
    expect(root().getAttribute('data-theme')).toBe('dark');
    expect(root().hasAttribute('data-pinyin')).toBe(true);
    expect(root().hasAttribute('data-js')).toBe(true);
    expect(readDisplayState(DISPLAY_CONFIG, root())).toEqual({ layout: 'study', theme: 'dark', size: 'l', pinyin: true, speaker: 'olah' });
  });

  it('ignores unknown values and unreadable memory: the defaults, with no attributes but data-js', () => {
    boot('http://localhost/zh?layout=sideways&speaker=nobody', '{not json');
    const set = Array.from(root().attributes, (a) => a.name).filter((n) => n.startsWith('data-'));
    expect(set).toEqual(['data-js']);
    expect(readDisplayState(DISPLAY_CONFIG, root())).toEqual(DEFAULT_STATE);
  });

  it('a shared link can show everyone and no pinyin over what the browser remembered', () => {
    boot('http://localhost/en?speaker=all&pinyin=0', JSON.stringify({ pinyin: true, speaker: 'askell' }));
    expect(readDisplayState(DISPLAY_CONFIG, root())).toEqual(DEFAULT_STATE);
  });

  it('writing a state and reading it back gives the same state', () => {
    const state = { layout: 'interleaved', theme: 'light', size: 'xl', pinyin: false, speaker: 'amodei' } as const;
    writeDisplayState(DISPLAY_CONFIG, root(), state);
    expect(readDisplayState(DISPLAY_CONFIG, root())).toEqual(state);
    writeDisplayState(DISPLAY_CONFIG, root(), DEFAULT_STATE);
    expect(root().hasAttribute('data-layout')).toBe(false);
    expect(readDisplayState(DISPLAY_CONFIG, root())).toEqual(DEFAULT_STATE);
  });
});
