/**
 * Reading aloud (components/listen): what is spoken, in which language and order, built from the
 * layout and a paragraph's sentence groups. Pure: the speech itself is the browser's.
 */
import type { Lang } from '../corpus/model';
import type { Layout } from '../display/state';

/** The language tag each side is spoken in. */
export const SPEECH_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

/** The speeds the reader can choose, 1 being the voice's own. */
export const RATES = [0.75, 1, 1.25, 1.5] as const;
export type Rate = (typeof RATES)[number];
export const DEFAULT_RATE: Rate = 1;

/** A rate read back from storage or a form value; anything else is the default. */
export function parseRate(value: unknown): Rate {
  const n = Number(value);
  return (RATES as readonly number[]).includes(n) ? (n as Rate) : DEFAULT_RATE;
}

/**
 * The sides of a paragraph that are read, in order: as the layout shows them. Chinese | English and
 * interleaved read each sentence group's Chinese, then its English; English | Chinese the reverse;
 * a one-language layout only that language. Study mode hides the English until the reader reveals
 * it, so it reads the Chinese only, and a revealed paragraph's English after its Chinese, as shown.
 */
export function spokenSides(layout: Layout, revealed = false): Lang[] {
  switch (layout) {
    case 'en-zh':
      return ['en', 'zh'];
    case 'zh':
      return ['zh'];
    case 'en':
      return ['en'];
    case 'study':
      return revealed ? ['zh', 'en'] : ['zh'];
    default:
      return ['zh', 'en'];
  }
}

/** The languages a layout may read anywhere (study mode may read revealed English). */
export function layoutSides(layout: Layout): Lang[] {
  return layout === 'study' ? ['zh', 'en'] : spokenSides(layout);
}

/** One sentence group of a paragraph: group `n` (1-based) and its text on each side. */
export interface SentenceGroup {
  n: number;
  zh: string;
  en: string;
}

/**
 * A paragraph's sentence groups from its published texts and its flattened offsets
 * ([zhStart, zhEnd, enStart, enEnd, …], lib/reader/contract.ts SentenceData). Without offsets, or
 * with offsets that do not fit the texts (a stale build), the paragraph is one group.
 */
export function sentenceGroups(zh: string, en: string, flat: readonly number[] | undefined): SentenceGroup[] {
  const fits =
    flat !== undefined &&
    flat.length > 0 &&
    flat.length % 4 === 0 &&
    flat.every((offset, i) => Number.isInteger(offset) && offset >= 0 && offset <= (i % 4 < 2 ? zh.length : en.length));
  if (!fits) return [{ n: 1, zh, en }];
  return Array.from({ length: flat.length / 4 }, (_, i) => ({
    n: i + 1,
    zh: zh.slice(flat[i * 4], flat[i * 4 + 1]),
    en: en.slice(flat[i * 4 + 2], flat[i * 4 + 3]),
  }));
}

/** One utterance: side `lang` of sentence group `n`. */
export interface Utterance {
  n: number;
  lang: Lang;
  text: string;
}

/** Text worth speaking: something other than spaces and punctuation. */
const SPEAKABLE = /[\p{L}\p{N}]/u;

/** A text as spoken: its runs of white space (line breaks in the markup) made single spaces. */
const spokenText = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * The utterances of a paragraph: each group's sides in `sides` order, group after group, leaving out
 * a side with nothing to say.
 */
export function utteranceQueue(groups: readonly SentenceGroup[], sides: readonly Lang[]): Utterance[] {
  return groups.flatMap((group) =>
    sides
      .map((lang) => ({ n: group.n, lang, text: spokenText(group[lang]) }))
      .filter((utterance) => SPEAKABLE.test(utterance.text)),
  );
}

/** What the player needs of a voice (SpeechSynthesisVoice has these). */
export interface VoiceLike {
  lang: string;
  name: string;
  default?: boolean;
  localService?: boolean;
}

/** Whether a voice's language (`zh-CN`, `cmn-Hans-CN`, `en_GB`) speaks a side. */
function speaks(voice: VoiceLike, lang: Lang): boolean {
  const tag = voice.lang.toLowerCase().replace(/_/g, '-');
  if (lang === 'en') return tag === 'en' || tag.startsWith('en-');
  // Any Chinese voice; voiceFor prefers a mainland Mandarin one (zh-CN) over zh-TW or zh-HK.
  return tag === 'zh' || tag.startsWith('zh-') || tag === 'cmn' || tag.startsWith('cmn-');
}

/** How well a voice fits a side: mainland Mandarin first, then American English; the default and local voices before others. */
function fit(voice: VoiceLike, lang: Lang): number {
  const tag = voice.lang.toLowerCase().replace(/_/g, '-');
  const preferred = lang === 'zh' ? /^(zh-cn|zh-hans|cmn)/.test(tag) : /^en-(us|gb)/.test(tag);
  return (preferred ? 4 : 0) + (voice.default ? 2 : 0) + (voice.localService ? 1 : 0);
}

/** The voice to read a side with, if the browser has one. */
export function voiceFor<V extends VoiceLike>(voices: readonly V[], lang: Lang): V | undefined {
  let best: V | undefined;
  for (const voice of voices) if (speaks(voice, lang) && (!best || fit(voice, lang) > fit(best, lang))) best = voice;
  return best;
}

/** The sides, of those asked for, that no voice can read. */
export function missingVoices(voices: readonly VoiceLike[], sides: readonly Lang[]): Lang[] {
  return sides.filter((lang) => !voiceFor(voices, lang));
}

/** Set on both sides of the sentence group being read aloud (components/listen/listen.css). */
export const SPOKEN_CLASS = 'spoken';
