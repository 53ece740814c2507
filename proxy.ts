import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

export default createMiddleware(routing);

export const config = {
  // Everything but Next internals and files with an extension (icons, robots.txt, …).
  matcher: '/((?!_next|_vercel|.*\\..*).*)',
};
