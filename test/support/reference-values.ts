import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

/**
 * The statistics fixtures and the values an established package computed on them
 * (test/fixtures/statistics/make_expected.py, which names the versions in expected.json).
 */
export const STATISTICS_FIXTURES = join(import.meta.dirname, '../fixtures/statistics');
export const EXPECTED_STATISTICS: any = JSON.parse(readFileSync(join(STATISTICS_FIXTURES, 'expected.json'), 'utf8'));

/**
 * Every number in `actual` within 1e-9 of `reference` relatively (1e-12 absolutely near zero); p
 * values and interval bounds within 1e-6 (jStat's t distribution and its inverse are exact to about
 * 1e-8, SciPy's to machine precision). Keys `reference` lacks are not compared.
 */
export function closeTo(actual: unknown, reference: unknown, path = ''): void {
  if (typeof reference === 'number') {
    expect(actual, path).toBeTypeOf('number');
    const relative = /\.(p|low|high)$/.test(path) ? 1e-6 : 1e-9;
    expect(Math.abs((actual as number) - reference), `${path}: ${actual} against ${reference}`).toBeLessThanOrEqual(
      Math.max(1e-12, relative * Math.abs(reference)),
    );
  } else if (Array.isArray(reference)) reference.forEach((r, i) => closeTo((actual as unknown[])[i], r, `${path}[${i}]`));
  else if (reference && typeof reference === 'object')
    for (const [k, r] of Object.entries(reference)) closeTo((actual as Record<string, unknown>)[k], r, `${path}.${k}`);
  else expect(actual, path).toEqual(reference);
}
