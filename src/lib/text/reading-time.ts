/** Words a Dutch professional reads per minute in informative text (a common rule of thumb). */
const WORDS_PER_MINUTE = 200;

/** Strips MDX/Markdown syntax so only the words a reader sees are counted. */
export function plainText(source: string): string {
  return source
    .replace(/^---[\s\S]*?---/, ' ') // frontmatter
    .replace(/^(import|export)\s.*$/gm, ' ') // MDX imports/exports
    .replace(/<[^>]+>/g, ' ') // JSX/HTML tags (their text content stays)
    .replace(/\{[^}]*\}/g, ' ') // MDX expressions
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images keep their text
    .replace(/[#*_`>|~-]+/g, ' ');
}

/** Counts the words in a text. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Minutes needed to read an MDX source, at least 1. */
export function readingMinutes(source: string): number {
  return Math.max(1, Math.round(countWords(plainText(source)) / WORDS_PER_MINUTE));
}
