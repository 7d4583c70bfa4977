/**
 * The tests Stryker runs against each mutant: those that import the source (the end-to-end tests
 * run the built binary, which a mutant of src/ never reaches).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 120_000,
  },
});
