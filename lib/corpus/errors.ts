/**
 * The shape the glossary builder (lib/terms/glossary.ts) throws its problems in. The corpus check
 * (lib/check/glossary.ts) turns them into `Problem`s (lib/corpus/problems.ts), the one shape
 * every check reports in; new code reports `Problem`s directly.
 */
export interface CorpusIssue {
  file: string;
  unit?: string;
  /** A glossary entry, for problems in the glossary. */
  entry?: string;
  message: string;
}

function formatIssue({ file, unit, entry, message }: CorpusIssue): string {
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
