import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { readIdManifest } from './lib/corpus/ids';

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

export default withNextIntl(nextConfig);
