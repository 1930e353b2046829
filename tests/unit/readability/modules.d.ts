// Types for the two test-only packages without their own declarations.
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
  }
  export default function nspell(dictionary: { aff: Uint8Array | string; dic: Uint8Array | string }): NSpell;
}

declare module 'hyphen/nl/index.js' {
  const nl: { hyphenateSync(text: string, options?: { hyphenChar?: string }): string };
  export default nl;
}
