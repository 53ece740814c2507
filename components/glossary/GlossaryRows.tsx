'use client';

import { useTable } from '@tanstack/react-table';
import { useLayoutEffect } from 'react';
import { matchesQuery } from '@/lib/terms/query-match';
import type { TableView } from '@/lib/terms/table-url';
import type { glossaryColumns } from './columns';
import { glossaryFeatures } from './features';
import type { Applied, GlossaryRow } from './glossary-row';
import { GlossaryTableRow } from './GlossaryTableRow';

interface Props {
  rows: GlossaryRow[];
  columns: ReturnType<typeof glossaryColumns>;
  view: TableView;
  /** Told, after each render, which view the rows now show. */
  onApplied: (applied: Applied) => void;
}

/**
 * The table's rows in a view: TanStack Table filters (the search and the category) and sorts them,
 * and renders each cell from its column (./columns). It loads with the first change of view
 * (GlossaryTable), so the glossary page does not carry it.
 */
export default function GlossaryRows({ rows, columns, view, onApplied }: Props) {
  const table = useTable({
    features: glossaryFeatures,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    state: {
      sorting: view.sort ? [{ id: view.sort.column, desc: view.sort.desc }] : [],
      columnFilters: view.category ? [{ id: 'category', value: view.category }] : [],
      globalFilter: view.query,
    },
    getColumnCanGlobalFilter: (column) => column.id === 'zh',
    globalFilterFn: (row, _columnId, value) => matchesQuery(row.original.search, String(value ?? '')),
  });
  const shown = table.getRowModel().rows;

  useLayoutEffect(() => onApplied({ view, count: shown.length }), [view, shown.length, onApplied]);

  return (
    <tbody>
      {shown.map((row) => (
        <GlossaryTableRow
          key={row.id}
          id={row.id}
          cells={row
            .getAllCells()
            .map((cell) => ({ column: cell.column.id, content: <table.FlexRender cell={cell} /> }))}
        />
      ))}
    </tbody>
  );
}
