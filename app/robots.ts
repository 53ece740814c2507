import type { MetadataRoute } from 'next';
import { SITEMAP_PATH, absoluteUrl } from '@/lib/routes';
import { SITE_URL } from '@/lib/site';

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: '*', allow: '/' }, sitemap: absoluteUrl(SITE_URL, SITEMAP_PATH) };
}
