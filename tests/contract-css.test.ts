// The stylesheets against the names the markup and the islands share: CSS cannot import the page
// contract (lib/reader/contract.ts) or the display state's root attributes (lib/display/config.ts),
// so it spells them out; a name renamed on one side, or dropped from the sheets, leaves the reader
// unstyled without breaking anything else. Each styled name must appear in a sheet as a selector.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DISPLAY_CONFIG } from '@/lib/display/config';
import { NEEDS_JS_CLASS, WITHOUT_JS_CLASS } from '@/lib/display/needs-js';
import { TERM_ACTIVE_CLASS, TOOLTIP_CLASS } from '@/components/terms/tooltip';
import { SPOKEN_CLASS } from '@/lib/listen/queue';
import { KIND_CLASS_PREFIX, SPEAKER_CLASS_PREFIX, STYLED_SELECTORS } from '@/lib/reader/contract';
import { loadProject } from '@/lib/project/load';

const SHEET_DIRS = ['app', 'components'];

function sheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sheets(file);
    return entry.name.endsWith('.css') ? [file] : [];
  });
}

/** The selectors of a sheet (every rule's prelude but at-rules'), without comments and declarations. */
function selectorsOf(css: string): string[] {
  const out: string[] = [];
  let prelude = '';
  for (const char of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (char === '{') {
      const text = prelude.trim();
      if (text && !text.startsWith('@')) out.push(text);
      prelude = '';
    } else if (char === '}' || char === ';') prelude = '';
    else prelude += char;
  }
  return out;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `name` (`.class`, `[attribute]`, or a class prefix `.kind-`) is selected, as a pattern. */
function pattern(name: string): RegExp {
  if (name.startsWith('[')) return new RegExp(`${escape(name.slice(0, -1))}(?=[\\]=~|^$*\\s])`);
  if (name.endsWith('-')) return new RegExp(`${escape(name)}(?=[a-z])`);
  return new RegExp(`${escape(name)}(?![\\w-])`);
}

const files = SHEET_DIRS.flatMap(sheets);
const selectors = files.flatMap((file) => selectorsOf(readFileSync(file, 'utf8'))).join('\n');

describe('the stylesheets', () => {
  it('are found', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(selectors).toContain(':root');
  });

  it.each([
    ...STYLED_SELECTORS,
    `.${TOOLTIP_CLASS}`,
    `.${TERM_ACTIVE_CLASS}`,
    `.${SPOKEN_CLASS}`,
    `.${NEEDS_JS_CLASS}`,
    `.${WITHOUT_JS_CLASS}`,
  ])('select %s', (name) => {
    expect(selectors, `no sheet selects ${name}`).toMatch(pattern(name));
  });

  it.each(Object.values(DISPLAY_CONFIG.attrs))('select the root attribute %s', (attr) => {
    expect(selectors, `no sheet selects [${attr}]`).toMatch(pattern(`[${attr}]`));
  });

  it('select only the values the display state has', () => {
    for (const [key, values] of Object.entries(DISPLAY_CONFIG.values)) {
      const attr = DISPLAY_CONFIG.attrs[key as keyof typeof DISPLAY_CONFIG.attrs];
      const used = [...selectors.matchAll(new RegExp(`\\[${attr}=['"]([^'"]*)['"]\\]`, 'g'))].map((m) => m[1]);
      expect(used.length, attr).toBeGreaterThan(0);
      for (const value of used) expect(values as readonly string[], `${attr}='${value}'`).toContain(value);
    }
  });

  it('style only kinds and speakers the text has', () => {
    const { units } = loadProject().corpus;
    for (const [prefix, known] of [
      [KIND_CLASS_PREFIX, new Set(units.map((unit) => unit.kind))],
      [SPEAKER_CLASS_PREFIX, new Set(units.map((unit) => unit.speaker))],
    ] as const) {
      const used = [...selectors.matchAll(new RegExp(`\\.${escape(prefix)}([\\w-]+)`, 'g'))].map((m) => m[1]);
      expect(used.length, prefix).toBeGreaterThan(0);
      for (const value of used) expect([...known], `.${prefix}${value}`).toContain(value);
    }
  });
});
