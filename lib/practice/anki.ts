import { ankiText, escapeHtml } from '../anki/text';
import type { ExampleRun, PracticeData } from './cards';
import type { Locale } from '../locale';
import { absoluteUrl } from '../routes';
import { labelGap } from '../label-gap';

// The glossary as an Anki deck: a UTF-8 text file with Anki's header directives (File › Import),
// one Basic note per term. Front: the term and its pinyin. Back: the English, the definition and
// the first pair of the article where the term occurs, linked. A GUID column lets a re-import
// update the notes instead of duplicating them.

const ANKI_COLUMNS = ['GUID', 'Front', 'Back', 'Tags'] as const;

function runsHtml(runs: ExampleRun[]): string {
  return runs.map((run) => (typeof run === 'string' ? escapeHtml(run) : `<b>${escapeHtml(run.term)}</b>`)).join('');
}

export interface AnkiLabels {
  deck: string;
  /** "In the article:" */
  inArticle: string;
  /** "Example" */
  example: string;
}

/** The deck of one UI language: definitions and notes in that language, every term in both. */
export function ankiDeck(data: PracticeData, locale: Locale, siteUrl: string, labels: AnkiLabels): string {
  const notes = data.terms.map((term) => {
    const front = [
      `<div lang="zh-Hans" style="font-size:1.6em">${escapeHtml(term.zh)}</div>`,
      term.pinyin ? `<div lang="zh-Latn-pinyin">${escapeHtml(term.pinyin)}</div>` : '',
    ].join('');
    const forms = term.articleForms.length
      ? `<p>${escapeHtml(labels.inArticle)}${labelGap(labels.inArticle)}<span lang="zh-Hans">${term.articleForms.map((f) => escapeHtml(f.text)).join('、')}</span></p>`
      : '';
    const example = term.example
      ? `<p><i>${escapeHtml(labels.example)}</i> (<a href="${escapeHtml(absoluteUrl(siteUrl, term.example.href))}">${escapeHtml(term.example.unit)}</a>)</p>` +
        `<p lang="zh-Hans">${runsHtml(term.example.zh)}</p><p lang="en">${runsHtml(term.example.en)}</p>`
      : '';
    const back = [
      `<div lang="en" style="font-size:1.3em">${escapeHtml(term.en)}</div>`,
      forms,
      `<p lang="${locale === 'zh' ? 'zh-Hans' : 'en'}">${escapeHtml(term.definition)}</p>`,
      example,
    ].join('');
    const tags = [`parallel-reader`, `category::${term.category}`].join(' ');
    return [`parallel-reader-${term.id}`, front, back, tags];
  });
  return ankiText(labels.deck, ANKI_COLUMNS, 'GUID', 'Tags', notes);
}
