import type { Corpus } from '../corpus/model';
import { LANG_TAG } from '../locale';
import { absoluteUrl, readerPath, unitPath } from '../routes';

/** The JSON Schema (draft 2020-12) the JSON download follows, published beside it. */
export function parallelTextSchema(schemaUrl: string) {
  const text = { type: 'string', minLength: 1 };
  const bilingual = {
    type: 'object',
    required: ['zh', 'en'],
    additionalProperties: false,
    properties: { zh: text, en: text },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: schemaUrl,
    title: 'Parallel text: a Chinese article aligned with its English rendering',
    type: 'object',
    required: ['$schema', 'corpusRevision', 'article', 'languages', 'sections', 'units'],
    additionalProperties: false,
    properties: {
      $schema: { const: schemaUrl },
      corpusRevision: text,
      languages: {
        type: 'object',
        description: 'BCP 47 tags: source (Chinese as published) and target (English).',
        required: ['source', 'target'],
        additionalProperties: false,
        properties: { source: { const: LANG_TAG.zh }, target: { const: LANG_TAG.en } },
      },
      article: {
        type: 'object',
        required: ['title', 'author', 'publisher', 'published', 'translator', 'interview', 'url'],
        additionalProperties: false,
        properties: {
          title: bilingual,
          author: bilingual,
          publisher: bilingual,
          translator: bilingual,
          published: { type: 'string', format: 'date' },
          interview: {
            type: 'object',
            required: ['title', 'url'],
            additionalProperties: false,
            properties: { title: text, url: { type: 'string', format: 'uri' } },
          },
          url: { type: 'string', format: 'uri', description: 'The reader, where every unit has a page of its own.' },
        },
      },
      sections: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'title', 'units'],
          additionalProperties: false,
          properties: { id: text, title: bilingual, units: { type: 'array', items: text } },
        },
      },
      units: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'position', 'section', 'speaker', 'kind', 'zh', 'en', 'revision', 'notes', 'url'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*-\\d{2}$' },
            position: { type: 'integer', minimum: 1 },
            section: text,
            speaker: text,
            kind: text,
            zh: { type: 'string', minLength: 1, description: 'Verbatim as published, typos included.' },
            en: text,
            revision: {
              type: 'object',
              required: ['number', 'date'],
              additionalProperties: false,
              properties: { number: { type: 'integer', minimum: 1 }, date: { type: 'string', format: 'date' } },
            },
            notes: {
              type: 'array',
              items: {
                type: 'object',
                required: ['type', 'zh', 'en'],
                additionalProperties: false,
                properties: { type: { enum: ['translator', 'correction'] }, zh: text, en: text },
              },
            },
            url: { type: 'string', format: 'uri' },
          },
        },
      },
    },
  } as const;
}

/** The aligned article as JSON following the published schema. */
export function toParallelJSON(corpus: Corpus, revision: string, siteUrl: string, schemaUrl: string): string {
  const m = corpus.meta;
  const data = {
    $schema: schemaUrl,
    corpusRevision: revision,
    languages: { source: LANG_TAG.zh, target: LANG_TAG.en },
    article: {
      title: { zh: m.title.zh, en: m.title.en },
      author: m.author,
      publisher: m.publisher,
      translator: m.translator,
      published: m.published,
      interview: { title: m.interview.title, url: m.interview.url },
      url: absoluteUrl(siteUrl, readerPath('en')),
    },
    sections: corpus.sections.map((s) => ({ id: s.id, title: s.title, units: s.units.map((u) => u.id) })),
    units: corpus.units.map((u) => ({
      id: u.id,
      position: u.position,
      section: u.sectionId,
      speaker: u.speaker,
      kind: u.kind,
      zh: u.zh,
      en: u.en,
      revision: { number: u.revision.number, date: u.revision.date },
      notes: u.notes.map((n) => ({ type: n.type, zh: n.zh, en: n.en })),
      url: absoluteUrl(siteUrl, unitPath('en', u.id)),
    })),
  };
  return JSON.stringify(data, null, 2) + '\n';
}
