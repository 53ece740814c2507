'use client';

import './cite.css';
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { CITE_LINK_CLASS } from '@/lib/reader/contract';
import { DATA_URL } from '@/lib/routes';
import { fetchJson } from '../fetch-json';
import { retryingLoader } from '../retrying-loader';
import { prefetchOnApproach, warmWhenIdle } from '../warm-up';
import type { CiteDialogProps, Opening } from './CiteBody';
import type { CiteFacts } from './target';

// The form is its own chunk, loaded on the first citation; a failed request is tried again on the next.
// It is rendered once loaded, not through React.lazy, whose Suspense reveal React may hold back.
const loadBody = retryingLoader(() => import('./CiteBody'));
type BodyModule = Awaited<ReturnType<typeof loadBody>>;
type Body = BodyModule['default'];

/** The form's code and the data a citation needs, in memory: a tap then opens the dialog in one task. */
interface Ready {
  Body: Body;
  targetFrom: BodyModule['targetFrom'];
  facts: CiteFacts;
}

/** Loads the form and both data files; rejects when the units' data cannot be had (offline). */
async function loadReady(locale: CiteDialogProps['locale']): Promise<Ready> {
  // Both data files are requested alongside the chunk (fetchJson shares each request with loadFacts).
  fetchJson(DATA_URL.cite(locale)).catch(() => undefined);
  fetchJson(DATA_URL.sentences).catch(() => undefined);
  const body = await loadBody();
  return { Body: body.default, targetFrom: body.targetFrom, facts: await body.loadFacts(locale) };
}

/** One opening of the dialog, with the form that renders it. */
interface Opened extends Opening {
  Body: Body;
}

/**
 * One cite dialog for the page. Every unit's cite link (a link to the unit's page, which lists its
 * citations without JavaScript) opens it through a single delegated listener. A citation has the
 * current revision of the unit's English (from the static units file) and the text as shown. The
 * form, the formatters and the gathering of what a link cites load on first use, and are prefetched
 * when the page is idle or the pointer or focus reaches a cite link. Once they are in memory the
 * form is rendered ahead, inside the closed dialog, for the first link; a tap then only fills in its
 * unit (a synchronous render) and calls showModal, with no await between the tap and the dialog.
 */
export function CiteDialog(props: CiteDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLElement | null>(null);
  const readyRef = useRef<Ready | undefined>(undefined);
  const [opened, setOpened] = useState<Opened>();

  useEffect(() => {
    const selector = `a.${CITE_LINK_CLASS}`;
    let live = true;

    function open(trigger: HTMLElement, ready: Ready) {
      const target = ready.targetFrom(trigger, ready.facts);
      // A link whose unit the data does not know leads to the unit's page and its citations.
      if (!target) return window.location.assign(trigger.getAttribute('href')!);
      triggerRef.current = trigger;
      // Committed at once, so the form is in place (and takes focus) when the dialog opens.
      flushSync(() =>
        setOpened((previous) => ({ Body: ready.Body, target, at: Date.now(), count: (previous?.count ?? 0) + 1 })),
      );
      if (!dialogRef.current?.open) dialogRef.current?.showModal();
    }

    function prepare(): Promise<Ready> {
      return loadReady(props.locale).then((ready) => {
        if (live && !readyRef.current) {
          readyRef.current = ready;
          // Rendered ahead in the closed dialog (not shown, not in the accessibility tree), for the first link.
          const first = document.querySelector<HTMLElement>(selector);
          const target = first ? ready.targetFrom(first, ready.facts) : undefined;
          if (target) setOpened((previous) => previous ?? { Body: ready.Body, target, at: Date.now(), count: 0 });
        }
        return readyRef.current ?? ready;
      });
    }

    function onClick(event: MouseEvent) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const trigger = (event.target as Element | null)?.closest<HTMLElement>(selector);
      if (!trigger) return;
      event.preventDefault();
      if (readyRef.current) return open(trigger, readyRef.current);
      // Without the unit's data (offline), the link leads to the unit's page and its citations.
      prepare().then(
        (ready) => live && open(trigger, ready),
        () => window.location.assign(trigger.getAttribute('href')!),
      );
    }
    document.addEventListener('click', onClick);
    const prefetch = () => void prepare().catch(() => undefined);
    // Only where there is something to cite.
    if (document.querySelector(selector)) warmWhenIdle(prefetch);
    const stopPrefetch = prefetchOnApproach(document, selector, prefetch);
    return () => {
      live = false;
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
      {opened ? <opened.Body {...props} opened={opened} /> : null}
    </dialog>
  );
}
