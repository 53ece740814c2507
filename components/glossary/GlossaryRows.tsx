'use client';

import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useLayoutEffect } from 'react';
import { matchesQuery } from '@/lib/terms/search';
import { SORT_DESC_FIRST, type TableView } from '@/lib/terms/table-url';
import type { Applied, GlossaryRow } from './glossary-row';
import { GlossaryTableRow } from './GlossaryTableRow';

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
});

const helper = createColumnHelper<typeof features, GlossaryRow>();
const zhCollator = new Intl.Collator('zh-Hans-u-co-pinyin');
const enCollator = new Intl.Collator('en', { sensitivity: 'base' });

// How each column sorts and filters; the cells are GlossaryTableRow's.
const columns = helper.columns([
  helper.accessor('zh', { sortFn: (a, b) => zhCollator.compare(a.original.zh, b.original.zh) }),
  helper.accessor('pinyin', {
    sortFn: (a, b) =>
      (a.original.search.pinyin[0]?.numbered ?? '').localeCompare(b.original.search.pinyin[0]?.numbered ?? ''),
  }),
  helper.accessor('en', { sortFn: (a, b) => enCollator.compare(a.original.en, b.original.en) }),
  helper.accessor('category', {
    sortFn: (a, b) => a.original.categoryLabel.localeCompare(b.original.categoryLabel),
    filterFn: (row, _columnId, value) => row.original.category === value,
  }),
  helper.accessor('occurrences', {
    sortFn: (a, b) => a.original.occurrences - b.original.occurrences,
    sortDescFirst: SORT_DESC_FIRST.includes('occurrences'),
  }),
]);

interface Props {
  rows: GlossaryRow[];
  view: TableView;
  inArticle: string;
  /** Told, after each render, which view the rows now show. */
  onApplied: (applied: Applied) => void;
}

/**
 * The table's rows in a view: TanStack Table filters (the search and the category) and sorts them.
 * It loads with the first change of view (GlossaryTable), so the glossary page does not carry it.
 */
export default function GlossaryRows({ rows, view, inArticle, onApplied }: Props) {
  const table = useTable({
    features,
    columns,
    data: rows,
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
        <GlossaryTableRow key={row.id} row={row.original} inArticle={inArticle} />
      ))}
    </tbody>
  );
}
