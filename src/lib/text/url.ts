/**
 * The one way to turn a site path into a link: joins the site's base path ("/" or
 * "/sub/", default `import.meta.env.BASE_URL`) and a site path ("studie/5-doelen/",
 * "/studie/" or "pagefind/"), so links work at the root and under a sub-path.
 * See docs/ARCHITECTURE.md.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  const tail = path.startsWith('/') ? path.slice(1) : path;
  return head + tail;
}

