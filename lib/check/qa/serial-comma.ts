import type { Finding, QaRule } from './types';

/** Words that open a phrase after a comma that is not the next item of a list (“, which …”, “, such as …”). */
const NOT_AN_ITEM = new Set(
  (
    'i you he she it we they this that these those there which who whom whose what where when while if as so but yet then ' +
    'because since though although once until unless whether and or nor not also even just still too now here its his her ' +
    'their our my your is are was were be been being has have had do does did can could will would may might must shall ' +
    'should let such including especially like with namely more most from in on by for to at of'
  ).split(' '),
);

/** Words that open an introductory phrase (“As models grow, …”, “In 2020, …”), not a list's first item. */
const INTRODUCTORY = new Set(
  (
    'as if when while although though because since to in for after before once but so yet instead actually however then ' +
    'now here there also even especially at with by on from over under during unlike like besides otherwise meanwhile ' +
    'first second finally still today indeed of that'
  ).split(' '),
);

/** Where a list's first item can start at the latest: punctuation that ends a phrase. */
const BOUNDARY = /[,;:.!?—–()“”‘\n]/;

/** The longest item, in words, that the rule takes for the item before the last comma of a list. */
const MAX_ITEM_WORDS = 12;

/** “, Meta and ” / “, clearly motivated or ”: a comma, one to three words, then the conjunction, with no comma before it. */
const LAST_ITEMS = /, ((?:[^\s,;:.!?—–()“”]+ ){0,2}?[^\s,;:.!?—–()“”]+) (and|or) /g;

export interface MissingSerialComma {
  /** Index of the quoted text: up to three words before the last comma, through the conjunction. */
  index: number;
  /** That text, e.g. `xAI, Meta and` or `very smart, clearly motivated and`. */
  text: string;
  /** The text with the serial comma, e.g. `xAI, Meta, and`. */
  fixed: string;
}

/**
 * Lists of three or more written “A, B and C” or “A, B or C”, without the serial comma before the
 * conjunction. A heuristic: the item after the last comma is one to three words that do not open a
 * clause or phrase, and the item before it does not open an introductory phrase (“As models grow,
 * costs and …”). What it flags wrongly is accepted per unit with a `qaExceptions` entry.
 */
export function missingSerialCommas(text: string): MissingSerialComma[] {
  const found: MissingSerialComma[] = [];
  for (const m of text.matchAll(LAST_ITEMS)) {
    const comma = m.index!;
    const [, last, conjunction] = m;
    if (NOT_AN_ITEM.has(last.split(' ')[0].toLowerCase())) continue;
    let start = comma;
    while (start > 0 && !BOUNDARY.test(text[start - 1])) start--;
    while (text[start] === ' ') start++;
    const before = text.slice(start, comma).split(/\s+/).filter(Boolean);
    if (before.length === 0 || before.length > MAX_ITEM_WORDS || INTRODUCTORY.has(before[0].toLowerCase())) continue;
    // Quoted from at most the last three words of the item before the comma, enough to find it.
    const shown = before.slice(-3).join(' ');
    const index = comma - shown.length;
    found.push({ index, text: text.slice(index, comma + m[0].length - 1), fixed: `${shown}, ${last}, ${conjunction}` });
  }
  return found;
}

/**
 * The serial (Oxford) comma in every English list of three or more (STYLE.md). An error, so the
 * convention holds everywhere; the rule is a heuristic, and a phrase it misreads as a list is
 * accepted with a reasoned `qaExceptions` entry.
 */
export const serialCommaRule: QaRule = {
  id: 'serial-comma',
  description: 'English lists of three or more take the serial comma: “A, B, and C”, “A, B, or C”.',
  check({ unit }) {
    return missingSerialCommas(unit.en).map((m): Finding => ({
      severity: 'error',
      field: 'en',
      index: m.index,
      text: m.text,
      message: `a list without the serial comma: “${m.text}” should be “${m.fixed}” (STYLE.md, “Register and form”)`,
    }));
  },
};
