// Mutation testing: `npm run mutate` (not part of `npm test`; the README gives the last score).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  mutate: ['src/roadmap/**/*.ts', 'src/store/**/*.ts', 'src/render/**/*.ts', 'src/catalog/**/*.ts', 'src/commands/**/*.ts', '!src/**/*.d.ts'],
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: '.stryker/mutation.json' },
  tempDirName: '.stryker/tmp',
  // Module-level constants (the rule regexes) would each rerun the whole suite: 42 % of the mutants, 86 % of the time.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: '.stryker/incremental.json',
  concurrency: 2,
  // A mutant that loops forever is stopped by counting time relative to the unmutated run, not an absolute limit.
  timeoutFactor: 3,
  thresholds: { high: 85, low: 80, break: null },
};
