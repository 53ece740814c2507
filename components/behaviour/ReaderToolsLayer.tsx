import { getMessages } from 'next-intl/server';
import type { ArticleMeta } from '@/lib/corpus/schema';
import { FILTER_SPEAKERS, type FilterSpeaker } from '@/lib/display/state';
import type { Locale } from '@/lib/locale';
import { ReaderTools } from './ReaderTools';
import { readerToolsLabels } from './reader-tools-labels';

/** The reading controls with their labels picked on the server: no message catalog crosses. */
export async function ReaderToolsLayer({
  locale,
  speakers,
  retired,
}: {
  locale: Locale;
  speakers: ArticleMeta['speakers'];
  /** Retired unit IDs and the unit that now holds each one's text. */
  retired: Record<string, string>;
}) {
  const names = Object.fromEntries(FILTER_SPEAKERS.map((id) => [id, speakers[id]?.[locale] ?? id])) as Record<
    FilterSpeaker,
    string
  >;
  return (
    <ReaderTools
      locale={locale}
      speakers={names}
      {...(Object.keys(retired).length > 0 ? { retired } : {})}
      labels={readerToolsLabels(await getMessages())}
    />
  );
}
