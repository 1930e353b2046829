/** Links of the goal rewriter (/doelen/): data of the goal logic, re-exported for the islands. */
export { goalLinks, moreLinks } from '../lib/goals/links.ts';
