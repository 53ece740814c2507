'use client';

import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';
import { READ_LINE_PX, rowSelector, STICKY_BARS_SELECTOR } from '@/lib/reader/contract';
import { localeCookieString } from '@/lib/locale-cookie';

interface Props {
  targetLocale: string;
  hrefLang: string;
  label: string;
}

/**
 * The paragraph at the top of what the reader sees, below the sticky bars, so the other locale can
 * open at the same place.
 */
function currentUnitId(): string | undefined {
  const bars = document.querySelector(STICKY_BARS_SELECTOR);
  const top = bars ? bars.getBoundingClientRect().bottom : 0;
  const rows = document.querySelectorAll<HTMLElement>(rowSelector);
  for (const row of rows) {
    if (row.checkVisibility() && row.getBoundingClientRect().bottom > top + READ_LINE_PX) return row.id;
  }
  return undefined;
}

/** Link to the same page in the other UI locale; with JavaScript it also keeps the reading position. */
export function LocaleSwitch({ targetLocale, hrefLang, label }: Props) {
  const pathname = usePathname();
  const rest = pathname.replace(/^\/[^/]+/, '');
  const href = `/${targetLocale}${rest}`;

  function keepPosition(event: MouseEvent<HTMLAnchorElement>) {
    // The choice is remembered for `/` here, in the browser: the server's pages are cacheable and set no cookie.
    document.cookie = localeCookieString(targetLocale);
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    const id = window.scrollY > 0 ? currentUnitId() : undefined;
    if (!id) return;
    event.preventDefault();
    window.location.assign(`${href}#${id}`);
  }

  return (
    <a className="locale-switch" href={href} hrefLang={hrefLang} lang={hrefLang} onClick={keepPosition}>
      {label}
    </a>
  );
}
