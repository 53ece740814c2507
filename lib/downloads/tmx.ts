import { create } from 'xmlbuilder2';
import type { Corpus } from '../corpus/model';
import type { UnitSentences } from '../sentences/model';
import { LANG_TAG } from '../locale';

const TMX_TOOL = { name: 'Parallel Reader', version: '1' };

/**
 * TMX 1.4b: Chinese (zh-Hans, as published) → English, one translation unit per alignment unit,
 * with its ID, section, speaker, kind and English revision as properties and its notes as notes.
 * A unit of two or more sentence groups is followed by one sentence-level unit per group
 * (`tuid` "scaling-05#s2", `segtype="sentence"`, its group number in `x-sentence-group`); a unit of
 * one group is already its own sentence pair.
 */
export function toTMX(corpus: Corpus, revision: string, sentences: ReadonlyMap<string, UnitSentences>): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele('tmx', { version: '1.4' });
  doc
    .ele('header', {
      creationtool: TMX_TOOL.name,
      creationtoolversion: TMX_TOOL.version,
      segtype: 'paragraph',
      'o-tmf': 'yaml',
      adminlang: 'en',
      srclang: LANG_TAG.zh,
      datatype: 'plaintext',
    })
    .ele('prop', { type: 'x-corpus-revision' })
    .txt(revision)
    .up()
    .ele('note')
    .txt(
      `${corpus.meta.title.en} (${corpus.meta.title.zh}), by ${corpus.meta.author.en} (${corpus.meta.author.zh}), ` +
        `${corpus.meta.publisher.en}, ${corpus.meta.published}. English: ${corpus.meta.translator.en}, a translation of ` +
        `${corpus.meta.publisher.en}’s Chinese summary, not the speakers’ own words.`,
    );
  const body = doc.ele('body');
  for (const unit of corpus.units) {
    const tu = body.ele('tu', { tuid: unit.id, changedate: `${unit.revision.date.replace(/-/g, '')}T000000Z` });
    for (const [type, value] of [
      ['x-unit-id', unit.id],
      ['x-section', unit.sectionId],
      ['x-speaker', unit.speaker],
      ['x-kind', unit.kind],
      ['x-revision', String(unit.revision.number)],
      ['x-revision-date', unit.revision.date],
    ]) {
      tu.ele('prop', { type }).txt(value);
    }
    for (const note of unit.notes) tu.ele('note').txt(`${note.type}: ${note.en}`);
    tu.ele('tuv', { 'xml:lang': LANG_TAG.zh }).ele('seg').txt(unit.zh);
    tu.ele('tuv', { 'xml:lang': LANG_TAG.en }).ele('seg').txt(unit.en);

    const groups = sentences.get(unit.id)?.groups ?? [];
    if (groups.length < 2) continue;
    for (const group of groups) {
      const stu = body.ele('tu', {
        tuid: `${unit.id}#s${group.n}`,
        segtype: 'sentence',
        changedate: `${unit.revision.date.replace(/-/g, '')}T000000Z`,
      });
      for (const [type, value] of [
        ['x-unit-id', unit.id],
        ['x-sentence-group', String(group.n)],
        ['x-section', unit.sectionId],
        ['x-speaker', unit.speaker],
        ['x-kind', unit.kind],
        ['x-revision', String(unit.revision.number)],
        ['x-revision-date', unit.revision.date],
      ]) {
        stu.ele('prop', { type }).txt(value);
      }
      // Sentences keep the space after them (so they concatenate to the unit); a segment does not.
      stu.ele('tuv', { 'xml:lang': LANG_TAG.zh }).ele('seg').txt(group.zh.text.trim());
      stu.ele('tuv', { 'xml:lang': LANG_TAG.en }).ele('seg').txt(group.en.text.trim());
    }
  }
  return doc.end({ prettyPrint: true }) + '\n';
}
