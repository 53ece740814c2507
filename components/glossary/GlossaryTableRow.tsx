import type { ReactNode } from 'react';

/** One term of the glossary table, as both views render it: its columns' cells, in order. */
export function GlossaryTableRow({ id, cells }: { id: string; cells: { column: string; content: ReactNode }[] }) {
  return (
    <tr data-term-row={id}>
      {cells.map(({ column, content }) => (
        <td key={column} className={`col-${column}`}>
          {content}
        </td>
      ))}
    </tr>
  );
}
