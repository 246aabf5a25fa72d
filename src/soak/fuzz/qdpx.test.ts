import { describe, expect, it } from 'vitest';
import { Random } from '../../domain/random.js';
import { readHostileQdpx } from './qdpx.js';
import type { FuzzResult } from './result.js';

describe('fuzzing the .qdpx reader', () => {
  it('reads or refuses every hostile .qdpx with problems naming a file, never throwing, in time', () => {
    const result = { qdpx: { cases: 0, refused: 0, slowestMs: 0 }, problems: [] as string[] } as unknown as FuzzResult;
    const r = new Random(7);
    for (let n = 0; n < 300; n++) readHostileQdpx(r, n, result);
    expect(result.problems).toEqual([]);
    expect(result.qdpx.cases).toBe(300);
    expect(result.qdpx.refused).toBeGreaterThan(30);
    expect(result.qdpx.refused).toBeLessThan(300);
  });
});
