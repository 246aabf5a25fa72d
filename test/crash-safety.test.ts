import { describe, expect, it } from 'vitest';
import { runKillTest } from '../src/soak/kill-test.js';
import { seedFrom } from './support/seeds.js';

// When each kill comes: the same moments every run (as the machine's speed allows); WARRANT_KILL_SEED chooses others.
const seed = seedFrom('WARRANT_KILL_SEED', 7);

describe('crash safety', () => {
  it(`survives 50 kills of the server and the importer with every acknowledged write kept and every import whole or absent (WARRANT_KILL_SEED=${seed})`, async () => {
    const result = await runKillTest({ kills: 50, importEvery: 5, seed });
    expect(result.problems).toEqual([]);
    expect(result.kills).toBe(50);
    expect(result.acknowledged).toBeGreaterThan(100);
    expect(result.imports.complete + result.imports.absent).toBe(10);
  }, 300_000);
});
