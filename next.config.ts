import type { NextConfig } from 'next';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { readIdManifest } from './lib/corpus/ids';
import { siteUrlWarning } from './lib/site';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The root layout lives under [locale]; app/global-not-found.tsx is the localized 404 for any
  // unmatched address. (A not-found.tsx inside [locale] is not server-rendered by Next 16.4.)
  experimental: { globalNotFound: true },
  // A retired unit ID keeps working: its page redirects to the unit that now holds its text.
  async redirects() {
    const { retired } = readIdManifest();
    return Object.entries(retired).map(([from, { to }]) => ({
      source: `/:locale(zh|en)/p/${from}`,
      destination: `/:locale/p/${to}`,
      permanent: true,
    }));
  },
};

export default function config(phase: string): NextConfig {
  // Pages, citations and exports are prerendered with the public address: say so when it is a guess.
  const warning = phase === PHASE_PRODUCTION_BUILD ? siteUrlWarning({ SITE_URL: process.env.SITE_URL, PORT: process.env.PORT }) : undefined;
  if (warning) console.warn(`\n⚠ ${warning}\n`);
  return withNextIntl(nextConfig);
}
