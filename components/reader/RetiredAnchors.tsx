'use client';

import { useEffect } from 'react';

/** Sends an old link (#retired-id) to the unit that now holds its text. Hashes never reach the server. */
export function RetiredAnchors({ redirects }: { redirects: Record<string, string> }) {
  useEffect(() => {
    function follow() {
      const id = decodeURIComponent(window.location.hash.slice(1));
      const to = redirects[id];
      if (to) window.location.replace(`#${to}`);
    }
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, [redirects]);
  return null;
}
