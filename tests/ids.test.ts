import { describe, expect, it } from 'vitest';
import { loadCorpus } from '@/lib/corpus/load';
import type { Unit } from '@/lib/corpus/model';
import { idProblems, readIdManifest, resolveUnitId, type IdManifest } from '@/lib/corpus/ids';

const units = (...ids: string[]) => ids.map((id) => ({ id }) as Unit);

describe('the ID manifest', () => {
  it('publishes every unit of the corpus, and every published ID resolves', () => {
    expect(idProblems(loadCorpus().units, readIdManifest())).toEqual([]);
  });

  it('resolves a retired ID to the unit that holds its text, through several retirements', () => {
    const manifest: IdManifest = {
      published: ['a-01', 'a-02', 'a-03'],
      retired: { 'a-02': { to: 'a-04', reason: 'split' }, 'a-04': { to: 'a-05', reason: 'merged' } },
    };
    const current = new Set(['a-01', 'a-03', 'a-05']);
    expect(resolveUnitId('a-02', current, manifest)).toBe('a-05');
    expect(resolveUnitId('a-01', current, manifest)).toBe('a-01');
    expect(resolveUnitId('zz-01', current, manifest)).toBeUndefined();
  });

  it('fails a published ID that vanished, a unit never published, and a reused retired ID', () => {
    const manifest: IdManifest = { published: ['a-01', 'a-02', 'a-03'], retired: { 'a-03': { to: 'a-01', reason: 'merged' } } };
    expect(idProblems(units('a-01', 'a-03', 'a-04'), manifest)).toEqual([
      'a-02 was published but no longer resolves to a unit',
      'a-03 is retired but a unit still uses it',
      'unit a-04 is not in corpus/ids.yaml: add it under published',
    ]);
  });

  it('does not loop on a retirement cycle', () => {
    const manifest: IdManifest = {
      published: ['a-01'],
      retired: { 'a-01': { to: 'a-02', reason: 'x' }, 'a-02': { to: 'a-01', reason: 'y' } },
    };
    expect(resolveUnitId('a-01', new Set(), manifest)).toBeUndefined();
  });
});
