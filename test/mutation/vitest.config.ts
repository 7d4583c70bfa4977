/**
 * The tests Stryker runs against each mutant: those that import the source (the end-to-end tests
 * run the built binary, which a mutant of src/ never reaches), but not the corpus checks: they
 * measure the parser on real files fetched into ignored folders, which a fresh clone (and CI) has
 * not, so what they would kill is not what the suite guards; and each run of them reads every
 * file, seconds for each mutant they cover.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'test/corpus/**', 'node_modules/**'],
    testTimeout: 120_000,
  },
});
