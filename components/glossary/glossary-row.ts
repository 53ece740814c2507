// What the glossary table (GlossaryTable), its lazily loaded rows (GlossaryRows) and its columns
// (./columns) share: the row as the page hands it over, and the view the rows last showed.
import type { SearchableTerm } from '@/lib/terms/query-match';
import type { TableView } from '@/lib/terms/table-url';

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

export interface Applied {
  view: TableView;
  /** How many rows the view shows. */
  count: number;
}
