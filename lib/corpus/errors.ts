/** One problem in the corpus, located by file and, where it applies, by unit. */
export interface CorpusIssue {
  file: string;
  unit?: string;
  /** A glossary entry, for problems in the glossary. */
  entry?: string;
  message: string;
}

export function formatIssue({ file, unit, entry, message }: CorpusIssue): string {
  if (unit) return `${file}: unit ${unit}: ${message}`;
  if (entry) return `${file}: entry ${entry}: ${message}`;
  return `${file}: ${message}`;
}

export class CorpusError extends Error {
  constructor(readonly issues: CorpusIssue[]) {
    super(
      `The corpus is malformed (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((issue) => `  - ${formatIssue(issue)}`).join('\n'),
    );
    this.name = 'CorpusError';
  }
}
