import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVICE_WORKER_PATH as SERVED_AT } from '@/lib/http/service-worker.mjs';
import { LANG_TAG, LOCALES } from '@/lib/locale';
import {
  DATA_URL,
  ICON_PATH,
  PAGE_PARAM,
  QUERY_PARAM,
  ROBOTS_PATH,
  SERVICE_WORKER_PATH,
  SITEMAP_PATH,
  UNIT_CITE_ID,
  absoluteUrl,
  ankiDeckPath,
  citeFilePath,
  displayScriptPath,
  downloadFilePath,
  downloadsPath,
  glossaryPath,
  manifestPath,
  noteId,
  notePath,
  offlinePath,
  pathInLocale,
  practiceCardsPath,
  practicePath,
  readerPath,
  readerSectionPath,
  readerUnitPath,
  searchPath,
  sectionFragment,
  sentencePath,
  termPath,
  textPath,
  unitCitePath,
  unitFragment,
  unitPath,
} from '@/lib/routes';
import {
  LOCALE_PATTERN,
  languageAlternates,
  noteOfPath,
  retiredUnitRedirect,
  splitLocalePath,
  termIdOfPath,
  unitIdOfCitePath,
} from '@/lib/route-match';

// The addresses are the site's public interface (bookmarks, citations, search engines): each
// builder is pinned to the exact string it has always produced.
describe('the pages of a UI locale', () => {
  it('builds each page and fragment address', () => {
    expect(readerPath('en')).toBe('/en');
    expect(readerUnitPath('zh', 'scaling-08')).toBe('/zh#scaling-08');
    expect(readerSectionPath('en', 'scaling')).toBe('/en#section-scaling');
    expect(glossaryPath('zh')).toBe('/zh/glossary');
    expect(glossaryPath('en', 'concept')).toBe('/en/glossary?category=concept');
    expect(termPath('en', 'scaling-law')).toBe('/en/glossary/scaling-law');
    expect(ankiDeckPath('zh')).toBe('/zh/glossary/anki.txt');
    expect(unitPath('en', 'scaling-08')).toBe('/en/p/scaling-08');
    expect(unitCitePath('zh', 'scaling-08')).toBe('/zh/p/scaling-08#cite');
    expect(notePath('en', 'scaling-08', 0)).toBe('/en/p/scaling-08#note-1');
    expect(sentencePath('en', 'scaling-05', 2)).toBe('/en/p/scaling-05#s2');
    expect(practicePath('en')).toBe('/en/practice');
    expect(practiceCardsPath('zh')).toBe('/zh/practice/cards.json');
    expect(downloadsPath('en')).toBe('/en/downloads');
    expect(textPath('zh')).toBe('/zh/text');
    expect(offlinePath('en')).toBe('/en/offline');
    expect(manifestPath('zh')).toBe('/zh/manifest.webmanifest');
    expect(unitFragment('scaling-08')).toBe('#scaling-08');
    expect(sectionFragment('scaling')).toBe('#section-scaling');
    expect(noteId(2)).toBe('note-3');
    expect(UNIT_CITE_ID).toBe('cite');
  });

  it('builds the search page with its query and results page, percent-encoded', () => {
    expect(searchPath('en')).toBe('/en/search');
    expect(searchPath('zh', '缩放')).toBe('/zh/search?q=%E7%BC%A9%E6%94%BE');
    expect(searchPath('en', 'scaling law', 1)).toBe('/en/search?q=scaling+law');
    expect(searchPath('en', 'scaling', 3)).toBe('/en/search?q=scaling&page=3');
    expect(new URL(searchPath('en', 'a&b', 2), 'https://r.example').searchParams.get(QUERY_PARAM)).toBe('a&b');
    expect(new URL(searchPath('en', 'a', 2), 'https://r.example').searchParams.get(PAGE_PARAM)).toBe('2');
  });

  it('moves a page to another locale, and lists a page in every locale by language tag', () => {
    expect(pathInLocale('/zh/p/scaling-08', 'en')).toBe('/en/p/scaling-08');
    expect(pathInLocale('/en', 'zh')).toBe('/zh');
    expect(languageAlternates(LANG_TAG, (locale) => unitPath(locale, 'a-01'))).toEqual({
      'zh-Hans': '/zh/p/a-01',
      en: '/en/p/a-01',
    });
    expect(Object.keys(languageAlternates(LANG_TAG, readerPath))).toEqual(['zh-Hans', 'en']);
  });

  it('keeps a retired unit ID as a redirect in every locale', () => {
    expect(retiredUnitRedirect('old-01', 'new-01')).toEqual({
      source: '/:locale(zh|en)/p/old-01',
      destination: '/:locale/p/new-01',
    });
  });
});

describe('the locale pattern', () => {
  it('is the locale list, and matches exactly the locales', () => {
    expect(LOCALE_PATTERN).toBe(LOCALES.join('|'));
    const whole = new RegExp(`^(?:${LOCALE_PATTERN})$`);
    for (const locale of LOCALES) expect(whole.test(locale)).toBe(true);
    for (const other of ['', 'fr', 'zh-Hans', 'EN', 'zhen', 'en/', 'p', 'data']) expect(whole.test(other)).toBe(false);
  });

  it('splits a localized path, and only a localized one', () => {
    for (const locale of LOCALES) {
      expect(splitLocalePath(readerPath(locale))).toEqual({ locale, rest: '' });
      expect(splitLocalePath(termPath(locale, 'x'))).toEqual({ locale, rest: '/glossary/x' });
    }
    for (const other of ['/', '/fr', '/fr/glossary', '/english', '/enx/p/a', '/data/terms/en.json', '/zhen']) {
      expect(splitLocalePath(other)).toBeNull();
    }
  });
});

describe('reading addresses back', () => {
  it('reads what the builders wrote, in every locale, and nothing else', () => {
    for (const locale of LOCALES) {
      expect(termIdOfPath(termPath(locale, 'scaling-law'))).toBe('scaling-law');
      expect(noteOfPath(notePath(locale, 'scaling-08', 1))).toEqual({ unitId: 'scaling-08', index: 1 });
      expect(unitIdOfCitePath(unitCitePath(locale, 'scaling-08'))).toBe('scaling-08');
    }
    expect(termIdOfPath('/fr/glossary/scaling-law')).toBeUndefined();
    expect(termIdOfPath(glossaryPath('en'))).toBeUndefined();
    expect(noteOfPath(unitCitePath('en', 'scaling-08'))).toBeUndefined();
    expect(unitIdOfCitePath(notePath('en', 'scaling-08', 0))).toBeUndefined();
    expect(unitIdOfCitePath('/fr/p/scaling-08#cite')).toBeUndefined();
  });
});

describe('files', () => {
  it('builds each data file, download, citation file and script address', () => {
    expect(DATA_URL.terms('en')).toBe('/data/terms/en.json');
    expect(DATA_URL.notes('zh')).toBe('/data/notes/zh.json');
    expect(DATA_URL.cite('en')).toBe('/data/cite/en.json');
    expect(DATA_URL.words('zh')).toBe('/data/words/zh.json');
    expect(DATA_URL.pinyin).toBe('/data/pinyin.json');
    expect(DATA_URL.sentences).toBe('/data/sentences.json');
    expect(downloadFilePath('parallel-text.v1.schema.json')).toBe('/downloads/parallel-text.v1.schema.json');
    expect(citeFilePath('scaling-08-en.bib')).toBe('/cite/scaling-08-en.bib');
    expect(displayScriptPath('abc')).toBe('/display.js?v=abc');
    expect([SERVICE_WORKER_PATH, ICON_PATH, ROBOTS_PATH, SITEMAP_PATH]).toEqual([
      '/sw.js',
      '/icon.svg',
      '/robots.txt',
      '/sitemap.xml',
    ]);
    expect(absoluteUrl('https://r.example', unitPath('en', 'a-01'))).toBe('https://r.example/en/p/a-01');
  });

  it('names the worker where the server serves it', () => {
    expect(SERVED_AT).toBe(SERVICE_WORKER_PATH);
  });
});

// The other half of the routes: the folders of app/. An address whose folder was renamed or
// removed would be a dead link everywhere it is built.
const APP = path.join(__dirname, '..', 'app');
const ENTRY_FILES = ['page.tsx', 'route.ts'];

/** The app/ file that answers a path (query and fragment dropped), if any. */
function appFileFor(address: string): string | undefined {
  const segments = address.split(/[?#]/)[0].split('/').filter(Boolean);
  const walk = (dir: string, rest: string[]): string | undefined => {
    if (rest.length === 0) return ENTRY_FILES.map((file) => path.join(dir, file)).find((file) => existsSync(file));
    const folders = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory());
    const exact = folders.find((entry) => entry.name === rest[0]);
    const dynamic = folders.filter((entry) => /^\[[^.\]]+\]$/.test(entry.name));
    for (const folder of [...(exact ? [exact] : []), ...dynamic]) {
      const found = walk(path.join(dir, folder.name), rest.slice(1));
      if (found) return found;
    }
    return undefined;
  };
  return walk(APP, segments);
}

describe('every address has its app/ route', () => {
  const addresses = LOCALES.flatMap((locale) => [
    readerPath(locale),
    readerUnitPath(locale, 'scaling-08'),
    glossaryPath(locale, 'concept'),
    termPath(locale, 'scaling-law'),
    ankiDeckPath(locale),
    unitPath(locale, 'scaling-08'),
    sentencePath(locale, 'scaling-08', 1),
    practicePath(locale),
    practiceCardsPath(locale),
    downloadsPath(locale),
    textPath(locale),
    offlinePath(locale),
    manifestPath(locale),
    searchPath(locale, 'x'),
    DATA_URL.terms(locale),
    DATA_URL.notes(locale),
    DATA_URL.cite(locale),
    DATA_URL.words(locale),
  ]);
  const files = [
    DATA_URL.pinyin,
    DATA_URL.sentences,
    downloadFilePath('x.tmx'),
    citeFilePath('x-en.bib'),
    displayScriptPath('v'),
  ];
  it.each([...addresses, ...files])('%s', (address) => {
    expect(appFileFor(address)).toBeDefined();
  });

  it('finds no route for an address the app does not have', () => {
    expect(appFileFor('/en/glossary/x/y')).toBeUndefined();
    expect(appFileFor('/en/nowhere/at/all')).toBeUndefined();
  });
});
