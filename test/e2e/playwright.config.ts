// End-to-end tests: the real browser shell and host, driven in Debian's Chromium.
import { defineConfig } from '@playwright/test';
import { chromiumExecutable, chromiumTestArgs } from './support/chromium.ts';

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: 'output/results',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumTestArgs },
    viewport: { width: 1080, height: 1920 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
