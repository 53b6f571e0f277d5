// E2E tests (npm run test:e2e → run-e2e.mjs): one browser at a time, serial files, real timeouts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: `${import.meta.dirname}/../..`,
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 90_000,
    reporters: ['default', './tests/e2e/support/closing-line-reporter.ts'],
  },
});
