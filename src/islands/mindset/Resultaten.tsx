// The part of the mindset island that loads after the first interaction (or at once
// when this browser holds saved results): a result and its print view, the areas
// compared and the data actions, with their texts. Mindsettest.tsx imports this
// module dynamically; nothing of the first view may import from here.
export { Uitslag } from './Uitslag';
export { Vergelijking } from './Vergelijking';
export { AllesVerwijderen, Exporteren, leesImport } from './Gegevensbeheer';

/** The views loaded later: result, comparison, data actions. */
export type ResultatenModule = typeof import('./Resultaten');
