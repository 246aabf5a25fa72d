import type { Reporter } from 'vitest/node';

/** After a run with a failure, the seed the test databases' identifiers were drawn from, to replay them. */
export function seedReporter(seed: number): Reporter {
  return {
    onTestRunEnd(_modules, _errors, reason) {
      if (reason === 'failed')
        process.stdout.write(`\nThe test databases' identifiers were drawn from seed ${seed}: WARRANT_TEST_SEED=${seed} draws them again.\n\n`);
    },
  };
}
