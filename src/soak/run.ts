import { parseArgs } from 'node:util';
import { runKillTest } from './kill-test.js';

/** `npm run soak`: the long crash-safety run (the test suite runs a short one). */
const { values } = parseArgs({ options: { kills: { type: 'string', default: '300' }, seed: { type: 'string', default: '7' } } });
const result = await runKillTest({ kills: Number(values.kills), importEvery: 5, seed: Number(values.seed), log: (l) => process.stdout.write(`${l}\n`) });
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
if (result.problems.length) process.exitCode = 1;
