import type { ReactNode } from 'react';

/** The data behind a picture, as a table, behind a disclosure (works without JavaScript). */
export function DataTable({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="picture-data">
      <summary>{summary}</summary>
      <div className="picture-table-wrap">{children}</div>
    </details>
  );
}
