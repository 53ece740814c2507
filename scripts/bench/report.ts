import { performance } from 'node:perf_hooks';
// One row per figure, printed as a table next to its budget and written as JSON.

export interface Row {
  section: string;
  subject: string;
  figure: string;
  value: number | null;
  /** The value as printed, with its unit. */
  shown: string;
  /** The budget as printed ("≤ 100 kB"), or '' when a figure has none (context, not a target). */
  budget: string;
  /** true = within budget, false = over, null = no budget. */
  pass: boolean | null;
  note?: string;
}

/** Median of several timed runs, in ms (one warm-up run first). */
export function medianMs(run: () => void, rounds: number): number {
  run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const ms = (value: number) =>
  value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(value < 10 ? 2 : 0)} ms`;

export function row(
  section: string,
  subject: string,
  figure: string,
  value: number | null,
  shown: string,
  budget?: { text: string; pass: boolean },
  note?: string,
): Row {
  return {
    section,
    subject,
    figure,
    value,
    shown,
    budget: budget?.text ?? '',
    pass: budget ? budget.pass : null,
    ...(note ? { note } : {}),
  };
}

export function atMost(value: number, limit: number, show: (n: number) => string) {
  return { text: `≤ ${show(limit)}`, pass: value <= limit };
}

export function atLeast(value: number, limit: number, show: (n: number) => string) {
  return { text: `≥ ${show(limit)}`, pass: value >= limit };
}

/** The rows as an aligned text table; over-budget rows are marked OVER. */
export function formatTable(rows: Row[]): string {
  const header = ['section', 'page / subject', 'figure', 'value', 'budget', ''];
  const cells = rows.map((r) => [
    r.section,
    r.subject,
    r.figure,
    r.shown,
    r.budget || '—',
    r.pass === null ? '' : r.pass ? 'pass' : 'OVER',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => [...c[i]].length)));
  const line = (c: string[]) =>
    c
      .map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export function summary(rows: Row[]): string {
  const budgeted = rows.filter((r) => r.pass !== null);
  const over = budgeted.filter((r) => r.pass === false);
  return over.length === 0
    ? `All ${budgeted.length} budgeted figures within budget.`
    : `${over.length} of ${budgeted.length} budgeted figures OVER budget: ${over.map((r) => `${r.subject} ${r.figure}`).join('; ')}.`;
}
