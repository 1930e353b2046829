// Lists the built pages, so page-wide checks cover every page that exists.
import { builtPages as list } from '../../scripts/built-pages.mjs';

/** Site paths of all HTML pages in a build ("", "studie/", "studie/5-doelen/", "404.html"). */
export const builtPages = (dir = 'dist'): string[] => list(dir);
