import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

const root = join(__dirname, '..', '..');

/**
 * `npm run bench:browser`: times SMAA in a real browser against a production build, in the
 * worker and in the main-thread fallback. A measurement, not a check: not part of `npm test`.
 */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.bench.ts',
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  projects: base.projects?.filter((p) => p.name === 'desktop'),
  outputDir: join(root, 'test-results', 'bench-browser'),
  webServer:
    base.webServer && !Array.isArray(base.webServer) ? { ...base.webServer, cwd: root } : undefined,
});
