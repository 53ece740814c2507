'use client';

import '../terms/terms.css';
import { useEffect } from 'react';
import { TERM_SELECTOR } from '@/lib/reader/contract';
import type { Locale } from '@/lib/locale';
import { registerBehaviour } from './gate';
import type { TooltipLabels } from '../terms/labels';

/**
 * The one term tooltip: on a page with terms, registers it with the behaviour gate, which starts
 * its controller (./tooltip, in the behaviour module) on the page's first use. A page without terms
 * (search, practice, downloads) loads nothing for it. Renders nothing.
 */
export function TermTooltip({ locale, labels }: { locale: Locale; labels: TooltipLabels }) {
  useEffect(() => {
    if (!document.querySelector(TERM_SELECTOR)) return;
    return registerBehaviour({ kind: 'tooltip', options: { locale, labels } });
  }, [locale, labels]);
  return null;
}
