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
  }
  export class PagefindUI {
    constructor(options: PagefindUIOptions);
    triggerSearch(term: string): void;
    destroy(): void;
  }
}
