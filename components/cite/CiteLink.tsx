import { CITE_LINK_CLASS } from '@/lib/reader/contract';
import { unitCitePath } from '@/lib/routes';
import type { Locale } from '@/lib/locale';

interface Props {
  unitId: string;
  locale: Locale;
  label: string;
  /** Where the link's paragraph does not name the unit, a name that does. */
  accessibleLabel?: string;
}

/** Opens the cite dialog; without JavaScript, leads to the unit's page and its citations. */
export function CiteLink({ unitId, locale, label, accessibleLabel }: Props) {
  return (
    <a
      className={CITE_LINK_CLASS}
      href={unitCitePath(locale, unitId)}
      {...(accessibleLabel ? { 'aria-label': accessibleLabel } : {})}
    >
      {label}
    </a>
  );
}
