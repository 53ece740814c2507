// Runs first after `next build`: writes each reader page's rows into the empty slot the build left
// in its prerendered HTML (lib/reader/rows-slot.ts), before the CSP hashes and the compressed copies
// are made from those files.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTranslator } from 'next-intl';
import type { Lang } from '../lib/corpus/model';
import { articleRowsHtml, rowLabels } from '../lib/reader/article-rows';
import { fillRowsSlot } from '../lib/reader/rows-slot';
import { routing } from '../i18n/routing';
import { loadProject } from '../lib/project/load';

const corpus = loadProject().corpus;
const { marked } = loadProject().index;
for (const locale of routing.locales as readonly Lang[]) {
  const messages = JSON.parse(readFileSync(path.join('messages', `${locale}.json`), 'utf8'));
  const t = createTranslator({ locale, messages });
  const rows = articleRowsHtml(
    corpus,
    marked,
    locale,
    rowLabels((key) => t(key as never)),
  );
  const file = path.join('.next', 'server', 'app', `${locale}.html`);
  const page = readFileSync(file, 'utf8');
  writeFileSync(file, fillRowsSlot(page, locale, rows, file));
  console.log(`fill-rows: ${file}: ${rows.length} characters of rows written into the slot`);
}
