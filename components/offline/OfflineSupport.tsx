'use client';

import { useEffect } from 'react';
import type { Locale } from '@/lib/locale';
import { retryingLoader } from '../retrying-loader';
import { warmWhenIdle } from '../warm-up';

const loadRegistration = retryingLoader(() => import('./register'));

/**
 * Offline reading: once the page is first idle, loads the small registration script (./register),
 * which installs the service worker. Nothing of it is in the page's initial JavaScript. Renders nothing.
 */
export function OfflineSupport({ locale }: { locale: Locale }) {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production') return;
    warmWhenIdle(() => {
      loadRegistration()
        .then((registration) => registration.registerOffline(locale))
        .catch(() => undefined);
    });
  }, [locale]);
  return null;
}
