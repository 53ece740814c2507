// The glossary table's view (query, category, sort) as URL search parameters, so a view can be shared.

export const SORTABLE_COLUMNS = ['zh', 'pinyin', 'en', 'category', 'occurrences'] as const;
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];

export interface TableView {
  query: string;
  category: string | null;
  sort: { column: SortableColumn; desc: boolean } | null;
}

export function parseTableView(search: string, categories: readonly string[]): TableView {
  const params = new URLSearchParams(search);
  const category = params.get('category');
  const sortParam = params.get('sort') ?? '';
  const desc = sortParam.startsWith('-');
  const column = (desc ? sortParam.slice(1) : sortParam) as SortableColumn;
  return {
    query: params.get('q') ?? '',
    category: category && categories.includes(category) ? category : null,
    sort: SORTABLE_COLUMNS.includes(column) ? { column, desc } : null,
  };
}

export function serializeTableView(view: TableView): string {
  const params = new URLSearchParams();
  if (view.query) params.set('q', view.query);
  if (view.category) params.set('category', view.category);
  if (view.sort) params.set('sort', `${view.sort.desc ? '-' : ''}${view.sort.column}`);
  const text = params.toString();
  return text ? `?${text}` : '';
}
