import type { Segment } from '../../terms/mark';
import { escapeRegExp, inside, spansOf, URL_PATTERN } from './text';
import type { Finding, QaRule } from './types';

/** A Latin-script word of the Chinese: a name, product, acronym or version (Claude, RLHF, GPT-1, 3.5-less). */
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*(?:['’.\-+][A-Za-z0-9]+)*/g;

/** Spans of the Chinese that are glossary terms: their English is the terminology rule's business. */
function termSpans(segments: Segment[] | undefined): [number, number][] {
  const spans: [number, number][] = [];
  let at = 0;
  for (const segment of segments ?? []) {
    const text = typeof segment === 'string' ? segment : segment.text;
    if (typeof segment !== 'string') spans.push([at, at + text.length]);
    at += text.length;
  }
  return spans;
}

/** An acronym (AI, RLHF) keeps its case; a word may change case ("Scaling" in a gloss) and take a plural. */
function carriedPattern(token: string): RegExp {
  const acronym = /^[A-Z0-9]+$/.test(token) && /[A-Z].*[A-Z]|^[A-Z]$/.test(token);
  return new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(token)}(?:e?s)?(?![A-Za-z0-9])`, acronym ? '' : 'i');
}

/**
 * Latin-script tokens of the Chinese (names, products, acronyms, URLs) are carried into the English
 * as written. Tokens inside a glossary term are left to the terminology rule.
 */
export const carriedTokensRule: QaRule = {
  id: 'carried-tokens',
  description: 'Latin-script tokens of the Chinese (names, products, acronyms, URLs) appear in the English.',
  check({ unit, marked }) {
    const findings: Finding[] = [];
    const terms = termSpans(marked?.zh);
    const urls = spansOf(unit.zh, URL_PATTERN);
    for (const [start, end] of urls) {
      const url = unit.zh.slice(start, end);
      if (!unit.en.includes(url))
        findings.push({
          severity: 'error',
          field: 'zh',
          index: start,
          text: url,
          message: `the address ${url} is not in the English`,
        });
    }
    const seen = new Set<string>();
    for (const m of unit.zh.matchAll(LATIN_WORD)) {
      const start = m.index!;
      const token = m[0];
      if (inside(urls, start, start + token.length) || inside(terms, start, start + token.length) || seen.has(token))
        continue;
      seen.add(token);
      if (!carriedPattern(token).test(unit.en)) {
        findings.push({
          severity: 'error',
          field: 'zh',
          index: start,
          text: token,
          message: `“${token}” is not carried into the English`,
        });
      }
    }
    return findings;
  },
};
