'use client';

import { usePathname } from 'next/navigation';
import type { MouseEvent } from 'react';
import { localeCookieString } from '@/lib/locale-cookie';
import type { Locale } from '@/lib/locale';
import { pathInLocale, unitFragment } from '@/lib/routes';
import { retryingLoader } from './retrying-loader';

// Loaded when the switch is used on a scrolled page; a failed request is tried again on the next use.
const readingPosition = retryingLoader(() => import('./reading-position'));

interface Props {
  targetLocale: Locale;
  hrefLang: string;
  label: string;
}

/** Link to the same page in the other UI locale; with JavaScript it also keeps the reading position. */
export function LocaleSwitch({ targetLocale, hrefLang, label }: Props) {
  const pathname = usePathname();
  const href = pathInLocale(pathname, targetLocale);

  function keepPosition(event: MouseEvent<HTMLAnchorElement>) {
    // The choice is remembered for `/` here, in the browser: the server's pages are cacheable and set no cookie.
    document.cookie = localeCookieString(targetLocale);
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    if (window.scrollY === 0) return;
    event.preventDefault();
    void readingPosition()
      .then(
        (position) => position.currentUnitId(document),
        () => undefined,
      )
      .then((id) => window.location.assign(id ? href + unitFragment(id) : href));
  }

  return (
    <a className="locale-switch" href={href} hrefLang={hrefLang} lang={hrefLang} onClick={keepPosition}>
      {label}
    </a>
  );
}
