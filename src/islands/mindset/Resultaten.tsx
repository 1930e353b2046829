// The part of the mindset island that loads after the first interaction (or at once
// when this browser holds saved results): a result and its print view, the areas
// compared and the data actions, with their texts. MindsetTest.tsx imports this
// module dynamically; nothing of the first view may import from here.
export { Outcome } from './Outcome';
export { Comparison } from './Comparison';
export { AllesVerwijderen, Exporteren, readImport } from './DataActions';

/** The views loaded later: result, comparison, data actions. */
export type ResultatenModule = typeof import('./Resultaten');
