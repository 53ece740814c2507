'use client';

import './terms.css';
import { useEffect } from 'react';
import type { Lang } from '@/lib/corpus/model';
import { attachTooltip, type TooltipLabels } from './tooltip';

/** Mounts the one term tooltip; it renders nothing until a term is hovered, focused or tapped. */
export function TermTooltip({ locale, labels }: { locale: Lang; labels: TooltipLabels }) {
  useEffect(() => attachTooltip(document, { locale, labels }), [locale, labels]);
  return null;
}
