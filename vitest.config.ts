import { randomInt } from 'node:crypto';
import { configDefaults, defineConfig } from 'vitest/config';
import { seedReporter } from './test/support/seed-reporter.js';
import { seedFrom } from './test/support/seeds.js';

// The tiers (README, "Tests"). A test file that opens a database is not a unit test; one that starts
// a process of its own (the CLI, `warrant serve`, a helper script, the artifact reader under its
// limits, LibreOffice, Chromium for PDF) belongs with the processes; test/*.test.ts files are
// database tests unless listed here.
const PROCESSES = [
  'test/analyze-cli.test.ts',
  'test/instrument-cli.test.ts',
  'test/measure-cli.test.ts',
  'src/importers/artifacts/reader.test.ts',
  'src/reports/render/render.test.ts',
  'test/assignments-cli.test.ts',
  'test/attributes-cli.test.ts',
  'test/coding-cli.test.ts',
  'test/cli.test.ts',
  'test/codebook-cli.test.ts',
  'test/checkpoints.test.ts',
  'test/concurrency.test.ts',
  'test/control-characters.test.ts',
  'test/crash-safety.test.ts',
  'test/design-report.test.ts',
  'test/feedback.test.ts',
  'test/fuzz.test.ts',
  'test/literature-addresses.test.ts',
  'test/qdpx-cli.test.ts',
  'test/report-layout.test.ts',
  'test/reliability-cli.test.ts',
  'test/scores-cli.test.ts',
  'test/responsiveness.test.ts',
  'test/setup-cli.test.ts',
  'test/web-import.test.ts',
];

// Pure, but tens of seconds a file: the importers against hostile files (decompression bombs,
// archives of 10,000 entries, workbooks of 5,000 sheets).
const LIMITS = ['src/importers/artifacts/artifacts.test.ts', 'src/importers/bundle-archive.test.ts'];

/** The compiled artifact reader checked up to date, for tests that read artifacts (see reader.ts). */
const READER = 'test/support/compiled-reader-setup.ts';
/** The run's PostgreSQL cluster. */
const POSTGRES = 'test/support/postgres-setup.ts';

// One seed a run for what the tests choose at random, printed when a test fails. Kept in the
// environment, which the test processes inherit (and each project's reading of this file sees).
const seed = seedFrom('WARRANT_TEST_SEED', randomInt(2 ** 32));
process.env.WARRANT_TEST_SEED = String(seed);

export default defineConfig({
  test: {
    // A process of its own for each test file, but in the unit tier.
    // Time for databases, processes and Chromium, and for any test on a loaded machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', seedReporter(seed)],
    setupFiles: ['test/support/test-file-setup.ts'],
    projects: [
      {
        // Pure modules: threads start faster than processes. Each file still loads its modules afresh
        // (without, a test timed against a 50 MB turn ran in a heap left full by earlier files).
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: [...configDefaults.exclude, ...LIMITS, ...PROCESSES], pool: 'threads' },
      },
      { extends: true, test: { name: 'limits', include: LIMITS, pool: 'forks' } },
      {
        extends: true,
        test: {
          name: 'databases',
          include: ['test/*.test.ts'],
          exclude: [...configDefaults.exclude, ...PROCESSES],
          globalSetup: [READER, POSTGRES],
          pool: 'forks',
        },
      },
      { extends: true, test: { name: 'processes', include: PROCESSES, globalSetup: [READER, POSTGRES], pool: 'forks' } },
      { extends: true, test: { name: 'browser', include: ['test/e2e/*.test.ts'], globalSetup: [READER], pool: 'forks' } },
    ],
  },
});
