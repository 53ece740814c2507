import path from 'node:path';
import { parse as parseCSV } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020';
import { marked, type Token } from 'marked';
import { convert } from 'xmlbuilder2';
import { describe, expect, it } from 'vitest';
import { downloadFiles, renderDownload, renderSchema } from '@/lib/downloads/build';
import { parallelTextSchema } from '@/lib/downloads/json';
import { escapeMarkdown } from '@/lib/downloads/markdown';
import { ARTICLE_COLUMNS, GLOSSARY_COLUMNS, LIST_SEPARATOR } from '@/lib/downloads/tables';
import { ADMINISTRATIVE_STATUS, PART_OF_SPEECH } from '@/lib/downloads/tbx';
import { termForms } from '@/lib/terms/forms';
import { loadProject } from '@/lib/project/load';
import { requireTool, run, SYSTEM_PYTHON, tempFile } from './helpers/tools';

const SITE = 'http://localhost:3999';
const corpus = loadProject().corpus;
const { glossary } = loadProject().index;
const reader = path.join(__dirname, 'tools', 'read_translate.py');

interface ToolkitUnit {
  id: string;
  source: string;
  target: string;
  notes: string;
  definition: string;
  /** translate-toolkit's notes of origin "pos": every termNote's text, one a line. */
  pos: string;
  languages: { lang: string; terms: { term: string; status: string | null; partOfSpeech: string | null }[] }[];
}
function readWithTranslateToolkit(name: string, content: string): ToolkitUnit[] {
  requireTool(SYSTEM_PYTHON, ['-c', 'import translate']);
  const check = run(SYSTEM_PYTHON, ['-c', 'import translate.storage.tmx, translate.storage.tbx; print("ok")']).trim();
  if (check !== 'ok') throw new Error('translate-toolkit is not installed: run npm run setup');
  return JSON.parse(run(SYSTEM_PYTHON, [reader, tempFile(name, content)])).units;
}

const sentences = loadProject().sentences;
/** The TMX units in order: each alignment unit, then its sentence groups when it has two or more. */
const tmxIds = corpus.units.flatMap((u) => {
  const groups = sentences.get(u.id)!.groups;
  return [u.id, ...(groups.length > 1 ? groups.map((g) => `${u.id}#s${g.n}`) : [])];
});

describe('TMX 1.4b, read back by translate-toolkit', () => {
  it('has one unit per alignment unit, Chinese → English, verbatim, with its notes', () => {
    const all = readWithTranslateToolkit('article.tmx', renderDownload('tmx', SITE));
    expect(all.map((u) => u.id)).toEqual(tmxIds);
    const units = all.filter((u) => !u.id.includes('#'));
    corpus.units.forEach((unit, i) => {
      expect(units[i].source, unit.id).toBe(unit.zh);
      expect(units[i].target, unit.id).toBe(unit.en);
      expect(units[i].languages.map((l) => l.lang)).toEqual(['zh-Hans', 'en']);
      for (const note of unit.notes) expect(units[i].notes).toContain(note.en);
    });
  });

  it('has one sentence-level unit per sentence group of a unit with several, read back as aligned pairs', () => {
    const all = new Map(readWithTranslateToolkit('article.tmx', renderDownload('tmx', SITE)).map((u) => [u.id, u]));
    const withGroups = corpus.units.filter((u) => sentences.get(u.id)!.groups.length > 1);
    expect(withGroups.length).toBeGreaterThan(50);
    for (const unit of withGroups) {
      for (const group of sentences.get(unit.id)!.groups) {
        const tu = all.get(`${unit.id}#s${group.n}`)!;
        expect(tu.source).toBe(group.zh.text.trim());
        expect(tu.target).toBe(group.en.text.trim());
      }
    }
    // A unit of one group has no sentence-level unit; one Chinese sentence rendered as two English
    // ones is one pair, holding both (both taken from the corpus as it is).
    const single = corpus.units.find((u) => sentences.get(u.id)!.groups.length === 1)!;
    expect(all.get(single.id)).toBeDefined();
    expect(all.get(`${single.id}#s1`)).toBeUndefined();
    const [unit, split] = withGroups
      .flatMap((u) => sentences.get(u.id)!.groups.map((g) => [u.id, g] as const))
      .find(([, g]) => g.zh.sentences.length === 1 && g.en.sentences.length > 1)!;
    const pair = all.get(`${unit}#s${split.n}`)!;
    for (const n of split.en.sentences) expect(pair.target).toContain(sentences.get(unit)!.en[n - 1].trim());
  });

  it('carries unit ID, section, speaker and revision as properties', () => {
    const tmx = convert(renderDownload('tmx', SITE), { format: 'object' }) as unknown as {
      tmx: {
        header: { '@srclang': string };
        body: { tu: { '@tuid': string; prop: { '@type': string; '#': string }[] }[] };
      };
    };
    expect(tmx.tmx.header['@srclang']).toBe('zh-Hans');
    tmx.tmx.body.tu.forEach((tu, i) => {
      const [id, group] = tmxIds[i].split('#s');
      const unit = corpus.units.find((u) => u.id === id)!;
      const props = Object.fromEntries(tu.prop.map((p) => [p['@type'], p['#']]));
      expect(tu['@tuid']).toBe(tmxIds[i]);
      if (group) expect(props['x-sentence-group']).toBe(group);
      expect(props, unit.id).toMatchObject({
        'x-unit-id': unit.id,
        'x-section': unit.sectionId,
        'x-speaker': unit.speaker,
        'x-revision': String(unit.revision.number),
      });
    });
  });
});

describe('TBX-Basic, read back by translate-toolkit', () => {
  it('has every entry with both languages, every form with its status and part of speech, and the definitions (TBX 2 edition)', () => {
    const units = readWithTranslateToolkit('glossary.tbx', renderDownload('tbx2', SITE));
    expect(units.map((u) => u.id)).toEqual(glossary.entries.map((e) => e.id));
    glossary.entries.forEach((entry, i) => {
      const unit = units[i];
      expect(unit.source, entry.id).toBe(entry.zh);
      expect(unit.target, entry.id).toBe(entry.en);
      const forms = termForms(entry);
      const partOfSpeech = PART_OF_SPEECH[2008][entry.partOfSpeech];
      expect(unit.pos.split('\n'), entry.id).toContain(partOfSpeech);
      for (const lang of ['zh', 'en'] as const) {
        const tag = lang === 'zh' ? 'zh-Hans' : 'en';
        expect(unit.languages.find((l) => l.lang === tag)?.terms, `${entry.id} ${lang}`).toEqual(
          forms
            .filter((f) => f.lang === lang)
            .map((f) => ({ term: f.term, status: ADMINISTRATIVE_STATUS[f.status], partOfSpeech })),
        );
        expect(unit.definition).toContain(entry.definition[lang]);
        if (entry.note) expect(unit.notes).toContain(entry.note[lang]);
      }
    });
  });

  it('lists no match-only form as a term, and types expressions as phrases instead of a subject field', () => {
    const tbx2 = renderDownload('tbx2', SITE);
    const units = readWithTranslateToolkit('glossary.tbx', tbx2);
    const matchOnly = glossary.entries.flatMap((e) => [
      ...e.forms.enMatchOnly.map((term) => ({ id: e.id, lang: 'en', term })),
      ...e.zhForms.filter((f) => f.matchOnly).map((f) => ({ id: e.id, lang: 'zh-Hans', term: f.text })),
    ]);
    expect(
      matchOnly.map((f) => f.term),
      'the glossary marks match-only forms',
    ).toEqual(expect.arrayContaining(['refusing', 'optimizes', 'break things down', 'neuroscientists']));
    for (const { id, lang, term } of matchOnly) {
      const terms = units
        .find((u) => u.id === id)!
        .languages.find((l) => l.lang === lang)!
        .terms.map((t) => t.term.toLowerCase());
      expect(terms, `${id}: ${term}`).not.toContain(term.toLowerCase());
    }
    const expressions = glossary.entries.filter((e) => e.category === 'expressions');
    expect(expressions.length).toBeGreaterThan(0);
    for (const entry of expressions) {
      const unit = units.find((u) => u.id === entry.id)!;
      expect(unit.pos.split('\n'), entry.id).toContain('phrase');
      const block = tbx2.slice(
        tbx2.indexOf(`<termEntry id="${entry.id}">`),
        tbx2.indexOf('</termEntry>', tbx2.indexOf(`<termEntry id="${entry.id}">`)),
      );
      expect(block, entry.id).not.toContain('type="subjectField"');
    }
    expect(tbx2).toContain('<descrip type="subjectField">machine-learning</descrip>');
  });

  it('marks misprints as deprecated and the standard term as preferred', () => {
    const withMisprint = glossary.entries.find((e) => e.forms.misspelled.length > 0);
    expect(withMisprint, 'the glossary records at least one misprint').toBeDefined();
    const forms = termForms(withMisprint!);
    expect(forms[0]).toMatchObject({ term: withMisprint!.zh, status: 'standard' });
    expect(forms.find((f) => f.term === withMisprint!.forms.misspelled[0])?.status).toBe('misprint');
    // The article's own wording 超叠加 is listed as non-standard, with its own pinyin, after the standard 叠加.
    const superposition = termForms(glossary.byId.get('superposition')!);
    expect(superposition.slice(0, 2)).toEqual([
      { lang: 'zh', term: '叠加', status: 'standard', pinyin: 'diéjiā' },
      { lang: 'zh', term: '超叠加', status: 'nonstandard', pinyin: 'chāodiéjiā' },
    ]);
    expect(ADMINISTRATIVE_STATUS.nonstandard).toBe('deprecatedTerm-admn-sts');
  });

  it('the ISO 30042:2019 edition holds the same tree under the TBX 3 names, proper nouns as nouns', () => {
    const rename = (xml: string) =>
      xml
        .replace(/<\?xml-model [^?]*\?>\n/g, '')
        .replace(/<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca"/, '<martif type="TBX-Basic"')
        .replace(/<\/tbx>/, '</martif>')
        .replace(/tbxHeader>/g, 'martifHeader>')
        .replace(/conceptEntry/g, 'termEntry')
        .replace(/langSec/g, 'langSet')
        .replace(/termSec>/g, 'tig>');
    const v3 = rename(renderDownload('tbx', SITE));
    const v2 = renderDownload('tbx2', SITE).replace(
      /\s*<encodingDesc>\s*<p type="XCSURI">TBXBasicXCSV02.xcs<\/p>\s*<\/encodingDesc>/,
      '',
    );
    // TBX-Basic's TBX 3 picklist has no properNoun: the only other difference between the editions.
    const properNoun = '<termNote type="partOfSpeech">properNoun</termNote>';
    expect(v2.split(properNoun).length - 1).toBe(
      glossary.entries.filter((e) => e.partOfSpeech === 'properNoun').reduce((n, e) => n + termForms(e).length, 0),
    );
    expect(v3).not.toContain(properNoun);
    expect(v3).toBe(v2.replaceAll(properNoun, '<termNote type="partOfSpeech">noun</termNote>'));
  });
});

describe('CSV, TSV and JSON', () => {
  it('CSV and TSV parse back to the corpus, cell by cell', () => {
    for (const [kind, delimiter] of [
      ['csv', ','],
      ['tsv', '\t'],
    ] as const) {
      const rows = parseCSV(renderDownload(kind, SITE), { delimiter, bom: true, columns: true }) as Record<
        string,
        string
      >[];
      expect(rows).toHaveLength(corpus.units.length);
      corpus.units.forEach((unit, i) => {
        expect(Object.keys(rows[i])).toEqual([...ARTICLE_COLUMNS]);
        expect(rows[i], `${kind} ${unit.id}`).toMatchObject({
          id: unit.id,
          section: unit.sectionId,
          speaker: unit.speaker,
          zh: unit.zh,
          en: unit.en,
          revision: String(unit.revision.number),
          revision_date: unit.revision.date,
        });
      });
    }
  });

  it('the glossary CSV parses back to every entry with its forms', () => {
    const rows = parseCSV(renderDownload('glossary-csv', SITE), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => r.id)).toEqual(glossary.entries.map((e) => e.id));
    glossary.entries.forEach((entry, i) => {
      expect(Object.keys(rows[i])).toEqual([...GLOSSARY_COLUMNS]);
      expect(rows[i]).toMatchObject({
        zh: entry.zh,
        en: entry.en,
        pinyin: entry.pinyin,
        part_of_speech: entry.partOfSpeech,
        definition_zh: entry.definition.zh,
        definition_en: entry.definition.en,
      });
      expect(rows[i].zh_misprints.split(LIST_SEPARATOR).filter(Boolean)).toEqual(entry.forms.misspelled);
      const nonstandard = entry.zhForms.filter((f) => f.status === 'nonstandard').map((f) => f.text);
      expect(rows[i].zh_nonstandard.split(LIST_SEPARATOR).filter(Boolean)).toEqual(nonstandard);
    });
    expect(rows.find((r) => r.id === 'superposition')).toMatchObject({
      zh: '叠加',
      zh_nonstandard: '超叠加',
      part_of_speech: 'noun',
    });
    expect(rows.find((r) => r.id === 'claude-sonnet')).toMatchObject({ part_of_speech: 'properNoun' });
  });

  it('JSON validates against the published schema and holds every unit verbatim', () => {
    const schemaUrl = `${SITE}/downloads/parallel-text.v1.schema.json`;
    const data = JSON.parse(renderDownload('json', SITE));
    expect(JSON.parse(renderSchema(SITE))).toEqual(parallelTextSchema(schemaUrl));
    const ajv = new Ajv2020({ strict: true, validateFormats: false });
    const validate = ajv.compile(parallelTextSchema(schemaUrl));
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.units.map((u: { id: string; zh: string; en: string }) => [u.id, u.zh, u.en])).toEqual(
      corpus.units.map((u) => [u.id, u.zh, u.en]),
    );
    // and rejects what it should
    expect(validate({ ...data, units: [{ ...data.units[0], zh: '' }] })).toBe(false);
  });
});

describe('Markdown parallel edition, read back by a CommonMark parser', () => {
  it('gives every unit’s Chinese (quoted) and English verbatim, under its ID', () => {
    const tokens = marked.lexer(renderDownload('md', SITE));
    const text = (t: Token): string =>
      'tokens' in t && t.tokens ? t.tokens.map(text).join('') : t.type === 'br' ? '\n' : 'text' in t ? t.text : '';
    const units = new Map<string, { zh?: string; en?: string }>();
    let current: string | undefined;
    let seenQuote = false;
    for (const token of tokens) {
      if (token.type === 'heading' && token.depth === 3) {
        current = text(token);
        units.set(current, {});
        seenQuote = false;
      } else if (current && token.type === 'blockquote') {
        units.get(current)!.zh = text(token.tokens![0]);
        seenQuote = true;
      } else if (current && seenQuote && token.type === 'paragraph' && units.get(current)!.en === undefined) {
        units.get(current)!.en = text(token);
      }
    }
    expect([...units.keys()]).toEqual(corpus.units.map((u) => u.id));
    for (const unit of corpus.units) expect(units.get(unit.id), unit.id).toEqual({ zh: unit.zh, en: unit.en });
  });

  it('escapes Markdown syntax in the text', () => {
    const tricky = '# not a heading *not emphasis* [not a link](x) <b>1. no list';
    const [paragraph] = marked.lexer(escapeMarkdown(tricky));
    expect(paragraph.type).toBe('paragraph');
    expect((paragraph as { tokens: Token[] }).tokens.map((t) => ('text' in t ? t.text : '')).join('')).toBe(tricky);
  });
});

describe('file names', () => {
  it('name the article slug and the corpus revision, and change with the corpus', () => {
    const names = downloadFiles().map((f) => f.name);
    for (const name of names) expect(name).toMatch(/^qbitai-claude-team-interview_\d{8}-[0-9a-f]{8}[.-]/);
    expect(new Set(names).size).toBe(names.length);
  });
});
