import { citeFilePath } from './routes';

/** What decides the public address: SITE_URL, else the port the production server will listen on. */
export interface SiteEnv {
  SITE_URL?: string;
  PORT?: string;
}

/**
 * The public address of the site, for canonical links, Open Graph, citations and downloads. Pages
 * and files are prerendered at build time, so the address is fixed then: SITE_URL when set, else
 * http://localhost:<PORT> (3000 by default) — `PORT=3500 npm run serve` builds for and serves on
 * port 3500, and its citations name that port.
 */
export function siteUrlFrom(env: SiteEnv): string {
  const explicit = env.SITE_URL?.trim();
  if (explicit) return explicit.replace(/\/+$/, '');
  const port = env.PORT?.trim() || '3000';
  return `http://localhost:${port}`;
}

/** The warning a production build prints when SITE_URL is unset, naming what will be wrong. */
export function siteUrlWarning(env: SiteEnv): string | undefined {
  if (env.SITE_URL?.trim()) return undefined;
  return (
    `SITE_URL is not set: canonical links, Open Graph tags, every citation (the cite dialog, unit pages, ` +
    `${citeFilePath('*.bib')}|.ris|.json) and the downloads' links will name ${siteUrlFrom(env)}, which only works on this ` +
    `machine on that port. Set SITE_URL to the public address (SITE_URL=https://reader.example.org npm run build), ` +
    `or PORT to the port you will serve on.`
  );
}

export const SITE_URL = siteUrlFrom({ SITE_URL: process.env.SITE_URL, PORT: process.env.PORT });
