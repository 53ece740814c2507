'use client';

import { useEffect, useRef } from 'react';

const TOOLTIP_ID = 'term-tooltip';
const SHOW_DELAY_MS = 120;
const HIDE_DELAY_MS = 250;
const EDGE_MARGIN_PX = 8;
const GAP_PX = 6;

function termFrom(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>('a.term[data-term]') : null;
}

/**
 * The one tooltip for every glossary term on the page (WAI-ARIA tooltip pattern). It listens on the
 * document, so server-rendered term links need no JavaScript of their own: hover or focus shows the
 * definition, a first tap shows it and a second follows the link, Escape, blur or a tap elsewhere close it.
 */
export function TermTooltip() {
  const tooltipRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const tip = tooltipRef.current;
    if (!tip) return;
    let current: HTMLAnchorElement | null = null;
    let showTimer: number | undefined;
    let hideTimer: number | undefined;
    let lastPointer = { type: 'mouse', at: 0 };

    const selecting = () => {
      const selection = document.getSelection();
      return Boolean(selection && !selection.isCollapsed && selection.toString().trim());
    };

    function setCounterparts(term: HTMLAnchorElement, active: boolean) {
      const scope = term.closest('[data-unit]') ?? document;
      const id = CSS.escape(term.dataset.term ?? '');
      scope.querySelectorAll(`a.term[data-term="${id}"]`).forEach((el) => el.classList.toggle('term-active', active));
    }

    function position(term: HTMLAnchorElement) {
      // The first line box: a term broken across lines has several.
      const anchor = term.getClientRects()[0] ?? term.getBoundingClientRect();
      tip!.style.left = '0px';
      tip!.style.top = '0px';
      const box = tip!.getBoundingClientRect();
      const maxLeft = window.innerWidth - box.width - EDGE_MARGIN_PX;
      const left = Math.max(EDGE_MARGIN_PX, Math.min(anchor.left + anchor.width / 2 - box.width / 2, maxLeft));
      let top = anchor.bottom + GAP_PX;
      const above = anchor.top - GAP_PX - box.height;
      if (top + box.height > window.innerHeight - EDGE_MARGIN_PX && above >= EDGE_MARGIN_PX) top = above;
      tip!.style.left = `${Math.round(left)}px`;
      tip!.style.top = `${Math.round(top)}px`;
    }

    function hide() {
      window.clearTimeout(showTimer);
      window.clearTimeout(hideTimer);
      if (!current) return;
      current.removeAttribute('aria-describedby');
      setCounterparts(current, false);
      current = null;
      tip!.hidden = true;
      tip!.replaceChildren();
    }

    function show(term: HTMLAnchorElement) {
      window.clearTimeout(showTimer);
      window.clearTimeout(hideTimer);
      if (current === term) return;
      hide();
      const definition = document.getElementById(`termdef-${term.dataset.term}`);
      if (!definition) return;
      tip!.replaceChildren(...Array.from(definition.childNodes, (node) => node.cloneNode(true)));
      const misspelledNote = tip!.querySelector<HTMLElement>('[data-misspelled-note]');
      if (misspelledNote) misspelledNote.hidden = !term.hasAttribute('data-misspelled');
      tip!.hidden = false;
      position(term);
      term.setAttribute('aria-describedby', TOOLTIP_ID);
      setCounterparts(term, true);
      current = term;
    }

    function scheduleHide() {
      window.clearTimeout(showTimer);
      window.clearTimeout(hideTimer);
      hideTimer = window.setTimeout(hide, HIDE_DELAY_MS);
    }

    function onPointerOver(event: PointerEvent) {
      if (event.pointerType !== 'mouse') return;
      if (tip!.contains(event.target as Node)) {
        window.clearTimeout(hideTimer);
        return;
      }
      const term = termFrom(event.target);
      if (!term || event.buttons !== 0 || selecting()) return;
      window.clearTimeout(hideTimer);
      window.clearTimeout(showTimer);
      showTimer = window.setTimeout(() => show(term), SHOW_DELAY_MS);
    }

    function onPointerOut(event: PointerEvent) {
      if (event.pointerType !== 'mouse') return;
      const leaving = termFrom(event.target) ?? (tip!.contains(event.target as Node) ? tip : null);
      if (!leaving) return;
      const to = event.relatedTarget as Node | null;
      if (to && (tip!.contains(to) || (current && current.contains(to)))) return;
      if (current && document.activeElement === current) {
        window.clearTimeout(showTimer);
        return;
      }
      scheduleHide();
    }

    function onPointerDown(event: PointerEvent) {
      lastPointer = { type: event.pointerType, at: event.timeStamp };
      const target = event.target as Node;
      if (current && !current.contains(target) && !tip!.contains(target)) hide();
    }

    function onFocusIn(event: FocusEvent) {
      const term = termFrom(event.target);
      if (!term) return;
      // A tap focuses the link too; the click that follows decides.
      if (lastPointer.type !== 'mouse' && event.timeStamp - lastPointer.at < 800) return;
      show(term);
    }

    function onFocusOut(event: FocusEvent) {
      if (!current || termFrom(event.target) !== current) return;
      if (tip!.contains(event.relatedTarget as Node | null)) return;
      hide();
    }

    function onClick(event: MouseEvent) {
      const term = termFrom(event.target);
      if (!term || lastPointer.type === 'mouse' || event.timeStamp - lastPointer.at > 1500) return;
      // First tap shows the definition; a second tap on the same term follows its link.
      if (current !== term) {
        event.preventDefault();
        show(term);
      }
    }

    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape' && current) {
        event.preventDefault();
        hide();
      }
    }

    function onViewportChange() {
      if (current) position(current);
    }

    const listeners: [Document | Window, string, EventListener, AddEventListenerOptions?][] = [
      [document, 'pointerover', onPointerOver as EventListener],
      [document, 'pointerout', onPointerOut as EventListener],
      [document, 'pointerdown', onPointerDown as EventListener, { capture: true }],
      [document, 'focusin', onFocusIn as EventListener],
      [document, 'focusout', onFocusOut as EventListener],
      [document, 'click', onClick as EventListener],
      [document, 'keydown', onKeyDown as EventListener],
      [window, 'scroll', onViewportChange, { passive: true }],
      [window, 'resize', onViewportChange],
    ];
    for (const [target, type, listener, options] of listeners) target.addEventListener(type, listener, options);
    // A term focused before the page finished loading gets its tooltip now.
    const focusedEarly = termFrom(document.activeElement);
    if (focusedEarly) show(focusedEarly);
    return () => {
      hide();
      for (const [target, type, listener, options] of listeners) target.removeEventListener(type, listener, options);
    };
  }, []);

  return <div ref={tooltipRef} id={TOOLTIP_ID} role="tooltip" className="term-tooltip" hidden />;
}
