// Lets `client:ready` type-check in .astro and .mdx files.
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Wake when idle ("visible": when near the screen), or at once on first touch. See integrations/wake/ready.js. */
    'client:ready'?: boolean | 'visible';
  }
}
