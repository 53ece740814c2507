// The glossary table's view (query, category, sort) as URL search parameters, so a view can be shared.
import { GLOSSARY_PARAM } from '../routes';

export const SORTABLE_COLUMNS = ['zh', 'pinyin', 'en', 'category', 'occurrences'] as const;
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];

export interface TableView {
  query: string;
  category: string | null;
  sort: { column: SortableColumn; desc: boolean } | null;
}

export function parseTableView(search: string, categories: readonly string[]): TableView {
  const params = new URLSearchParams(search);
  const category = params.get(GLOSSARY_PARAM.category);
  const sortParam = params.get(GLOSSARY_PARAM.sort) ?? '';
  const desc = sortParam.startsWith('-');
  const column = (desc ? sortParam.slice(1) : sortParam) as SortableColumn;
  return {
    query: params.get(GLOSSARY_PARAM.query) ?? '',
    category: category && categories.includes(category) ? category : null,
    sort: SORTABLE_COLUMNS.includes(column) ? { column, desc } : null,
  };
}

export function serializeTableView(view: TableView): string {
  const params = new URLSearchParams();
  if (view.query) params.set(GLOSSARY_PARAM.query, view.query);
  if (view.category) params.set(GLOSSARY_PARAM.category, view.category);
  if (view.sort) params.set(GLOSSARY_PARAM.sort, `${view.sort.desc ? '-' : ''}${view.sort.column}`);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Columns whose first sort is descending: the most frequent terms first. */
export const SORT_DESC_FIRST: readonly SortableColumn[] = ['occurrences'];

/**
 * The sort after a click on a column's header, as in TanStack Table with sorting removal on and one
 * column at a time: a new column starts in its first direction, a second click reverses it, a third
 * removes the sort.
 */
export function nextSort(sort: TableView['sort'], column: SortableColumn): TableView['sort'] {
  const descFirst = SORT_DESC_FIRST.includes(column);
  if (!sort || sort.column !== column) return { column, desc: descFirst };
  if (sort.desc === descFirst) return { column, desc: !descFirst };
  return null;
}
