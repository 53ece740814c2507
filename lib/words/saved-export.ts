import { stringify } from 'csv-stringify/browser/esm/sync';
import { ankiText, escapeHtml } from '../anki/text';
import { sentenceParts, type SavedWord } from './saved';
import type { Locale } from '../locale';
import { absoluteUrl, sentencePath } from '../routes';

// The saved words as files a learner takes elsewhere, made in the browser from the saved list:
// an Anki deck (one Basic note per word: front, the word marked in its Chinese sentence; back, the
// word, its pinyin and senses, the English sentence and the sentence's address) and a CSV with the
// sentence fields. csv-stringify's browser build, as the page fetches it only for this download.

export const WORD_ANKI_COLUMNS = ['GUID', 'Front', 'Back', 'Tags'] as const;
export const WORD_CSV_COLUMNS = [
  'word',
  'pinyin',
  'senses',
  'zh_sentence',
  'en_sentence',
  'unit',
  'sentence',
  'offset',
  'address',
  'saved_at',
] as const;

/** Several senses in one cell, as the glossary CSV lists several values. */
const LIST_SEPARATOR = ' | ';

/** The sentence group's address under a UI language: `https://…/en/p/scaling-08#s2`. */
export function sentenceAddress(siteUrl: string, locale: Locale, word: SavedWord): string {
  return absoluteUrl(siteUrl, sentencePath(locale, word.unitId, word.groupN));
}

export interface WordAnkiLabels {
  /** The deck's name in Anki. */
  deck: string;
  /** The link text of the sentence's address: "Paragraph {id}, sentence {n}". */
  source: string;
}

export function savedWordsAnki(
  words: readonly SavedWord[],
  siteUrl: string,
  locale: Locale,
  labels: WordAnkiLabels,
): string {
  const notes = words.map((w) => {
    const [before, word, after] = sentenceParts(w);
    const front = `<div lang="zh-Hans" style="font-size:1.4em">${escapeHtml(before)}<b>${escapeHtml(word)}</b>${escapeHtml(after)}</div>`;
    const source = labels.source.replace('{id}', w.unitId).replace('{n}', String(w.groupN));
    const back = [
      `<div lang="zh-Hans" style="font-size:1.6em">${escapeHtml(w.word)}</div>`,
      w.pinyin ? `<div lang="zh-Latn-pinyin">${escapeHtml(w.pinyin)}</div>` : '',
      w.senses.length ? `<ol>${w.senses.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ol>` : '',
      `<p lang="en">${escapeHtml(w.enSentence)}</p>`,
      `<p><a href="${escapeHtml(sentenceAddress(siteUrl, locale, w))}">${escapeHtml(source)}</a></p>`,
    ].join('');
    const tags = ['parallel-reader', 'my-words', `unit::${w.unitId}`].join(' ');
    return [`parallel-reader-word-${w.unitId}-${w.start}`, front, back, tags];
  });
  return ankiText(labels.deck, WORD_ANKI_COLUMNS, 'GUID', 'Tags', notes);
}

/** One row per saved word (RFC 4180, with a byte-order mark and CRLF line ends, as the other CSV downloads). */
export function savedWordsCsv(words: readonly SavedWord[], siteUrl: string, locale: Locale): string {
  const rows = words.map((w) => [
    w.word,
    w.pinyin,
    w.senses.join(LIST_SEPARATOR),
    w.zhSentence,
    w.enSentence,
    w.unitId,
    String(w.groupN),
    String(w.start),
    sentenceAddress(siteUrl, locale, w),
    w.savedAt,
  ]);
  return stringify([[...WORD_CSV_COLUMNS], ...rows], { record_delimiter: 'windows', bom: true });
}
