import type { Messages } from 'next-intl';
import { pickMessages } from '@/i18n/pick-messages';

const GLOSSARY_LABEL_KEYS = [
  'search',
  'searchHint',
  'category',
  'allCategories',
  'clear',
  'inArticle',
  'columns',
  'occurrencesShort',
  'count',
  'noResults',
  'withoutScript',
] as const;

/** What the glossary table says: the Glossary messages picked by key. */
export type GlossaryTableLabels = Pick<Messages['Glossary'], (typeof GLOSSARY_LABEL_KEYS)[number]>;

export function glossaryTableLabels(messages: Messages): GlossaryTableLabels {
  return pickMessages(messages.Glossary, GLOSSARY_LABEL_KEYS);
}
