// @ts-check
// The site's one way for an island to wake up: the client directive `client:ready`.
// See ./ready.js for what it does and docs/ARCHITECTURE.md for when to use it.
import { fileURLToPath } from 'node:url';

/** @returns {import('astro').AstroIntegration} */
export default function wake() {
  return {
    name: 'zelfsturing:wake',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'ready',
          entrypoint: fileURLToPath(new URL('./ready.js', import.meta.url)),
        });
      },
    },
  };
}
