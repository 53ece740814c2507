import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Unit } from '@/lib/corpus/model';
import { englishHash, lockFor, REVISION_LOCK_FILE, revisionProblems } from '@/lib/check/revisions';
import { loadProject } from '@/lib/project/load';

const unit = (en: string, number: number, history: Unit['history'] = []): Unit => ({
  id: 'scaling-08',
  kind: 'answer',
  speaker: 'amodei',
  zh: '中文',
  en,
  revision: { number, date: '2026-11-28' },
  history,
  notes: [],
  termExceptions: [],
  qaExceptions: [],
  sectionId: 'scaling',
  position: 42,
});
const messages = (units: Unit[], l: Parameters<typeof revisionProblems>[1]) =>
  revisionProblems(units, l).map((p) => `unit ${p.unit}: ${p.message}`);
const lock = { 'scaling-08': { revision: 1, sha256: englishHash('Scaling means more data.') } };

describe('revision check', () => {
  it('passes the committed corpus against the committed lock', () => {
    const committed = JSON.parse(readFileSync(path.join(process.cwd(), REVISION_LOCK_FILE), 'utf8'));
    expect(messages(loadProject().corpus.units, committed)).toEqual([]);
  });

  it('fails an English rendering changed without a new revision', () => {
    expect(messages([unit('Scaling means more compute.', 1)], lock)).toEqual([
      'unit scaling-08: its English changed but its revision is still 1; bump the revision, keep revision 1 in history, then run npm run revisions:lock',
    ]);
  });

  it('fails a new revision that drops the English it replaces', () => {
    expect(messages([unit('Scaling means more compute.', 2)], lock)).toEqual([
      "unit scaling-08: revision 2 must keep revision 1's English in history",
    ]);
  });

  it('accepts a new revision that keeps the old English, and an unchanged one', () => {
    const history = [{ number: 1, date: '2026-11-28', en: 'Scaling means more data.' }];
    expect(messages([unit('Scaling means more compute.', 2, history)], lock)).toEqual([]);
    expect(messages([unit('Scaling means more data.', 1)], lock)).toEqual([]);
  });

  it('fails a unit missing from the lock, and a revision that goes backwards', () => {
    expect(messages([unit('x', 1)], {})[0]).toMatch(/not in corpus\/revisions\.lock\.json/);
    expect(messages([unit('Scaling means more data.', 1)], { 'scaling-08': { revision: 2, sha256: 'x' } })).toEqual([
      'unit scaling-08: revision 1 is older than the published revision 2',
    ]);
    expect(lockFor([unit('a', 3)])).toEqual({ 'scaling-08': { revision: 3, sha256: englishHash('a') } });
  });
});
