import { create } from 'xmlbuilder2';
import type { ArticleMeta } from '../corpus/schema';
import { LANG_TAG } from '../locale';
import type { Glossary } from '../terms/glossary';
import type { PartOfSpeech } from '../terms/schema';
import { termForms, type FormStatus } from '../terms/forms';

/** TBX-Basic administrative status of each form status (the values TBX-Basic allows). */
export const ADMINISTRATIVE_STATUS: Record<FormStatus, string> = {
  standard: 'preferredTerm-admn-sts',
  variant: 'admittedTerm-admn-sts',
  nonstandard: 'deprecatedTerm-admn-sts',
  misprint: 'deprecatedTerm-admn-sts',
};

/**
 * The part of speech each edition can state. TBX-Basic for TBX 2 has properNoun in its picklist;
 * the TBX-Basic dialect of TBX 3 (1.2.1; its Schematron allows adjective, noun, other, verb,
 * adverb) does not, so there a proper noun is written as a noun.
 */
export const PART_OF_SPEECH: Record<TbxEdition, Record<PartOfSpeech, string>> = {
  2019: { noun: 'noun', verb: 'verb', adjective: 'adjective', adverb: 'adverb', properNoun: 'noun', other: 'other' },
  2008: {
    noun: 'noun',
    verb: 'verb',
    adjective: 'adjective',
    adverb: 'adverb',
    properNoun: 'properNoun',
    other: 'other',
  },
};

/**
 * The schemas a TBX 3 file declares (ISO/IEC 19757-11 `xml-model`), as the TBX-Basic dialect's own
 * examples do: the TBX core structure (RELAX NG) and the TBX-Basic constraints (Schematron).
 */
export const TBX3_SCHEMAS = [
  {
    href: 'https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng',
    schematypens: 'http://relaxng.org/ns/structure/1.0',
  },
  {
    href: 'https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch',
    schematypens: 'http://purl.oclc.org/dsdl/schematron',
  },
] as const;

/**
 * The two editions of TBX differ in element names (and in the part-of-speech picklist and schema
 * declarations above): ISO 30042:2019 (TBX v3, the TBX-Basic dialect) and ISO 30042:2008 (TBX v2,
 * "martif"), which OmegaT, Trados MultiTerm and translate-toolkit read today.
 */
const EDITIONS = {
  2019: { root: 'tbx', header: 'tbxHeader', entry: 'conceptEntry', lang: 'langSec', term: 'termSec' },
  2008: { root: 'martif', header: 'martifHeader', entry: 'termEntry', lang: 'langSet', term: 'tig' },
} as const;
export type TbxEdition = keyof typeof EDITIONS;

/** The glossary as TBX-Basic: one entry per concept, both languages, each form with its status and part of speech. */
export function toTBX(glossary: Glossary, meta: ArticleMeta, revision: string, edition: TbxEdition = 2019): string {
  const names = EDITIONS[edition];
  const rootAttributes: Record<string, string> =
    edition === 2019
      ? { xmlns: 'urn:iso:std:iso:30042:ed-2', type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en' }
      : { type: 'TBX-Basic', 'xml:lang': 'en' };
  const ns = rootAttributes.xmlns;
  const start = create({ version: '1.0', encoding: 'UTF-8' });
  if (edition === 2019) {
    for (const schema of TBX3_SCHEMAS)
      start.ins('xml-model', `href="${schema.href}" type="application/xml" schematypens="${schema.schematypens}"`);
  }
  const doc = ns ? start.ele(ns, names.root, rootAttributes) : start.ele(names.root, rootAttributes);
  const el = (parent: ReturnType<typeof doc.ele>, name: string, attrs?: Record<string, string>) =>
    ns ? parent.ele(ns, name, attrs) : parent.ele(name, attrs);

  const header = el(doc, names.header);
  const fileDesc = el(header, 'fileDesc');
  el(el(fileDesc, 'titleStmt'), 'title').txt(`Glossary of “${meta.title.en}” (${meta.title.zh})`);
  el(el(fileDesc, 'sourceDesc'), 'p').txt(
    `Terms of ${meta.publisher.en}’s article by ${meta.author.en} (${meta.author.zh}), ${meta.published}, ` +
      `with the forms the article uses; glossary by the ${meta.translator.en}; corpus revision ${revision}.`,
  );
  if (edition === 2008) el(el(header, 'encodingDesc'), 'p', { type: 'XCSURI' }).txt('TBXBasicXCSV02.xcs');

  const body = el(el(doc, 'text'), 'body');
  for (const entry of glossary.entries) {
    const concept = el(body, names.entry, { id: entry.id });
    // Expressions are not a subject field: their terms are typed as phrases instead.
    const phrase = entry.category === 'expressions';
    if (!phrase) el(concept, 'descrip', { type: 'subjectField' }).txt(entry.category);
    const forms = termForms(entry);
    for (const lang of ['zh', 'en'] as const) {
      const langSec = el(concept, names.lang, { 'xml:lang': LANG_TAG[lang] });
      el(langSec, 'descrip', { type: 'definition' }).txt(entry.definition[lang]);
      if (entry.note) el(langSec, 'note').txt(entry.note[lang]);
      for (const form of forms.filter((f) => f.lang === lang)) {
        const termSec = el(langSec, names.term);
        el(termSec, 'term').txt(form.term);
        el(termSec, 'termNote', { type: 'administrativeStatus' }).txt(ADMINISTRATIVE_STATUS[form.status]);
        el(termSec, 'termNote', { type: 'partOfSpeech' }).txt(PART_OF_SPEECH[edition][entry.partOfSpeech]);
        if (phrase) el(termSec, 'termNote', { type: 'termType' }).txt('phrase');
        if (form.status === 'misprint') el(termSec, 'note').txt('Misprint in the article, kept verbatim.');
        if (form.status === 'nonstandard')
          el(termSec, 'note').txt(`The article’s own wording; the standard term is ${entry.zh}.`);
        if (form.pinyin) el(termSec, 'note').txt(`Pinyin: ${form.pinyin}`);
      }
    }
  }
  return doc.end({ prettyPrint: true }) + '\n';
}
