import { defineConfig } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './tests/e2e/browser';

// End-to-end tests run against the built site (dist/), served locally, and a second
// build under a sub-path (dist-sub/, BASE_PATH=/zelfsturing/). Run `npm run build`
// and `npm run build:sub` first; `npm test` does that in order.
const executablePath = chromiumPath();
// E2E_PORT moves both servers (root on it, sub-path on the next port), so two working
// copies on one machine can run their suites side by side without sharing a server.
const port = Number(process.env.E2E_PORT ?? 4321);
process.env.E2E_SUB_URL = `http://127.0.0.1:${port + 1}/zelfsturing/`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs },
    locale: 'nl-NL',
    trace: 'off',
  },
  webServer: [
    {
      command: `node scripts/serve.mjs dist ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `node scripts/serve.mjs dist-sub ${port + 1}`,
      url: process.env.E2E_SUB_URL,
      env: { BASE_PATH: '/zelfsturing/' },
      reuseExistingServer: !process.env.CI,
    },
  ],
});
