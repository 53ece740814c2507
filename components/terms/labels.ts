import type { Messages } from 'next-intl';
import { pickMessages } from '@/i18n/pick-messages';

/** What the term tooltip says: the Tooltip messages, and the Term messages for a form that differs. */
export type TooltipLabels = Pick<Messages['Tooltip'], 'termPage' | 'note' | 'misspelled'> &
  Pick<Messages['Term'], 'standard'> & { status: Pick<Messages['Term']['status'], 'variant' | 'nonstandard'> };

/** The tooltip's labels, picked on the server and passed to the island (every page has one). */
export function tooltipLabels(messages: Messages): TooltipLabels {
  return {
    ...pickMessages(messages.Tooltip, ['termPage', 'note', 'misspelled']),
    ...pickMessages(messages.Term, ['standard']),
    status: pickMessages(messages.Term.status, ['variant', 'nonstandard']),
  };
}
