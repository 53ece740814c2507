import {
  columnFilteringFeature,
  createFilteredRowModel,
  createSortedRowModel,
  globalFilteringFeature,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';

/**
 * What the glossary's TanStack Table does: sort, filter by column (the category) and filter the
 * whole row (the search). Imported by GlossaryRows only, so the row models load with it; the
 * columns (./columns) take just its type.
 */
export const glossaryFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
});

export type GlossaryFeatures = typeof glossaryFeatures;
