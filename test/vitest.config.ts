/**
 * The suite as `npm test` runs it. Files run in worker threads of one process, without a fresh
 * module graph per file: no test mocks modules or stubs globals (a test that needs to must set
 * `isolate` for itself), and in-process commands keep their state in each test's own data folder.
 * At least three workers, even on two cores: many tests wait on a child process or a terminal, not
 * the processor (measured with the other core busy: vitest 68.7 s with two workers, 60.6 s with three).
 */
import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    dir: 'test',
    pool: 'threads',
    isolate: false,
    maxWorkers: Math.max(3, os.availableParallelism()),
    // Limits count work, not seconds: these only stop a test that hangs.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
