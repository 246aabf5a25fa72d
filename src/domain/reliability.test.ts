import { describe, expect, it } from 'vitest';
import {
  binaryAgreement,
  cohensKappa,
  cohensKappaFromMatrix,
  krippendorffAlpha,
  LEVELS,
  percentAgreement,
  reliability,
  unitizingAlpha,
  type Continuum,
  type RatingTable,
} from './reliability.js';

/** Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", §E: 4 coders × 12 units, written coders × units. */
const _ = null;
const BY_CODER = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
];
const EXAMPLE: RatingTable = BY_CODER[0]!.map((__, unit) => BY_CODER.map((coder) => coder[unit]!));

describe("Krippendorff's α", () => {
  it('gives the published values of the 2011 example at every level', () => {
    expect(krippendorffAlpha(EXAMPLE, 'nominal').alpha).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(EXAMPLE, 'ordinal').alpha).toBeCloseTo(0.815, 3);
    expect(krippendorffAlpha(EXAMPLE, 'interval').alpha).toBeCloseTo(0.849, 3);
    expect(krippendorffAlpha(EXAMPLE, 'ratio').alpha).toBeCloseTo(0.797, 3);
  });

  it('pairs only the values of units that two coders coded (unit 12 has one value)', () => {
    const r = krippendorffAlpha(EXAMPLE, 'nominal');
    expect(r.units).toBe(11);
    expect(r.pairableValues).toBe(40);
  });

  // Computed with fast-krippendorff 0.8.3.dev0 (github pln-fing-udelar/fast-krippendorff, commit b1eb616)
  // on tables drawn by numpy 2.4.6: rng = numpy.random.default_rng(13); for (units, coders, categories,
  // missing share) in (10,3,4,.2), (15,4,5,.3), (8,2,3,.1), (20,5,4,.4): data = rng.integers(1, k+1,
  // (coders, units)); data[rng.random((coders, units)) < missing] = nan;
  // krippendorff.alpha(reliability_data=data, level_of_measurement=level). Tables below are units × coders.
  const independent: { table: (number | null)[][]; alpha: Record<(typeof LEVELS)[number], number> }[] = [
    {
      table: [
        [4, 4, _],
        [4, _, 2],
        [_, 3, 2],
        [4, 3, _],
        [1, _, 4],
        [4, 1, 1],
        [4, 4, 3],
        [2, 4, 2],
        [1, 1, 2],
        [1, 4, _],
      ],
      alpha: { nominal: -0.019704433497537144, ordinal: -0.03334738278741156, interval: -0.011273957158962844, ratio: 0.05070812480034059 },
    },
    {
      table: [
        [_, 2, 4, 1],
        [4, 4, 3, _],
        [4, 2, 1, 4],
        [4, 5, 2, _],
        [_, 3, 1, 1],
        [4, _, _, 5],
        [5, 4, 2, 2],
        [3, 2, 1, 2],
        [2, 1, 4, 4],
        [5, 4, 5, 2],
        [4, 3, 2, 3],
        [5, 4, 5, 4],
        [4, 3, 2, _],
        [5, _, 3, 3],
        [4, 1, 4, _],
      ],
      alpha: { nominal: -0.03442568685865588, ordinal: 0.12927471052400497, interval: 0.1222121760096444, ratio: 0.07179934264500965 },
    },
    {
      table: [
        [2, 1],
        [1, _],
        [_, _],
        [1, 1],
        [1, 1],
        [3, 2],
        [2, _],
        [3, 1],
      ],
      alpha: { nominal: 0.0357142857142857, ordinal: 0.21250000000000002, interval: 0.15625, ratio: 0.19658753709198795 },
    },
    {
      table: [
        [2, 3, 4, _, _],
        [_, 3, _, _, 4],
        [2, 3, 3, _, _],
        [3, _, 4, 4, 2],
        [_, 4, _, 2, 4],
        [_, 2, _, 4, _],
        [_, _, 1, 2, 3],
        [3, _, 1, _, 2],
        [_, _, 2, _, _],
        [2, 3, _, _, 4],
        [_, 3, 3, 4, 3],
        [4, 4, 2, _, 2],
        [3, _, 2, _, _],
        [_, 1, _, 3, _],
        [2, 2, _, 3, 3],
        [3, 3, 1, _, _],
        [2, 2, _, _, 2],
        [_, _, 2, 4, 4],
        [_, 4, 4, 4, _],
        [_, _, 3, 4, 1],
      ],
      alpha: { nominal: -0.004880849842090029, ordinal: -0.0009558457267067055, interval: -0.002910230579807438, ratio: -0.06143107898315958 },
    },
  ];
  it.each(independent.map((t, i) => [i + 1, t] as const))('agrees with an independent implementation on random table %i (missing values)', (_i, t) => {
    for (const level of LEVELS) expect(krippendorffAlpha(t.table, level).alpha).toBeCloseTo(t.alpha[level], 10);
  });

  it('is 1 when every coder agrees and undefined when there is no variation at all', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 1],
          [2, 2],
          [3, 3],
        ],
        'nominal',
      ).alpha,
    ).toBe(1);
    const none = krippendorffAlpha(
      [
        [2, 2],
        [2, 2],
      ],
      'interval',
    );
    expect(none.alpha).toBeNull();
    expect(none.pairableValues).toBe(4);
    expect(
      krippendorffAlpha(
        [
          [1, _],
          [_, 2],
        ],
        'nominal',
      ),
    ).toMatchObject({ alpha: null, units: 0, pairableValues: 0 });
  });

  it('compares nominal categories as written and refuses text at the other levels', () => {
    expect(
      krippendorffAlpha(
        [
          ['yes', 'yes'],
          ['no', 'no'],
          ['yes', 'no'],
        ],
        'nominal',
      ).alpha,
    ).toBeCloseTo(1 - (5 * 2) / (2 * 3 * 3), 10);
    expect(() =>
      krippendorffAlpha(
        [
          ['high', 2],
          [1, 1],
        ],
        'interval',
      ),
    ).toThrow(/interval data must be numbers; found "high"/);
    expect(() =>
      krippendorffAlpha(
        [
          [-1, 2],
          [1, 1],
        ],
        'ratio',
      ),
    ).toThrow(/cannot be negative/);
  });
});

describe("Cohen's κ", () => {
  it('is 0.40 for the 2 × 2 table 20 / 5 / 10 / 15', () => {
    const k = cohensKappaFromMatrix([
      [20, 5],
      [10, 15],
    ]);
    expect(k.kappa).toBeCloseTo(0.4, 10);
    expect(k).toMatchObject({ units: 50, observedAgreement: 0.7, expectedAgreement: 0.5 });
  });

  it('reads the same table from ratings, leaving out units one coder left blank', () => {
    const rows: (string | null)[][] = [
      ...Array<string[]>(20).fill(['yes', 'yes']),
      ...Array<string[]>(5).fill(['yes', 'no']),
      ...Array<string[]>(10).fill(['no', 'yes']),
      ...Array<string[]>(15).fill(['no', 'no']),
      ['yes', null],
    ];
    expect(cohensKappa(rows)).toMatchObject({ units: 50 });
    expect(cohensKappa(rows).kappa).toBeCloseTo(0.4, 10);
  });

  // Computed with statsmodels 0.15.0 (numpy 2.4.6): rng = numpy.random.default_rng(7); for (units, k) in
  // (30, 3), (25, 4): a = rng.integers(1, k+1, units); b = where(rng.random(units) < .6, a, rng.integers(1, k+1, units));
  // statsmodels.stats.inter_rater.cohens_kappa(to_table(column_stack([a, b]))[0]).kappa
  it.each([
    [
      [
        [3, 3],
        [2, 3],
        [3, 2],
        [3, 1],
        [2, 1],
        [3, 3],
        [3, 3],
        [1, 2],
        [1, 1],
        [1, 1],
        [1, 1],
        [3, 3],
        [3, 2],
        [1, 2],
        [2, 2],
        [3, 3],
        [1, 1],
        [3, 3],
        [1, 1],
        [2, 1],
        [3, 3],
        [1, 1],
        [2, 2],
        [1, 3],
        [3, 3],
        [1, 1],
        [3, 2],
        [2, 2],
        [2, 2],
        [2, 2],
      ],
      0.49999999999999994,
    ],
    [
      [
        [2, 4],
        [3, 3],
        [2, 1],
        [3, 4],
        [3, 1],
        [3, 3],
        [4, 4],
        [1, 1],
        [3, 3],
        [2, 2],
        [2, 2],
        [1, 1],
        [1, 3],
        [2, 2],
        [4, 4],
        [1, 1],
        [2, 2],
        [4, 4],
        [4, 3],
        [1, 1],
        [1, 1],
        [3, 3],
        [1, 2],
        [2, 2],
        [2, 2],
      ],
      0.6228448275862069,
    ],
  ])('agrees with statsmodels on random ratings (%#)', (table, kappa) => {
    expect(cohensKappa(table).kappa).toBeCloseTo(kappa, 10);
  });

  it('is undefined when both coders used one category only', () => {
    expect(
      cohensKappa([
        ['a', 'a'],
        ['a', 'a'],
      ]).kappa,
    ).toBeNull();
  });
});

describe('percent agreement', () => {
  it('is the share of units two coders rated alike', () => {
    expect(
      percentAgreement([
        [1, 1],
        [1, 2],
        [2, 2],
        [3, _],
      ]),
    ).toEqual({ agreement: 2 / 3, units: 3 });
  });
  it('averages the agreeing pairs of each unit with more coders', () => {
    // Unit 1: 3 of 3 pairs agree; unit 2: 1 of 3; unit 3 (two values): 0 of 1.
    expect(
      percentAgreement([
        [1, 1, 1],
        [1, 1, 2],
        [1, _, 2],
      ]).agreement,
    ).toBeCloseTo((1 + 1 / 3 + 0) / 3, 12);
  });
});

describe('reliability of a table', () => {
  it('gives κ only with exactly two coders', () => {
    expect(reliability(EXAMPLE, 'nominal', 4).kappa).toBeNull();
    expect(
      reliability(
        [
          [1, 1],
          [2, 1],
        ],
        'nominal',
        2,
      ).kappa,
    ).not.toBeNull();
  });
});

describe("Krippendorff's unitizing α", () => {
  const two = (a: [number, number][], b: [number, number][], length = 10): Continuum => ({
    length,
    coders: [
      { coder: 'a', segments: a.map(([start, end]) => ({ start, end })) },
      { coder: 'b', segments: b.map(([start, end]) => ({ start, end })) },
    ],
  });

  it('is 1 for identical selections and −0.9 for complementary halves of 10 characters', () => {
    expect(unitizingAlpha([two([[0, 5]], [[0, 5]])]).alpha).toBe(1);
    // o(0,1) = o(1,0) = 10, n0 = n1 = 10, n = 20: α = 1 − 19 · 20 / (2 · 10 · 10).
    expect(unitizingAlpha([two([[0, 5]], [[5, 10]])]).alpha).toBeCloseTo(-0.9, 12);
  });

  it('counts overlapping selections of one coder once and pools several continua', () => {
    const once = unitizingAlpha([two([[0, 4]], [[2, 6]])]);
    const overlapping = unitizingAlpha([
      two(
        [
          [0, 3],
          [1, 4],
        ],
        [[2, 6]],
      ),
    ]);
    expect(overlapping).toEqual(once);
    expect(once.units).toBe(10);
    expect(unitizingAlpha([two([[0, 4]], [[2, 6]]), two([], [], 5)]).units).toBe(15);
  });

  it('equals the nominal α of every character position coded 1 or 0, missing for coders who did not code a continuum', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let trial = 0; trial < 20; trial++) {
      const continua: Continuum[] = [];
      const table: (number | null)[][] = [];
      for (let c = 0; c < 3; c++) {
        const length = 20 + Math.floor(random() * 60);
        const coders = ['a', 'b', 'c']
          .filter(() => random() < 0.8)
          .map((coder) => {
            const segments = Array.from({ length: Math.floor(random() * 4) }, () => {
              const start = Math.floor(random() * length);
              return { start, end: start + 1 + Math.floor(random() * 15) };
            });
            return { coder, segments };
          });
        continua.push({ length, coders });
        for (let p = 0; p < length; p++)
          table.push(
            ['a', 'b', 'c'].map((name) => {
              const coder = coders.find((k) => k.coder === name);
              return coder ? (coder.segments.some((s) => s.start <= p && p < s.end) ? 1 : 0) : null;
            }),
          );
      }
      const expected = krippendorffAlpha(table, 'nominal');
      const actual = unitizingAlpha(continua);
      expect(actual.units).toBe(expected.units);
      if (expected.alpha === null) expect(actual.alpha).toBeNull();
      else expect(actual.alpha).toBeCloseTo(expected.alpha, 10);
    }
  });
});

describe('binary agreement', () => {
  it('equals α and percent agreement of the table it counts, units alike weighted as one', () => {
    const table = [
      [1, 0],
      [1, 1],
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 1],
      [1, 1, 0],
      [0, 0, 0],
    ];
    const counted = binaryAgreement([
      { coders: 2, ones: 1 },
      { coders: 2, ones: 2 },
      { coders: 2, ones: 0, weight: 3 },
      { coders: 2, ones: 1 },
      { coders: 3, ones: 2 },
      { coders: 3, ones: 0 },
      { coders: 1, ones: 1 },
    ]);
    expect(counted.alpha.alpha).toBeCloseTo(krippendorffAlpha(table, 'nominal').alpha!, 12);
    expect(counted.alpha.units).toBe(8);
    expect(counted.percentAgreement.agreement).toBeCloseTo(percentAgreement(table).agreement!, 12);
  });
});
