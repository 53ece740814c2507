// The glossary table renders each column from its one definition (components/glossary/columns):
// the first view, before TanStack Table loads, and TanStack Table's view give the same cells.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { glossaryColumns } from '@/components/glossary/columns';
import type { GlossaryRow } from '@/components/glossary/glossary-row';
import GlossaryRows from '@/components/glossary/GlossaryRows';
import { GlossaryTable } from '@/components/glossary/GlossaryTable';
import { loadProject } from '@/lib/project/load';
import { searchableTerm } from '@/lib/terms/searchable';
import { SORTABLE_COLUMNS, type TableView } from '@/lib/terms/table-url';

const { glossary, occurrences } = loadProject().index;
const rows: GlossaryRow[] = glossary.entries.map((entry) => ({
  id: entry.id,
  href: `/en/glossary/${entry.id}`,
  zh: entry.zh,
  pinyin: entry.pinyin,
  en: entry.en,
  articleForms: entry.zhForms.filter((form) => form.text !== entry.zh).map((form) => form.text),
  category: entry.category,
  categoryLabel: `category ${entry.category}`,
  occurrences: occurrences.get(entry.id)?.length ?? 0,
  search: searchableTerm(entry),
}));
const columnLabels = {
  columns: { zh: 'Chinese', pinyin: 'Pinyin', en: 'English', category: 'Category', occurrences: 'Occurrences' },
  occurrencesShort: 'Occ.',
  inArticle: 'In the article:',
};
const labels = {
  ...columnLabels,
  search: 'Search',
  searchHint: 'a term',
  category: 'Category',
  allCategories: 'All',
  clear: 'Clear',
  count: '{shown} of {total} terms',
  noResults: 'No term matches “{query}”.',
  withoutScript: '{total} terms',
};
const columns = glossaryColumns(columnLabels);
const ALL: TableView = { query: '', category: null, sort: null };

/** TanStack Table's rows for a view, as markup. */
const tableRows = (view: TableView) =>
  renderToStaticMarkup(
    <table>
      <GlossaryRows rows={rows} columns={columns} view={view} onApplied={() => {}} />
    </table>,
  );
const rowIds = (html: string) => [...html.matchAll(/data-term-row="([^"]+)"/g)].map((m) => m[1]);

describe('the glossary table', () => {
  const firstView = renderToStaticMarkup(<GlossaryTable rows={rows} categories={[]} locale="en" labels={labels} />);

  it('has one column per sortable column of the URL, in order, each header and cell of its class', () => {
    expect(columns.map((column) => column.accessorKey)).toEqual([...SORTABLE_COLUMNS]);
    for (const column of SORTABLE_COLUMNS) {
      expect(firstView).toContain(`<th scope="col" aria-sort="none" class="col-${column}">`);
      expect(firstView.split(`<td class="col-${column}">`).length - 1).toBe(rows.length);
    }
  });

  it('shows, before TanStack Table loads, the very cells TanStack Table renders', () => {
    const body = firstView.slice(firstView.indexOf('<tbody>'), firstView.indexOf('</tbody>') + '</tbody>'.length);
    expect(rows.length).toBeGreaterThan(100);
    expect(tableRows(ALL)).toBe(`<table>${body}</table>`);
  });

  it("shows a term's article forms, pinyin and link in its cells", () => {
    const withForms = rows.find((row) => row.articleForms.length > 0 && row.pinyin);
    expect(withForms).toBeDefined();
    const row = tableRows(ALL)
      .split('<tr')
      .find((tr) => tr.includes(`data-term-row="${withForms!.id}"`));
    expect(row).toContain(`<a href="${withForms!.href}" lang="zh-Hans" class="glossary-zh">${withForms!.zh}</a>`);
    expect(row).toContain(`In the article: <span lang="zh-Hans">${withForms!.articleForms.join('、')}</span>`);
    expect(row).toContain(`<span lang="zh-Latn-pinyin">${withForms!.pinyin}</span>`);
  });

  it('sorts by a column and filters by the category through the columns', () => {
    const byCount = rowIds(tableRows({ ...ALL, sort: { column: 'occurrences', desc: true } }));
    const counts = byCount.map((id) => rows.find((row) => row.id === id)!.occurrences);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(counts.at(-1)!);

    const category = rows[0].category;
    const inCategory = rowIds(tableRows({ ...ALL, category }));
    expect(inCategory).toEqual(rows.filter((row) => row.category === category).map((row) => row.id));
  });
});
