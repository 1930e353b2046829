/**
 * Joins the site's base path ("/" or "/sub/") and a site path ("studie/5-doelen/"
 * or "/studie/"), so links work at the root and under a sub-path.
 */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const tail = path.startsWith('/') ? path.slice(1) : path;
  return head + tail;
}
