'use client';

import './terms.css';
import { useEffect } from 'react';
import type { Lang } from '@/lib/corpus/model';
import { registerBehaviour } from '../behaviour/gate';
import type { TooltipLabels } from './tooltip';

/**
 * The one term tooltip, on every page: registers it with the behaviour gate, which starts its
 * controller (./tooltip, in the behaviour module) on the page's first use. Renders nothing.
 */
export function TermTooltip({ locale, labels }: { locale: Lang; labels: TooltipLabels }) {
  useEffect(() => registerBehaviour({ kind: 'tooltip', options: { locale, labels } }), [locale, labels]);
  return null;
}
