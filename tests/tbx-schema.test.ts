import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { create } from 'xmlbuilder2';
import { describe, expect, it } from 'vitest';
import { renderDownload } from '@/lib/downloads/build';
import { PART_OF_SPEECH, TBX3_SCHEMAS } from '@/lib/downloads/tbx';
import { termForms } from '@/lib/terms/forms';
import { loadProject } from '@/lib/project/load';
import { jing, TBX_SCHEMAS } from './helpers/jing';

// The TBX 3 (ISO 30042:2019) glossary, checked by a real validator against the TBX-Basic dialect's
// own schemas: the TBX core structure in RELAX NG, and the dialect's constraints in Schematron.

const SITE = 'http://localhost:3999';
const { glossary } = loadProject().index;
const tbx = renderDownload('tbx', SITE);
const TBX_NS = 'urn:iso:std:iso:30042:ed-2';

/** Replaces the first occurrence of `from`, failing loudly if there is none (a broken copy must differ). */
function breakCopy(xml: string, from: string, to: string): string {
  expect(xml, `the file has ${from}`).toContain(from);
  return xml.replace(from, to);
}

describe('TBX 3 glossary, validated by Jing against the official TBX-Basic schemas', { timeout: 120_000 }, () => {
  it('uses the official schemas unmodified (the hashes tests/tools/tbx/README.md records)', () => {
    const readme = readFileSync(TBX_SCHEMAS.rng.replace(/[^/]+$/, 'README.md'), 'utf8');
    for (const file of Object.values(TBX_SCHEMAS)) {
      const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
      expect(readme, file).toContain(`${hash}  ${file.split('/').pop()}`);
    }
  });

  it('is valid against the TBX core structure (RELAX NG)', () => {
    expect(jing(TBX_SCHEMAS.rng, tbx, 'glossary.tbx')).toEqual({ valid: true, errors: [] });
  });

  it('meets the TBX-Basic constraints (Schematron)', () => {
    expect(jing(TBX_SCHEMAS.schematron, tbx, 'glossary.tbx')).toEqual({ valid: true, errors: [] });
  });

  it('the RELAX NG schema rejects a broken copy: a term note before its term', () => {
    const broken = tbx.replace(
      /(<term>[^<]*<\/term>)(\s*)(<termNote type="administrativeStatus">[^<]*<\/termNote>)/,
      '$3$2$1',
    );
    expect(broken).not.toBe(tbx);
    const result = jing(TBX_SCHEMAS.rng, broken, 'broken.tbx');
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/element "termNote" not allowed yet|element "termNote" not allowed here/);
  });

  it('the Schematron rejects broken copies: another dialect, a part of speech outside the TBX 3 picklist', () => {
    const otherDialect = jing(TBX_SCHEMAS.schematron, breakCopy(tbx, 'style="dca"', 'style="dct"'), 'dct.tbx');
    expect(otherDialect.valid).toBe(false);
    expect(otherDialect.errors.join('\n')).toContain("The style of this dialect should be declared as 'dca'.");

    const properNoun = jing(
      TBX_SCHEMAS.schematron,
      breakCopy(
        tbx,
        '<termNote type="partOfSpeech">noun</termNote>',
        '<termNote type="partOfSpeech">properNoun</termNote>',
      ),
      'pos.tbx',
    );
    expect(properNoun.valid).toBe(false);
    expect(properNoun.errors.join('\n')).toContain('/partOfSpeech/ type may be');
  });

  it('uses only the data categories the Schematron permits (its attribute rules, which Jing does not run)', () => {
    // Jing's Schematron runs rules on elements only, so the rules whose context is an attribute
    // (tbx:descrip/@type and the like: the dialect's data-category picklists) are read here from
    // the same file and applied to every element of the export.
    const schematron = readFileSync(TBX_SCHEMAS.schematron, 'utf8');
    const permitted = new Map<string, string[]>();
    for (const [, element, test] of schematron.matchAll(
      /<rule context="tbx:(\w+)\/@type">\s*<assert test="([^"]+)"/g,
    )) {
      permitted.set(
        element,
        [...test.matchAll(/\.='([^']+)'/g)].map((m) => m[1]),
      );
    }
    expect([...permitted.keys()].sort()).toEqual([
      'admin',
      'descrip',
      'ref',
      'termNote',
      'transac',
      'transacNote',
      'xref',
    ]);

    const unpermitted = (xml: string) => {
      const doc = create(xml).node as unknown as Document;
      return Array.from(doc.getElementsByTagNameNS(TBX_NS, '*'))
        .filter(
          (el) => permitted.has(el.localName) && !permitted.get(el.localName)!.includes(el.getAttribute('type') ?? ''),
        )
        .map((el) => `${el.localName} type="${el.getAttribute('type')}"`);
    };
    expect(unpermitted(tbx)).toEqual([]);
    expect(unpermitted(breakCopy(tbx, 'type="subjectField"', 'type="domain"'))).toEqual(['descrip type="domain"']);
  });

  it('declares both schemas, as the dialect’s examples do', () => {
    const models = [
      ...tbx.matchAll(/<\?xml-model href="([^"]+)" type="application\/xml" schematypens="([^"]+)"\?>/g),
    ].map((m) => ({ href: m[1], schematypens: m[2] }));
    expect(models).toEqual(TBX3_SCHEMAS.map((s) => ({ ...s })));
    expect(models.map((m) => m.href.split('/').pop())).toEqual(['TBXcoreStructV03.rng', 'TBX-Basic_DCA.sch']);
  });

  it('gives every term its entry’s part of speech, read back with an XML parser', () => {
    const doc = create(tbx).node as unknown as Document;
    const entries = Array.from(doc.getElementsByTagNameNS(TBX_NS, 'conceptEntry'));
    expect(entries.map((e) => e.getAttribute('id'))).toEqual(glossary.entries.map((e) => e.id));
    entries.forEach((conceptEntry, i) => {
      const entry = glossary.entries[i];
      const terms = Array.from(conceptEntry.getElementsByTagNameNS(TBX_NS, 'termSec')).map((termSec) => ({
        term: termSec.getElementsByTagNameNS(TBX_NS, 'term')[0].textContent,
        partOfSpeech: Array.from(termSec.getElementsByTagNameNS(TBX_NS, 'termNote')).find(
          (n) => n.getAttribute('type') === 'partOfSpeech',
        )?.textContent,
      }));
      expect(terms, entry.id).toEqual(
        termForms(entry).map((f) => ({ term: f.term, partOfSpeech: PART_OF_SPEECH[2019][entry.partOfSpeech] })),
      );
    });
  });
});
