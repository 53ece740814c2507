import type { Unit } from '../corpus/model';
import { contextReadings } from '../reader/pinyin';
import { readingOf } from './data';
import { sensesInContext, type Lookup } from './dictionary';
import type { RareWord } from './profile';
import type { Word } from './segment';

export interface RareWordCard extends RareWord {
  /** Its reading at its first occurrence (the pinyin layer's). */
  reading: string;
  /** Its first CC-CEDICT sense as read there. */
  gloss: string;
}

/** A rare word's reading where it first occurs and its first dictionary sense, for the profile's list. */
export function rareWordCards(
  rare: RareWord[],
  units: Unit[],
  words: Map<string, Word[]>,
  lookup: Lookup,
): RareWordCard[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  return rare.map((r) => {
    const unit = byId.get(r.unitId)!;
    const word = words.get(r.unitId)!.find((w) => w.text === r.word)!;
    const reading = readingOf(word, contextReadings(unit.zh));
    const gloss = sensesInContext(lookup(r.word) ?? [], [reading])[0]?.english[0] ?? '';
    return { ...r, reading, gloss };
  });
}
