// Site links from inside the island: root-relative paths get the configured base path.
import { withBase } from '@/lib/text/url';

/** "/studie/5-doelen/#5-6" -> "/zelfsturing/studie/5-doelen/#5-6" under a sub-path. */
export function link(path: string): string {
  return withBase(path);
}
