import type { Lang } from '@/lib/corpus/model';
import { CITE_LINK_CLASS, unitCiteHref } from '@/lib/reader/contract';

interface Props {
  unitId: string;
  locale: Lang;
  label: string;
  /** Where the link's paragraph does not name the unit, a name that does. */
  accessibleLabel?: string;
}

/** Opens the cite dialog; without JavaScript, leads to the unit's page and its citations. */
export function CiteLink({ unitId, locale, label, accessibleLabel }: Props) {
  return (
    <a
      className={CITE_LINK_CLASS}
      href={unitCiteHref(locale, unitId)}
      {...(accessibleLabel ? { 'aria-label': accessibleLabel } : {})}
    >
      {label}
    </a>
  );
}
