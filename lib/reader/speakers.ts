import type { Unit } from '../corpus/model';
import { FILTER_SPEAKERS, type FilterSpeaker } from '../display/state';

const isFilterSpeaker = (speaker: string): speaker is FilterSpeaker =>
  (FILTER_SPEAKERS as readonly string[]).includes(speaker);

/**
 * For the speaker filter: the speakers each row belongs to. An answer belongs to its speaker; a
 * question to whoever answers it (the answers up to the next question or heading); a section heading
 * to every speaker who answers in that section. Other rows (narration, lists, the byline) belong to
 * no one and are hidden while a filter is on.
 */
export function rowSpeakers(units: Unit[]): Map<string, FilterSpeaker[]> {
  const out = new Map<string, FilterSpeaker[]>();
  const add = (id: string, speaker: FilterSpeaker) => {
    const list = out.get(id) ?? [];
    if (!list.includes(speaker)) list.push(speaker);
    out.set(id, list);
  };
  let question: Unit | undefined;
  let heading: Unit | undefined;
  for (const unit of units) {
    if (unit.kind === 'heading') {
      heading = unit;
      question = undefined;
    } else if (unit.kind === 'question') {
      question = unit;
    } else if (unit.kind === 'answer' && isFilterSpeaker(unit.speaker)) {
      add(unit.id, unit.speaker);
      if (question) add(question.id, unit.speaker);
      if (heading && heading.sectionId === unit.sectionId) add(heading.id, unit.speaker);
    }
  }
  return out;
}
