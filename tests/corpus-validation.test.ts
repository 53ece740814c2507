import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CorpusError } from '@/lib/corpus/errors';
import { loadCorpusFrom } from '@/lib/corpus/load';

const fixture = (name: string) => path.join(__dirname, 'fixtures', 'corpus', name);

/** The error a malformed fixture raises, as a translator would read it. */
function problemsOf(name: string): string {
  try {
    loadCorpusFrom(fixture(name), name);
  } catch (error) {
    expect(error).toBeInstanceOf(CorpusError);
    return (error as CorpusError).message;
  }
  throw new Error(`fixture ${name} loaded without error`);
}

describe('a valid corpus', () => {
  it('loads with its units in reading order and their sections', () => {
    const corpus = loadCorpusFrom(fixture('valid'));
    expect(corpus.units.map((u) => u.id)).toEqual(['intro-01', 'intro-02', 'intro-03', 'end-01', 'end-02']);
    expect(corpus.units.map((u) => u.position)).toEqual([1, 2, 3, 4, 5]);
    expect(corpus.sections.map((s) => [s.id, s.title.en, s.titleFromArticle])).toEqual([
      ['intro', 'Opening', false],
      ['end', 'Full video:', true],
    ]);
    expect(corpus.units[1].notes).toEqual([
      { type: 'correction', en: '泛新论 is a slip for 泛心论.', zh: '泛新论当作泛心论。' },
    ]);
  });
});

describe('a malformed corpus fails with the file and unit named', () => {
  it('rejects a unit without an English rendering', () => {
    expect(problemsOf('missing-english')).toMatch(/missing-english\/units\/01-intro\.yaml: unit intro-03: en: .*expected string/);
  });

  it('rejects an empty English rendering', () => {
    expect(problemsOf('empty-english')).toContain('empty-english/units/02-end.yaml: unit end-01: en: must not be empty');
  });

  it('rejects a duplicate ID', () => {
    expect(problemsOf('duplicate-id')).toContain(
      'duplicate-id/units/01-intro.yaml: unit intro-02: duplicate ID (first used in duplicate-id/units/01-intro.yaml)',
    );
  });

  it('rejects an unknown kind', () => {
    expect(problemsOf('unknown-kind')).toMatch(/unknown-kind\/units\/01-intro\.yaml: unit intro-02: kind: Invalid option/);
  });

  it('rejects an unknown speaker', () => {
    expect(problemsOf('unknown-speaker')).toMatch(/unknown-speaker\/units\/01-intro\.yaml: unit intro-03: speaker: Invalid option/);
  });

  it('rejects a Chinese character that differs from the source, naming the line and character', () => {
    expect(problemsOf('altered-chinese')).toContain(
      'altered-chinese/units/01-intro.yaml: unit intro-02: Chinese differs from the source (altered-chinese/source/mini.txt, line 3) at character 11: the source has "新" (U+65B0), the unit has "心" (U+5FC3)',
    );
  });

  it('rejects a corpus that drops a paragraph of the source', () => {
    expect(problemsOf('dropped-unit')).toContain('dropped-unit/units/02-end.yaml: unit end-01: Chinese differs from the source');
  });

  it('reports broken YAML with its file', () => {
    expect(problemsOf('bad-yaml')).toMatch(/bad-yaml\/units\/02-end\.yaml: YAML: /);
  });
});
