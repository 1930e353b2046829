/**
 * All Dutch text of the goal rewriter (/doelen/), one module per part so the island's
 * first load holds only its own strings. Islands and src/lib/goals import the part
 * they need (goals-shell.ts for the first load); this index is for everything else.
 */
export { goalLinks } from './goals-links.ts';
export { shellStrings } from './goals-shell.ts';
export { analysisStrings, analysisPanelStrings } from './goals-analysis.ts';
export { rewriteStrings, rewritePanelStrings } from './goals-rewrite.ts';
export { planStrings, strategyStrings, planPanelStrings } from './goals-plans.ts';
export { smartStrings, leaderStrings } from './goals-smart.ts';
export { cardStrings, doelkaartStrings } from './goals-card.ts';
export { pageStrings } from './goals-page.ts';
