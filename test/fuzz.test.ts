import { describe, expect, it } from 'vitest';
import { runFuzz } from '../src/soak/fuzz.js';

describe('fuzzing the importers (a short pass; npm run fuzz runs 10,000 cases per format)', () => {
  it(
    'reads or refuses every mutated file of every format with a problem naming it, never throwing or hanging, and writes nothing it refuses; searches long turns in time; unpacks or refuses every hostile zipped bundle',
    async () => {
      const result = await runFuzz({ casesPerFormat: 300, seed: 20261122, importEvery: 25, longTurns: 12, zips: 300 });
      expect(result.problems).toEqual([]);
      expect(Object.values(result.cases).reduce((a, b) => a + b, 0)).toBe(1800);
      // The mutations do reach the error paths: most files of each format are refused, some are read.
      for (const [format, refused] of Object.entries(result.refused)) {
        expect(refused, format).toBeGreaterThan(30);
        expect(refused, format).toBeLessThan(300);
      }
      expect(result.imports).toBeGreaterThan(0);
      expect(result.longTurns.cases).toBe(12);
      expect(result.zips.cases).toBe(300);
      expect(result.zips.refused).toBeGreaterThan(100);
      expect(result.zips.refused).toBeLessThan(300);
    },
    120_000,
  );
});
