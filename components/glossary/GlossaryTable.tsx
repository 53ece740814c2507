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
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/react-table';
import { useEffect, useMemo, useRef, useState } from 'react';
import { fillPlaceholders } from '@/lib/placeholders';
import { matchesQuery, type SearchableTerm } from '@/lib/terms/search';
import { parseTableView, serializeTableView, type SortableColumn } from '@/lib/terms/table-url';
import './no-script.css';
import './glossary-table.css';

export interface GlossaryRow {
  id: string;
  href: string;
  zh: string;
  /** The standard term's pinyin; empty for a Latin-only term. */
  pinyin: string;
  en: string;
  /** The article's own forms where they differ from the standard term. */
  articleForms: string[];
  category: string;
  categoryLabel: string;
  occurrences: number;
  search: SearchableTerm;
}

export interface GlossaryTableLabels {
  search: string;
  searchHint: string;
  category: string;
  allCategories: string;
  clear: string;
  /** "In the article:", before the article's own forms. */
  inArticle: string;
  columns: Record<SortableColumn, string>;
  /** A narrow screen shows this instead of the occurrences column's full name. */
  occurrencesShort: string;
  /** "{shown} of {total} terms", with the numbers filled in by the table. */
  count: string;
  /** "No term matches “{query}”." */
  noResults: string;
  /** Shown without JavaScript, in place of the search, category and sort controls ("{total}" filled in). */
  withoutScript: string;
}

interface Props {
  rows: GlossaryRow[];
  categories: { id: string; label: string }[];
  labels: GlossaryTableLabels;
}

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

/** The glossary as a sortable, filterable table whose view lives in the URL. */
export function GlossaryTable({ rows, categories, labels }: Props) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  const restored = useRef(false);

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('zh', {
          header: labels.columns.zh,
          sortFn: (a, b) => zhCollator.compare(a.original.zh, b.original.zh),
          cell: ({ row }) => (
            <>
              <a href={row.original.href} lang="zh-Hans" className="glossary-zh">
                {row.original.zh}
              </a>
              {row.original.articleForms.length > 0 ? (
                <span className="glossary-article-forms">
                  {labels.inArticle} <span lang="zh-Hans">{row.original.articleForms.join('、')}</span>
                </span>
              ) : null}
            </>
          ),
        }),
        helper.accessor('pinyin', {
          header: labels.columns.pinyin,
          sortFn: (a, b) => (a.original.search.pinyin[0]?.numbered ?? '').localeCompare(b.original.search.pinyin[0]?.numbered ?? ''),
          cell: ({ row }) => <span lang="zh-Latn-pinyin">{row.original.pinyin}</span>,
        }),
        helper.accessor('en', {
          header: labels.columns.en,
          sortFn: (a, b) => enCollator.compare(a.original.en, b.original.en),
          cell: ({ row }) => (
            <a href={row.original.href} lang="en">
              {row.original.en}
            </a>
          ),
        }),
        helper.accessor('category', {
          header: labels.columns.category,
          sortFn: (a, b) => a.original.categoryLabel.localeCompare(b.original.categoryLabel),
          filterFn: (row, _columnId, value) => row.original.category === value,
          cell: ({ row }) => row.original.categoryLabel,
        }),
        helper.accessor('occurrences', {
          header: () => (
            <>
              <span className="visually-hidden">{labels.columns.occurrences}</span>
              <span className="label-wide" aria-hidden="true">
                {labels.columns.occurrences}
              </span>
              <span className="label-short" aria-hidden="true">
                {labels.occurrencesShort}
              </span>
            </>
          ),
          sortFn: (a, b) => a.original.occurrences - b.original.occurrences,
          sortDescFirst: true,
          cell: ({ row }) => row.original.occurrences,
        }),
      ]),
    [labels],
  );

  const table = useTable({
    features,
    columns,
    data: rows,
    state: { sorting, columnFilters, globalFilter },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
    onGlobalFilterChange: setGlobalFilter,
    enableSortingRemoval: true,
    getColumnCanGlobalFilter: (column) => column.id === 'zh',
    globalFilterFn: (row, _columnId, value) => matchesQuery(row.original.search, String(value ?? '')),
  });

  const categoryIds = useMemo(() => categories.map((c) => c.id), [categories]);

  // The URL is the source of the view on arrival; afterwards the view writes the URL.
  useEffect(() => {
    const view = parseTableView(window.location.search, categoryIds);
    setGlobalFilter(view.query);
    setColumnFilters(view.category ? [{ id: 'category', value: view.category }] : []);
    setSorting(view.sort ? [{ id: view.sort.column, desc: view.sort.desc }] : []);
    restored.current = true;
  }, [categoryIds]);

  const category = (columnFilters.find((f) => f.id === 'category')?.value as string | undefined) ?? null;
  const sort = sorting[0] ? { column: sorting[0].id as SortableColumn, desc: sorting[0].desc } : null;

  useEffect(() => {
    if (!restored.current) return;
    const search = serializeTableView({ query: globalFilter, category, sort });
    if (search !== window.location.search) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
    }
  }, [globalFilter, category, sort?.column, sort?.desc]); // eslint-disable-line react-hooks/exhaustive-deps

  const shown = table.getRowModel().rows;

  return (
    <div className="glossary-table">
      <p className="without-script glossary-count">{fillPlaceholders(labels.withoutScript, { total: rows.length })}</p>
      <div className="glossary-controls needs-script" role="search">
        <div className="control">
          <label htmlFor="glossary-search">{labels.search}</label>
          <input
            id="glossary-search"
            type="search"
            value={globalFilter}
            onChange={(event) => setGlobalFilter(event.target.value)}
            placeholder={labels.searchHint}
            aria-describedby="glossary-count"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="control">
          <label htmlFor="glossary-category">{labels.category}</label>
          <select
            id="glossary-category"
            value={category ?? ''}
            onChange={(event) =>
              setColumnFilters(event.target.value ? [{ id: 'category', value: event.target.value }] : [])
            }
          >
            <option value="">{labels.allCategories}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        {globalFilter || category || sort ? (
          <button
            type="button"
            className="clear"
            onClick={() => {
              setGlobalFilter('');
              setColumnFilters([]);
              setSorting([]);
            }}
          >
            {labels.clear}
          </button>
        ) : null}
      </div>
      <p id="glossary-count" className="glossary-count needs-script" aria-live="polite">
        {fillPlaceholders(labels.count, { shown: shown.length, total: rows.length })}
      </p>
      <table>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const direction = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
                    className={`col-${header.column.id}`}
                  >
                    <button type="button" className="needs-script" onClick={header.column.getToggleSortingHandler()}>
                      <table.FlexRender header={header} />
                      <span className="sort-indicator" aria-hidden="true">
                        {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
                      </span>
                    </button>
                    <span className="without-script">
                      <table.FlexRender header={header} />
                    </span>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.id} data-term-row={row.original.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={`col-${cell.column.id}`}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 ? <p className="no-results">{fillPlaceholders(labels.noResults, { query: globalFilter })}</p> : null}
    </div>
  );
}
