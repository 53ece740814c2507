/**
 * The browser's formatter for UI messages that reached it as raw strings (a labels pick or a data
 * file's labels): `{name}` placeholders and ICU plurals, `{count, plural, =0 {…} one {# card} other
 * {# cards}}`, the branch chosen by `Intl.PluralRules` for the page's locale and `#` standing for the
 * number. That is the part of ICU the catalogue uses, so a message reads the same here as through
 * next-intl on the server, without its message-format runtime in the browser. Numbers are written
 * the locale's way. A value that is not given leaves its placeholder as written, so the gap shows.
 */
export function formatMessage(locale: string, message: string, values: Values = {}): string {
  return format(locale, message, values, undefined);
}

type Values = Readonly<Record<string, string | number>>;

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function writeValue(locale: string, value: string | number): string {
  if (typeof value === 'string') return value;
  // Both locales write a whole number below 1,000 as its plain digits. Building the first
  // Intl.NumberFormat loads the locale's number data: about 50 ms on a mid-range phone, which a
  // word card's or a count's first showing should not wait for.
  if (Number.isInteger(value) && Math.abs(value) < 1000) return String(value);
  let formatter = numberFormats.get(locale);
  if (!formatter) numberFormats.set(locale, (formatter = new Intl.NumberFormat(locale)));
  return formatter.format(value);
}

/** The index just past the `}` that closes the `{` at `open`, or -1 if it is never closed. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

function format(locale: string, text: string, values: Values, count: number | undefined): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '#' && count !== undefined) {
      out += writeValue(locale, count);
      i++;
    } else if (ch === '{') {
      const end = closing(text, i);
      if (end < 0) return out + text.slice(i);
      out += argument(locale, text.slice(i, end), values);
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** One `{…}`: a placeholder or a plural. */
function argument(locale: string, source: string, values: Values): string {
  const inner = source.slice(1, -1);
  const plural = /^\s*(\w+)\s*,\s*plural\s*,/.exec(inner);
  const name = plural ? plural[1]! : inner.trim();
  const value = values[name];
  if (value === undefined) return source;
  if (!plural) return writeValue(locale, value);
  const n = Number(value);
  const branches = pluralBranches(inner.slice(plural[0].length));
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const branch = branches.get(`=${n}`) ?? branches.get(rules.select(n)) ?? branches.get('other');
  return branch === undefined ? source : format(locale, branch, values, n);
}

/** `=0 {…} one {…} other {…}` as selector → branch text. */
function pluralBranches(text: string): Map<string, string> {
  const branches = new Map<string, string>();
  const selector = /\s*(=\d+|\w+)\s*\{/g;
  let match: RegExpExecArray | null;
  while ((match = selector.exec(text))) {
    const open = match.index + match[0].length - 1;
    const end = closing(text, open);
    if (end < 0) break;
    branches.set(match[1]!, text.slice(open + 1, end - 1));
    selector.lastIndex = end;
  }
  return branches;
}
