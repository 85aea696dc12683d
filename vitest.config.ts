import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // Server modules import `server-only`, which throws outside Next's server build.
      'server-only': `${root}tests/stubs/server-only.ts`,
    },
  },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Property tests with brute-force cross-checks take seconds on a busy 2-core machine.
          testTimeout: 30_000,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/server/**'],
        },
      },
      {
        extends: true,
        test: {
          // The class server against PGlite and a throwaway PostgreSQL (started once here).
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts'],
          globalSetup: ['tests/server/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 240_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
    ],
  },
});
