// Dates as each citation style writes them, from ISO dates (YYYY-MM-DD), without time zones.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// MLA abbreviates months longer than four letters.
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function parts(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`not an ISO date: ${iso}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export const year = (iso: string) => parts(iso)[0];

/** 2024, November 13 */
export function apaDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${y}, ${MONTHS[m - 1]} ${d}`;
}

/** 13 Nov. 2024 */
export function mlaDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${MLA_MONTHS[m - 1]} ${y}`;
}

/** November 13, 2024 */
export function chicagoDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** 2024/11/13/ (RIS) */
export function risDate(iso: string): string {
  return `${iso.replace(/-/g, '/')}/`;
}

export function dateParts(iso: string): [number, number, number] {
  return parts(iso);
}

/** A date as YYYY-MM-DD in the local time zone: the access date of a citation made today. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
