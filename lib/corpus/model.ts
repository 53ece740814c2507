import type { ArticleMeta, Note, QaException, Revision, SpeakerId, UnitKind } from './schema';
import type { UnitReview } from './review-schema';
import type { Locale } from '../locale';

/** A language of the text: the same pair as the UI locales. */
export type Lang = Locale;
export type Bilingual = Record<Lang, string>;

export interface Unit {
  id: string;
  kind: UnitKind;
  speaker: SpeakerId;
  zh: string;
  en: string;
  revision: Revision;
  /** Earlier revisions of the English, oldest first. */
  history: (Revision & { en: string })[];
  notes: Note[];
  termExceptions: { term: string; reason: string }[];
  qaExceptions: QaException[];
  sectionId: string;
  /** 1-based position in the whole article. */
  position: number;
}

export interface Section {
  id: string;
  title: Bilingual;
  /** Whether the title is the article's own heading (true) or one we supplied (false). */
  titleFromArticle: boolean;
  units: Unit[];
}

export interface Corpus {
  meta: ArticleMeta;
  sections: Section[];
  units: Unit[];
  /** Each reviewed unit's review (corpus/reviews/), by unit ID. */
  reviews: ReadonlyMap<string, UnitReview>;
}
