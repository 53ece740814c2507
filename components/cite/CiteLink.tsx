import type { Lang } from '@/lib/corpus/model';
import { CITE_LINK_CLASS, unitCiteHref } from '@/lib/reader/contract';

interface Props {
  unitId: string;
  locale: Lang;
  label: string;
  accessibleLabel: string;
}

/** Opens the cite dialog; without JavaScript, leads to the unit's page and its citations. */
export function CiteLink({ unitId, locale, label, accessibleLabel }: Props) {
  return (
    <a className={CITE_LINK_CLASS} href={unitCiteHref(locale, unitId)} aria-label={accessibleLabel}>
      {label}
    </a>
  );
}
