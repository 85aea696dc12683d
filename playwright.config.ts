import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { findChrome, NO_BROWSER_HELP } from './scripts/find-chrome.cjs';

const port = Number(process.env.E2E_PORT ?? 3100);
const distDir = process.env.NEXT_DIST_DIR ?? '.next-e2e';
// Class sessions in e2e runs go to a throwaway folder, never to ./data.
const dataDir =
  process.env.COUNTERWEIGHT_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'counterweight-e2e-'));
// Workers inherit it, so they make no folders of their own.
process.env.COUNTERWEIGHT_DATA_DIR = dataDir;
const chrome = findChrome();
if (!chrome || 'error' in chrome) throw new Error(chrome?.error ?? NO_BROWSER_HELP);

// Chromium's own background services would try to reach Google; this machine has no network.
const args = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 60_000,
  globalTimeout: 40 * 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath: chrome.path, args },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
    {
      name: 'mobile',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 375, height: 812 },
        hasTouch: true,
        isMobile: true,
        deviceScaleFactor: 2,
      },
    },
  ],
  webServer: {
    command: `node_modules/.bin/next build && node_modules/.bin/next start -p ${port}`,
    url: `http://localhost:${port}`,
    env: { NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir, COUNTERWEIGHT_DATA_DIR: dataDir },
    reuseExistingServer: process.env.E2E_REUSE === '1',
    timeout: 240_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
