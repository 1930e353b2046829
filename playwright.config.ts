import { defineConfig } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './tests/e2e/browser';

// End-to-end tests run against the built site (dist/), served locally, and a second
// build under a sub-path (dist-sub/, BASE_PATH=/zelfsturing/). Run `npm run build`
// and `npm run build:sub` first; `npm test` does that in order.
const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: 'http://127.0.0.1:4321/',
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs },
    locale: 'nl-NL',
    trace: 'off',
  },
  webServer: [
    {
      command: 'node scripts/serve.mjs dist 4321',
      url: 'http://127.0.0.1:4321/',
      reuseExistingServer: !process.env.CI,
    },
    {
      command: 'node scripts/serve.mjs dist-sub 4322',
      url: 'http://127.0.0.1:4322/zelfsturing/',
      env: { BASE_PATH: '/zelfsturing/' },
      reuseExistingServer: !process.env.CI,
    },
  ],
});
