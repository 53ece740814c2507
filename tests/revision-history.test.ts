// Revisions as the code handles them, with expectations taken from the corpus itself: whatever a
// translator revises next, these hold; a loader that drops or reorders history, or a check that
// rejects a properly published revision, fails them.
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build';
import { checkCorpus } from '@/lib/check/corpus';
import { readCorpusFiles, REVISION_LOCK_FILE, UNITS_DIR, yamlFilesIn, reviewsFileFor } from '@/lib/corpus/files';
import type { Unit } from '@/lib/corpus/model';
import { errorsIn, formatProblem } from '@/lib/corpus/problems';
import { sentencesFileFor } from '@/lib/sentences/files';
import { loadProject } from '@/lib/project/load';
import { fileOfUnit, patched, relock, type Patch } from './corpus-patch';

const base = readCorpusFiles();
const units = loadProject().corpus.units;
const revised = units.filter((u) => u.history.length > 0);

interface RawRevision {
  number: number;
  date: string;
  en?: string;
}

/** Each unit's revision and history as its YAML file states them, read without the loader. */
function rawRevisions(): Map<string, { revision: RawRevision; history: RawRevision[] }> {
  const out = new Map<string, { revision: RawRevision; history: RawRevision[] }>();
  for (const path of yamlFilesIn(base, UNITS_DIR)) {
    const { units: raw } = parseDocument(base.get(path)!).toJS() as {
      units: { id: string; revision: RawRevision; history?: RawRevision[] }[];
    };
    for (const u of raw) out.set(u.id, { revision: u.revision, history: u.history ?? [] });
  }
  return out;
}

describe('revisions in the corpus', () => {
  it('has revised units to test with (history is never removed)', () => {
    expect(revised.length).toBeGreaterThan(0);
  });

  it('loads every unit’s revision and history as its file states them, history oldest first', () => {
    const raw = rawRevisions();
    for (const unit of units) {
      const file = raw.get(unit.id)!;
      expect(unit.revision, unit.id).toEqual(file.revision);
      const byNumber = [...file.history].sort((a, b) => a.number - b.number);
      expect(unit.history, unit.id).toEqual(byNumber);
    }
  });

  it.each(revised.map((u) => [u.id, u] as [string, Unit]))(
    '%s: each earlier revision is older, numbered below the current one, and worded differently',
    (_, unit) => {
      for (const old of unit.history) {
        expect(old.number).toBeLessThan(unit.revision.number);
        expect(old.date <= unit.revision.date, `${old.date} ≤ ${unit.revision.date}`).toBe(true);
        expect(old.en).not.toBe(unit.en);
      }
    },
  );
});

/** Today as the corpus writes dates. */
const today = new Date().toISOString().slice(0, 10);

/**
 * Publishes a new revision of a unit as corpus/README.md describes it: a changed English (here, a
 * clause added to its last sentence, in the unit and in its sentences), the revision number raised,
 * the old English kept in history, the unit's review renewed for the new revision, then the lock
 * renewed (npm run revisions:lock).
 */
const publishRevision =
  (id: string, added: string): Patch =>
  (files) => {
    const unitsFile = fileOfUnit(files, id);
    const doc = parseDocument(files.get(unitsFile)!);
    const unit = (
      doc.get('units') as { items: { get(k: string): unknown; set(k: string, v: unknown): void }[] }
    ).items.find((u) => u.get('id') === id)!;
    const raw = doc.toJS().units.find((u: { id: string }) => u.id === id) as {
      en: string;
      revision: RawRevision;
      history?: RawRevision[];
    };
    const revise = (en: string) => en.replace(/([.!?]?[”’"]?)$/, `${added}$1`);
    unit.set('en', doc.createNode(revise(raw.en)));
    unit.set('revision', doc.createNode({ number: raw.revision.number + 1, date: today }, { flow: true }));
    unit.set(
      'history',
      doc.createNode([...(raw.history ?? []), { number: raw.revision.number, date: raw.revision.date, en: raw.en }]),
    );
    files.set(unitsFile, doc.toString({ lineWidth: 0 }));

    const sentencesFile = sentencesFileFor(unitsFile);
    const sentences = parseDocument(files.get(sentencesFile)!);
    const entry = (sentences.get('units') as { items: { get(k: string): unknown }[] }).items.find(
      (u) => u.get('unit') === id,
    )!;
    const en = entry.get('en') as { items: { value: string }[] };
    const last = en.items[en.items.length - 1];
    last.value = revise(last.value);
    files.set(sentencesFile, sentences.toString({ lineWidth: 0 }));

    const reviewsFile = reviewsFileFor(unitsFile);
    const reviews = parseDocument(files.get(reviewsFile)!);
    const review = (
      reviews.get('reviews') as { items: { get(k: string): unknown; set(k: string, v: unknown): void }[] }
    ).items.find((r) => r.get('unit') === id)!;
    review.set('revision', raw.revision.number + 1);
    review.set('date', today);
    files.set(reviewsFile, reviews.toString({ lineWidth: 0 }));

    relock(id)(files);
  };

describe('a new revision of a unit', () => {
  const baselineErrors = errorsIn(checkCorpus(base).problems).map(formatProblem);
  // One unit revised before and one never revised, both taken from the corpus as it is.
  const cases = [revised[0], units.find((u) => u.history.length === 0 && u.kind === 'answer')!];

  it.each(cases.map((u) => [u.id, u] as [string, Unit]))(
    '%s passes the corpus check and is what the corpus then holds',
    (id, before) => {
      const added = ', as revised';
      const files = patched(base, [publishRevision(id, added)]);
      expect(errorsIn(checkCorpus(files).problems).map(formatProblem)).toEqual(baselineErrors);

      const after = buildCorpus(files).corpus!.units.find((u) => u.id === id)!;
      expect(after.en).not.toBe(before.en);
      expect(after.en).toContain(added);
      expect(after.revision).toEqual({ number: before.revision.number + 1, date: today });
      expect(after.history).toEqual([
        ...before.history,
        { number: before.revision.number, date: before.revision.date, en: before.en },
      ]);
    },
  );

  it('fails the check when the old English is not kept', () => {
    const id = cases[1].id;
    const dropHistory: Patch = (files) => {
      const path = fileOfUnit(files, id);
      const doc = parseDocument(files.get(path)!);
      const unit = (doc.get('units') as { items: { get(k: string): unknown; delete(k: string): void }[] }).items.find(
        (u) => u.get('id') === id,
      )!;
      unit.delete('history');
      files.set(path, doc.toString({ lineWidth: 0 }));
    };
    // Without relocking, so the published revision's English must be found in history.
    const files = patched(base, [publishRevision(id, ', as revised'), dropHistory]);
    files.set(REVISION_LOCK_FILE, base.get(REVISION_LOCK_FILE)!);
    expect(errorsIn(checkCorpus(files).problems).map(formatProblem)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(
            `${id}.*revision ${cases[1].revision.number + 1} must keep revision ${cases[1].revision.number}'s English in history`,
          ),
        ),
      ]),
    );
  });
});
