// Site links from inside the island: root-relative paths get the configured base path.
import { joinBase } from '@/lib/text/url';

/** "/studie/5-doelen/#5-6" -> "/zelfsturing/studie/5-doelen/#5-6" under a sub-path. */
export function link(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Starts a file download of text made in the browser. */
export function download(name: string, text: string, type: string): void {
  const href = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}
