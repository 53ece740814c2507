import type { Messages } from 'next-intl';
import type { ColumnDef } from '@tanstack/react-table';
import { labelGap } from '@/lib/label-gap';
import { SORT_DESC_FIRST, type SortableColumn } from '@/lib/terms/table-url';
import type { GlossaryFeatures } from './features';
import type { GlossaryRow } from './glossary-row';

/** The labels the columns show: their names (a narrow screen shows `occurrencesShort` for the
 * occurrences column's) and "In the article:", before the article's own forms. */
type ColumnLabels = Pick<Messages['Glossary'], 'columns' | 'occurrencesShort' | 'inArticle'>;

/**
 * What a cell reads of TanStack Table's cell context: its row's term. The first view renders its
 * cells before TanStack Table has loaded (GlossaryTable), so it hands a cell this much itself.
 */
export interface TermCellContext {
  row: { original: GlossaryRow };
}

/** A column's id is its sort's name in the URL, and its class (`col-<id>`) sets its width. */
type GlossaryColumn = ColumnDef<GlossaryFeatures, GlossaryRow> & { accessorKey: SortableColumn };

// Made on the first sort, not on arrival: a pinyin collator is not free to build on a phone.
let zhCollator: Intl.Collator | undefined;
let enCollator: Intl.Collator | undefined;
const zhOrder = (a: string, b: string) => (zhCollator ??= new Intl.Collator('zh-Hans-u-co-pinyin')).compare(a, b);
const enOrder = (a: string, b: string) =>
  (enCollator ??= new Intl.Collator('en', { sensitivity: 'base' })).compare(a, b);

/**
 * The glossary's columns in order, each defined here only: its header, its cell, how it sorts and
 * how it filters. Both views render them with TanStack Table's flexRender: the first view (every
 * term in the glossary's order) before the table loads, and GlossaryRows through the table.
 */
export function glossaryColumns(labels: ColumnLabels) {
  return [
    {
      accessorKey: 'zh',
      header: () => labels.columns.zh,
      cell: ({ row: { original: term } }: TermCellContext) => (
        <>
          <a href={term.href} lang="zh-Hans" className="glossary-zh">
            {term.zh}
          </a>
          {term.articleForms.length > 0 ? (
            <span className="glossary-article-forms">
              {labels.inArticle}
              {labelGap(labels.inArticle)}
              <span lang="zh-Hans">{term.articleForms.join('、')}</span>
            </span>
          ) : null}
        </>
      ),
      sortFn: (a, b) => zhOrder(a.original.zh, b.original.zh),
    },
    {
      accessorKey: 'pinyin',
      header: () => labels.columns.pinyin,
      cell: ({ row: { original: term } }: TermCellContext) => <span lang="zh-Latn-pinyin">{term.pinyin}</span>,
      sortFn: (a, b) =>
        (a.original.search.pinyin[0]?.numbered ?? '').localeCompare(b.original.search.pinyin[0]?.numbered ?? ''),
    },
    {
      accessorKey: 'en',
      header: () => labels.columns.en,
      cell: ({ row: { original: term } }: TermCellContext) => (
        <a href={term.href} lang="en">
          {term.en}
        </a>
      ),
      sortFn: (a, b) => enOrder(a.original.en, b.original.en),
    },
    {
      accessorKey: 'category',
      header: () => labels.columns.category,
      cell: ({ row: { original: term } }: TermCellContext) => term.categoryLabel,
      sortFn: (a, b) => a.original.categoryLabel.localeCompare(b.original.categoryLabel),
      filterFn: (row, _columnId, value) => row.original.category === value,
    },
    {
      accessorKey: 'occurrences',
      // The full name is what a screen reader says; the short one fits a phone.
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
      cell: ({ row: { original: term } }: TermCellContext) => term.occurrences,
      sortFn: (a, b) => a.original.occurrences - b.original.occurrences,
      sortDescFirst: SORT_DESC_FIRST.includes('occurrences'),
    },
  ] satisfies GlossaryColumn[];
}
