/** One problem in the corpus, located by file and, where it applies, by unit. */
export interface CorpusIssue {
  file: string;
  unit?: string;
  message: string;
}

export function formatIssue({ file, unit, message }: CorpusIssue): string {
  return unit ? `${file}: unit ${unit}: ${message}` : `${file}: ${message}`;
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
