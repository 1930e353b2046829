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
    // Not a timing gate: some tests do real work (the card reader on generated frames, the
    // goal corpus), which under coverage on two shared cores can take far longer than 5 s.
    testTimeout: 60_000,
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
