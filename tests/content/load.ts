// Reads the content folder the way the site's collections do, for the content tests.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename, extname } from 'node:path';
import { parse } from 'yaml';

export const root = new URL('../../', import.meta.url).pathname;
export const contentDir = join(root, 'content');

export interface ContentFile {
  /** Collection name ("studie"). */
  collection: string;
  /** Entry id: the file name without extension ("5-doelen"). */
  id: string;
  /** Path relative to the project root, for messages. */
  path: string;
  /** Parsed frontmatter (MDX) or file contents (YAML). */
  data: unknown;
  /** MDX body without frontmatter; empty for YAML. */
  body: string;
}

/** All files of one collection folder. */
export function loadCollection(collection: string): ContentFile[] {
  const dir = join(contentDir, collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => ['.mdx', '.yaml'].includes(extname(f)))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const path = `content/${collection}/${file}`;
      const id = basename(file, extname(file));
      if (extname(file) === '.yaml') return { collection, id, path, data: parse(text), body: '' };
      const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
      return {
        collection,
        id,
        path,
        data: match ? parse(match[1]!) : {},
        body: match ? text.slice(match[0].length) : text,
      };
    });
}
