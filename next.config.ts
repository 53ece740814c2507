import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { readIdManifest } from './lib/corpus/ids';
import { errorsIn, formatProblem } from './lib/corpus/problems';
import { checkProject } from './lib/project/load';
import { ASSET_CSP, SECURITY_HEADERS } from './lib/security/csp';
import { ICON_PATH, ROBOTS_PATH, SITEMAP_PATH } from './lib/routes';
import { retiredUnitRedirect } from './lib/route-match';
import { siteUrlWarning } from './lib/site';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/**
 * The corpus check, as `npm run check:corpus` runs it: a build of a malformed corpus stops here with
 * every error named, however it was started (`next build` skips npm's prebuild). The dev server
 * prints the errors and carries on, so a translator can keep the page open while fixing them.
 */
function checkCorpusFor(phase: string) {
  if (phase !== PHASE_PRODUCTION_BUILD && phase !== PHASE_DEVELOPMENT_SERVER) return;
  const errors = errorsIn(checkProject().problems);
  if (errors.length === 0) return;
  const report = `The corpus check failed (npm run check:corpus):\n${errors.map((p) => `  ${formatProblem(p)}`).join('\n')}`;
  if (phase === PHASE_PRODUCTION_BUILD) throw new Error(report);
  console.error(report);
}

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Prerendered pages and static files go out as the brotli or gzip copies made after the build
  // (scripts/precompress.ts, served by lib/http/precompressed.mjs, which asks Next for plain bytes);
  // Next's own on-the-fly gzip stays on for what is rendered on request (search, the 404 page).
  compress: true,
  // The root layout lives under [locale]; app/global-not-found.tsx is the localized 404 for any
  // unmatched address. (A not-found.tsx inside [locale] is not server-rendered by Next 16.4.)
  // CommonJS tree shaking drops unused exports of the framework's CommonJS modules: 0.7 kB of
  // gzipped JavaScript off every page (measured with npm run bench:weight).
  experimental: { globalNotFound: true, turbopackCjsTreeShaking: true },
  // Every response carries the security headers; pages get their Content-Security-Policy from the
  // proxy (per page: hashes of its inline scripts, or a nonce), the files it skips get a locked-down one.
  async headers() {
    const common = Object.entries(SECURITY_HEADERS).map(([key, value]) => ({ key, value }));
    const assetCsp = [{ key: 'Content-Security-Policy', value: ASSET_CSP }];
    return [
      { source: '/:path*', headers: [...common, { key: 'Content-Security-Policy', value: ASSET_CSP }] },
      ...['/_next/static/:path*', '/_next/image', ICON_PATH, ROBOTS_PATH, SITEMAP_PATH, '/favicon.ico'].map(
        (source) => ({ source, headers: assetCsp }),
      ),
    ];
  },
  // A retired unit ID keeps working: its page redirects to the unit that now holds its text.
  async redirects() {
    const { retired } = readIdManifest();
    return Object.entries(retired).map(([from, { to }]) => ({ ...retiredUnitRedirect(from, to), permanent: true }));
  },
};

export default function config(phase: string): NextConfig {
  checkCorpusFor(phase);
  // Pages, citations and exports are prerendered with the public address: say so when it is a guess.
  const warning =
    phase === PHASE_PRODUCTION_BUILD
      ? siteUrlWarning({ SITE_URL: process.env.SITE_URL, PORT: process.env.PORT })
      : undefined;
  if (warning) console.warn(`\n⚠ ${warning}\n`);
  return withNextIntl(nextConfig);
}
