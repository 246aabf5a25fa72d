import { parseArgs } from 'node:util';
import { runFuzz } from './fuzz.js';

/** `npm run fuzz`: 10,000 mutated files per format, 100 long turns 10,000 zipped bundles and 10,000 .qdpx projects by default (the test suite runs a short pass). */
const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    'long-turns': { type: 'string', default: '100' },
    zips: { type: 'string', default: '10000' },
    qdpx: { type: 'string', default: '10000' },
  },
});
const result = await runFuzz({
  casesPerFormat: Number(values.cases),
  seed: Number(values.seed),
  importEvery: 100,
  longTurns: Number(values['long-turns']),
  longTurnChars: 1_000_000,
  zips: Number(values.zips),
  qdpx: Number(values.qdpx),
  log: (l) => process.stdout.write(`${l}\n`),
});
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
if (result.problems.length) process.exitCode = 1;
