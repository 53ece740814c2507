import { inside, spansOf, URL_PATTERN } from './text';
import type { Finding, QaRule } from './types';

type Currency = 'USD' | 'CNY';

export interface NumberToken {
  value: number;
  /** The number as written, with its 万/亿 or its English multiplier. */
  raw: string;
  /** The digits alone (or the word), as written. */
  digits: string;
  index: number;
  end: number;
  currency?: Currency;
  /** A calendar year (a four-digit number followed by 年): written in the English without separators. */
  year?: boolean;
  /** Spelled out ("five"); such English numbers satisfy the Chinese but are never "extra". */
  word?: boolean;
}

/**
 * Digits that stand alone as a number: not part of a name or address (GPT-1, 1/f, a video ID),
 * with thousands separators and decimals.
 */
const DIGITS = /(?<![A-Za-z0-9_./])(?<![A-Za-z]-)\d+(?:,\d{3})*(?:\.\d+)?(?![.,]?[\dA-Za-z_/])/g;

const ZH_MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
const EN_MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const EN_WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

const RANGE_BETWEEN_ZH = /^\s*[-–—~～至到]\s*$/;
const parseDigits = (digits: string) => Number(digits.replace(/,/g, ''));
const masked = (text: string) => spansOf(text, URL_PATTERN);

/** Numbers in Chinese text, with 万 and 亿 applied and 美元/元 read as currencies. */
export function chineseNumbers(text: string): NumberToken[] {
  const urls = masked(text);
  const out: NumberToken[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const start = m.index!;
    if (inside(urls, start, start + m[0].length)) continue;
    const after = /^\s*([万亿]+)?\s*(美元|美金|人民币|元)?/.exec(text.slice(start + m[0].length))!;
    const multiplier = [...(after[1] ?? '')].reduce((acc, ch) => acc * ZH_MULTIPLIERS[ch], 1);
    const currency: Currency | undefined = after[2] ? (after[2].startsWith('美') ? 'USD' : 'CNY') : undefined;
    const end = start + m[0].length + (after[1] ? after[0].indexOf(after[1]) + after[1].length : 0);
    out.push({
      value: parseDigits(m[0]) * multiplier,
      raw: text.slice(start, end),
      digits: m[0],
      index: start,
      end,
      currency,
    });
  }
  // A year is four digits before 年, or the first of a range of years (2026-2027年).
  out.forEach((n, i) => {
    const rest = text.slice(n.end);
    const next = out[i + 1];
    const rangeToYear =
      next && RANGE_BETWEEN_ZH.test(text.slice(n.end, next.index)) && text.slice(next.end).startsWith('年');
    n.year = /^\d{4}$/.test(n.digits) && (rest.startsWith('年') || Boolean(rangeToYear));
  });
  // A currency written once after a range (10到100美元) applies to both ends.
  out.forEach((n, i) => {
    const next = out[i + 1];
    if (!n.currency && next?.currency && RANGE_BETWEEN_ZH.test(text.slice(n.end, next.index)))
      n.currency = next.currency;
  });
  return out;
}

/** Numbers in English text: digits with "million"/"billion", spelled-out numbers, "$" and "dollars". */
export function englishNumbers(text: string): NumberToken[] {
  const urls = masked(text);
  const out: NumberToken[] = [];
  const read = (start: number, digits: string, value: number, word: boolean) => {
    let end = start + digits.length;
    const mult = /^(?:\s|-)(thousand|million|billion|trillion)\b/i.exec(text.slice(end));
    if (mult) {
      value *= EN_MULTIPLIERS[mult[1].toLowerCase()];
      end += mult[0].length;
    }
    let currency: Currency | undefined;
    if (/(?:US)?\$\s?$/.test(text.slice(0, start))) currency = 'USD';
    else if (/^\s+(?:US\s+)?dollars?\b/i.test(text.slice(end))) currency = 'USD';
    else if (/^\s+(?:yuan|RMB)\b/i.test(text.slice(end)) || /(?:RMB|¥|￥)\s?$/.test(text.slice(0, start)))
      currency = 'CNY';
    out.push({ value, raw: text.slice(start, end), digits, index: start, end, currency, word: word || undefined });
  };
  for (const m of text.matchAll(DIGITS)) {
    if (!inside(urls, m.index!, m.index! + m[0].length)) read(m.index!, m[0], parseDigits(m[0]), false);
  }
  for (const m of text.matchAll(/\b(?:a|one)\s+hundred\b|\b[A-Za-z]+\b/g)) {
    const word = m[0].toLowerCase();
    const value = word.endsWith('hundred') && word !== 'hundred' ? 100 : EN_WORDS[word];
    if (value !== undefined && word !== 'hundred') read(m.index!, m[0], value, true);
  }
  return out.sort((a, b) => a.index - b.index);
}

const same = (a: number, b: number) => Math.abs(a - b) <= Math.abs(a) * 1e-9;
const grouped = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 6 });
const RANGE_BETWEEN_EN = /^\s*(?:[-–—]|to|and|or|through)\s*$/i;

/**
 * Every number of the Chinese appears in the English with the same value: 万 and 亿 converted
 * (10万 → 100,000; 10 亿美元 → $1 billion), currencies kept, years unseparated, ranges kept as ranges.
 * A number of the English that the Chinese lacks is a warning: it may be an addition.
 */
export const numbersRule: QaRule = {
  id: 'numbers',
  description:
    'Every number of the Chinese appears in the English, 万 and 亿 converted, currencies, years and ranges intact.',
  check({ unit }) {
    const zh = chineseNumbers(unit.zh);
    const en = englishNumbers(unit.en);
    const findings: Finding[] = [];
    const error = (n: NumberToken, message: string): Finding => ({
      severity: 'error',
      field: 'zh',
      index: n.index,
      text: n.raw,
      message,
    });
    const reported = new Set<number>();

    for (const n of zh) {
      const matches = en.filter((e) => same(e.value, n.value));
      if (matches.length === 0) {
        let message = `${n.raw} is not in the English`;
        if (n.raw !== n.digits) message += ` (${n.raw} is ${grouped(n.value)}: 万 is 10,000 and 亿 is 100,000,000)`;
        // Same digits with another multiplier (10 亿 as “10 billion”): the usual slip in converting 万 and 亿.
        const lookalike = en.find((e) => e.raw !== e.digits && e.digits === n.digits && !same(e.value, n.value));
        if (lookalike) message += `; the English has “${lookalike.raw}”, which is ${grouped(lookalike.value)}`;
        findings.push(error(n, message));
        reported.add(n.value);
        continue;
      }
      if (n.year && !matches.some((e) => e.digits === n.digits)) {
        findings.push(
          error(
            n,
            `the year ${n.digits} is written “${matches[0].raw}” in the English; write years without separators`,
          ),
        );
      }
      if (n.currency && !matches.some((e) => e.currency === n.currency)) {
        const name = n.currency === 'USD' ? 'US dollars ($)' : 'yuan';
        findings.push(error(n, `${n.raw} is in ${name}, but the English “${matches[0].raw}” names no currency`));
      }
      const inZh = zh.filter((z) => same(z.value, n.value)).length;
      if (inZh > matches.length && !reported.has(n.value)) {
        reported.add(n.value);
        findings.push({
          ...error(n, `${n.raw} occurs ${inZh} times in the Chinese but ${matches.length} in the English`),
          severity: 'warning',
        });
      }
    }

    // Ranges: both ends, joined as a range.
    zh.forEach((a, i) => {
      const b = zh[i + 1];
      if (!b || !RANGE_BETWEEN_ZH.test(unit.zh.slice(a.end, b.index))) return;
      const ends = en.filter((e) => same(e.value, a.value));
      const starts = en.filter((e) => same(e.value, b.value));
      if (ends.length === 0 || starts.length === 0) return;
      const joined = ends.some((x) =>
        starts.some((y) => y.index > x.end && RANGE_BETWEEN_EN.test(unit.en.slice(x.end, y.index))),
      );
      if (!joined)
        findings.push(
          error(
            a,
            `the range ${a.raw}–${b.raw} is not a range in the English (write “${a.digits}–${b.digits}” or “${a.digits} to ${b.digits}”)`,
          ),
        );
    });

    for (const e of en) {
      if (e.word || zh.some((n) => same(n.value, e.value))) continue;
      findings.push({
        severity: 'warning',
        field: 'en',
        index: e.index,
        text: e.raw,
        message: `“${e.raw}” in the English is not a number of the Chinese`,
      });
    }
    return findings;
  },
};
