'use client';

import { flexRender } from '@tanstack/react-table/flex-render';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { NEEDS_JS_CLASS, WITHOUT_JS_CLASS } from '@/lib/display/needs-js';
import { formatMessage } from '@/lib/format-message';
import type { Locale } from '@/lib/locale';
import { nextSort, parseTableView, serializeTableView, type TableView } from '@/lib/terms/table-url';
import { glossaryColumns } from './columns';
import type { Applied, GlossaryRow } from './glossary-row';
import { GlossaryTableRow } from './GlossaryTableRow';
import type { GlossaryTableLabels } from './labels';
import './glossary-table.css';

interface Props {
  rows: GlossaryRow[];
  categories: { id: string; label: string }[];
  locale: Locale;
  labels: GlossaryTableLabels;
}

const ALL: TableView = { query: '', category: null, sort: null };
// TanStack Table, the search matcher and the sort orders load with the first change of view.
const GlossaryRows = lazy(() => import('./GlossaryRows'));

/**
 * The glossary as a sortable, filterable table whose view lives in the URL. The page arrives with
 * every term in the glossary's order; the first search, category or sort (or a shared view in the
 * URL) loads the rows' filtering and sorting (./GlossaryRows). Headers and the count describe the
 * rows shown, so they change when the rows do.
 */
export function GlossaryTable({ rows, categories, locale, labels }: Props) {
  const [view, setView] = useState<TableView>(ALL);
  const [active, setActive] = useState(false);
  const [applied, setApplied] = useState<Applied>({ view: ALL, count: rows.length });
  const restored = useRef(false);
  const categoryIds = useMemo(() => categories.map((c) => c.id), [categories]);
  const onApplied = useCallback((next: Applied) => setApplied(next), []);
  const columns = useMemo(() => glossaryColumns(labels), [labels]);

  const change = (patch: Partial<TableView>) => {
    setView((current) => ({ ...current, ...patch }));
    setActive(true);
  };

  // The view writes the URL once the URL's own view has been read (the effect below, which runs
  // after this one on arrival).
  useEffect(() => {
    if (!restored.current) return;
    const search = serializeTableView(view);
    if (search !== window.location.search) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}`);
    }
  }, [view]);

  // The URL is the source of the view on arrival.
  useEffect(() => {
    const arrived = parseTableView(window.location.search, categoryIds);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the server renders the default view; the address is read once hydrated
    if (serializeTableView(arrived)) change(arrived);
    restored.current = true;
  }, [categoryIds]);

  const sorted = applied.view.sort;
  // The first view: every term in the glossary's order, each cell rendered from its column as
  // TanStack Table would render it, before the table has loaded.
  const allRows = (
    <tbody>
      {rows.map((row) => (
        <GlossaryTableRow
          key={row.id}
          id={row.id}
          cells={columns.map((column) => ({
            column: column.accessorKey,
            content: flexRender(column.cell, { row: { original: row } }),
          }))}
        />
      ))}
    </tbody>
  );

  return (
    <div className="glossary-table">
      <p className={`${WITHOUT_JS_CLASS} glossary-count`}>
        {formatMessage(locale, labels.withoutScript, { total: rows.length })}
      </p>
      <div className={`glossary-controls ${NEEDS_JS_CLASS}`} role="search">
        <div className="control">
          <label htmlFor="glossary-search">{labels.search}</label>
          <input
            id="glossary-search"
            type="search"
            value={view.query}
            onChange={(event) => change({ query: event.target.value })}
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
            value={view.category ?? ''}
            onChange={(event) => change({ category: event.target.value || null })}
          >
            <option value="">{labels.allCategories}</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        {serializeTableView(view) ? (
          <button type="button" className="clear" onClick={() => change(ALL)}>
            {labels.clear}
          </button>
        ) : null}
      </div>
      <p id="glossary-count" className={`glossary-count ${NEEDS_JS_CLASS}`} aria-live="polite">
        {formatMessage(locale, labels.count, { shown: applied.count, total: rows.length })}
      </p>
      <table>
        <thead>
          {/* The headers are this component's in both views: their sort buttons set the URL's view. */}
          <tr>
            {columns.map(({ accessorKey: column, header }) => {
              const direction = sorted?.column === column ? (sorted.desc ? 'descending' : 'ascending') : 'none';
              return (
                <th key={column} scope="col" aria-sort={direction} className={`col-${column}`}>
                  <button
                    type="button"
                    className={NEEDS_JS_CLASS}
                    onClick={() => change({ sort: nextSort(view.sort, column) })}
                  >
                    {flexRender(header, {})}
                    <span className="sort-indicator" aria-hidden="true">
                      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                    </span>
                  </button>
                  <span className={WITHOUT_JS_CLASS}>{flexRender(header, {})}</span>
                </th>
              );
            })}
          </tr>
        </thead>
        {active ? (
          <Suspense fallback={allRows}>
            <GlossaryRows rows={rows} columns={columns} view={view} onApplied={onApplied} />
          </Suspense>
        ) : (
          allRows
        )}
      </table>
      {applied.count === 0 ? (
        <p className="no-results">{formatMessage(locale, labels.noResults, { query: applied.view.query })}</p>
      ) : null}
    </div>
  );
}
