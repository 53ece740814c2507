import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProject } from '@/lib/project/load';

describe('sentence addresses on unit pages', () => {
  it('the stylesheet marks both sides of every group the corpus has, by :target', () => {
    const css = readFileSync('app/[locale]/p/[id]/sentence-target.css', 'utf8');
    const covered = new Set(
      [...css.matchAll(/:has\(\.sentence\[data-s=['"](\d+)['"]\]:target\) \.sentence\[data-s=['"](\d+)['"]\]/g)]
        .filter((m) => m[1] === m[2])
        .map((m) => Number(m[1])),
    );
    const most = Math.max(...[...loadProject().sentences.values()].map((u) => u.groups.length));
    for (let n = 1; n <= most; n++) expect(covered.has(n), `group ${n}`).toBe(true);
  });
});
