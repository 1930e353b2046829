import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

// Unit and content tests. They run before the build, on the sources only;
// the end-to-end suite (Playwright, tests/e2e) runs against the built site.
export default defineConfig({
  resolve: {
    alias: {
      '@/': fileURLToPath(new URL('./src/', import.meta.url)),
      // content.config.ts is imported by the content tests for its schemas; outside
      // Astro, defineCollection only has to hand back its argument.
      'astro:content': fileURLToPath(new URL('./tests/support/astro-content.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    environment: 'node',
    // `npm test` runs with coverage; below these figures it fails. Logic in src/lib is
    // pure and fully testable; stores are thin state plus actions.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts', 'src/stores/**/*.ts'],
      reporter: ['text-summary', 'text'],
      thresholds: {
        'src/lib/**/*.ts': { lines: 95, branches: 95 },
        'src/stores/**/*.ts': { lines: 90, branches: 90 },
      },
    },
  },
});
