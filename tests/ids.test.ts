import { describe, expect, it } from 'vitest';
import { resolveUnitId, type IdManifest } from '@/lib/corpus/ids';

// The manifest's failures (listed twice, retired but used, vanished, unpublished, malformed) are
// cases of tests/corpus-check/ (cases/permanence.ts), run on patched copies of the real corpus.
describe('resolving a unit ID', () => {
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

  it('does not loop on a retirement cycle', () => {
    const manifest: IdManifest = {
      published: ['a-01'],
      retired: { 'a-01': { to: 'a-02', reason: 'x' }, 'a-02': { to: 'a-01', reason: 'y' } },
    };
    expect(resolveUnitId('a-01', new Set(), manifest)).toBeUndefined();
  });
});
