import type { Unit } from '@/lib/corpus/model';

interface Props {
  unit: Unit;
  locale: string;
  label: string;
  accessibleLabel: string;
}

/** Opens the cite dialog; without JavaScript, leads to the unit's page and its citations. */
export function CiteLink({ unit, locale, label, accessibleLabel }: Props) {
  return (
    <a
      className="cite-link"
      href={`/${locale}/p/${unit.id}#cite`}
      aria-label={accessibleLabel}
      data-cite={unit.id}
      data-paragraph={unit.position}
      data-revision={unit.revision.number}
      data-revised={unit.revision.date}
    >
      {label}
    </a>
  );
}
