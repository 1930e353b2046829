// robots.txt with the sitemap's full address, which depends on SITE_URL and BASE_PATH.
// (Under a sub-path a crawler only reads /robots.txt at the host's root; the host can
// serve this file there.)
import { withBase } from '@/lib/text/url';
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
};
