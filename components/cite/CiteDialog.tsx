'use client';

import './cite.css';
import { useEffect, useRef, useState } from 'react';
import type { CiteLanguage, CiteStyle } from '@/lib/cite/styles';
import { CITE_LINK_CLASS, DATA_URL, type CiteData, type SentenceData } from '@/lib/reader/contract';
import { fetchJson } from '../fetch-json';
import { retryingLoader } from '../retrying-loader';
import { prefetchOnApproach, warmWhenIdle } from '../warm-up';
import type { Target } from './target';

export interface CiteLabels {
  dialogTitle: string; // contains {id}
  quote: string;
  languages: Record<CiteLanguage, string>;
  style: string;
  styles: Record<CiteStyle, string>;
  preview: string;
  copy: string;
  copied: string;
  copyFailed: string;
  download: string;
  close: string;
  provenance: string;
  /** What is quoted: the whole paragraph or one sentence group. */
  passage: string;
  passageWhole: string;
  /** Contains {n}. */
  passageSentence: string;
}

export interface CiteDialogProps {
  locale: 'zh' | 'en';
  siteUrl: string;
  defaultStyle: CiteStyle;
}

// The form is its own chunk, loaded on the first citation; a failed request is tried again on the next.
// It is rendered once loaded, not through React.lazy, whose Suspense reveal React may hold back.
const loadBody = retryingLoader(() => import('./CiteBody'));
type Body = Awaited<ReturnType<typeof loadBody>>['default'];

/** The form's code and the data a citation needs, fetched ahead: when the page is idle, or a cite link is approached. */
function prefetchCite(locale: CiteDialogProps['locale']) {
  loadBody().catch(() => undefined);
  fetchJson<CiteData>(DATA_URL.cite(locale)).catch(() => undefined);
  fetchJson<SentenceData>(DATA_URL.sentences).catch(() => undefined);
}

/** One opening of the dialog: what is cited, on which day; `count` tells openings apart. */
export interface Opened {
  /** The form (loaded before the first opening). */
  Body?: Body;
  target: Target;
  /** When it was opened (ms since the epoch): the citation's access date. */
  at: number;
  count: number;
}

/**
 * One cite dialog for the page. Every unit's cite link (a link to the unit's page, which lists its
 * citations without JavaScript) opens it through a single delegated listener. A citation has the
 * current revision of the unit's English (from the static units file) and the text as shown. The
 * form, the formatters and the gathering of what a link cites load on first use, and are prefetched
 * when the page is idle or the pointer or focus reaches a cite link.
 */
export function CiteDialog(props: CiteDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLElement | null>(null);
  const [opened, setOpened] = useState<Opened>();

  useEffect(() => {
    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const trigger = (event.target as Element | null)?.closest<HTMLElement>(`a.${CITE_LINK_CLASS}`);
      if (!trigger) return;
      // Without the unit's data (offline), the link leads to the unit's page and its citations.
      event.preventDefault();
      void loadBody()
        .then(async (body) => ({ Body: body.default, target: await body.targetFrom(trigger, props.locale) }))
        .catch(() => undefined)
        .then((loaded) => {
          if (!loaded?.target) {
            window.location.assign(trigger.getAttribute('href')!);
            return;
          }
          const { Body, target } = loaded;
          triggerRef.current = trigger;
          setOpened((previous) => ({ Body, target, at: Date.now(), count: (previous?.count ?? 0) + 1 }));
        });
    }
    document.addEventListener('click', onClick);
    const selector = `a.${CITE_LINK_CLASS}`;
    const prefetch = () => prefetchCite(props.locale);
    // Only where there is something to cite.
    if (document.querySelector(selector)) warmWhenIdle(prefetch);
    const stopPrefetch = prefetchOnApproach(document, selector, prefetch);
    return () => {
      document.removeEventListener('click', onClick);
      stopPrefetch();
    };
  }, [props.locale]);

  return (
    <dialog
      ref={dialogRef}
      className="cite-dialog"
      aria-labelledby="cite-title"
      onClose={() => triggerRef.current?.focus()}
    >
      {opened?.Body ? <opened.Body {...props} opened={opened} dialog={dialogRef} /> : null}
    </dialog>
  );
}
