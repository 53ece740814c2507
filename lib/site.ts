/** The public address of the site, for canonical links, Open Graph and citations. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
