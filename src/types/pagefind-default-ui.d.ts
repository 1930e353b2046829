// @pagefind/default-ui ships no types; this is the part of its API the site uses.
declare module '@pagefind/default-ui' {
  export interface PagefindUIOptions {
    element: HTMLElement | string;
    bundlePath?: string;
    showSubResults?: boolean;
    showImages?: boolean;
    resetStyles?: boolean;
    highlightParam?: string;
    autofocus?: boolean;
    translations?: Record<string, string>;
    /** Handed to Pagefind's own options too (the whole options object is). */
    ranking?: { pageLength?: number; termFrequency?: number; termSaturation?: number; termSimilarity?: number };
    /** The term actually searched for what was typed. */
    processTerm?: (term: string) => string;
    /** Changes a result's data before it is shown. */
    processResult?: <T>(result: T) => T;
  }
  export class PagefindUI {
    constructor(options: PagefindUIOptions);
    triggerSearch(term: string): void;
    destroy(): void;
  }
}
