/**
 * Agreement between coders: percent agreement, Cohen's κ (two coders), Krippendorff's α (nominal,
 * ordinal, interval and ratio data, any number of coders, missing values) and Krippendorff's
 * unitizing α for codes applied to free selections of a text.
 *
 * α follows the coincidence-matrix formulation of Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability": values in units coded by at least two coders are pairable; each ordered pair
 * of values within a unit of m_u values adds 1/(m_u − 1) to the coincidence o_ck; n_c = Σ_k o_ck,
 * n = Σ_c n_c, and α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck.
 *
 * Tables are units × coders: one row per unit, one column per coder, `null` where a coder gave no
 * value. Pure: no I/O.
 */

/** A reconciliation's decision on whether a code applies to a unit where coders disagreed. */
export const RECONCILIATION_DECISIONS = ['applied', 'not_applied'] as const;
export type ReconciliationDecision = (typeof RECONCILIATION_DECISIONS)[number];

export const LEVELS = ['nominal', 'ordinal', 'interval', 'ratio'] as const;
export type Level = (typeof LEVELS)[number];

/** A coder's value for a unit: a category (nominal) or a number (ordinal, interval, ratio). */
export type Rating = string | number;
/** Units × coders; `null` (or undefined) is a missing value. */
export type RatingTable = readonly (readonly (Rating | null | undefined)[])[];

export interface AlphaResult {
  level: Level;
  /** null when it is undefined: fewer than two pairable values, or no variation among them (no expected disagreement). */
  alpha: number | null;
  /** Units with at least two values (the others cannot be paired); for uα, the characters coded by at least two coders. */
  units: number;
  /** n: the values in those units. */
  pairableValues: number;
  /** D_o and D_e, averaged over the n(n−1) pairs; α = 1 − D_o / D_e. */
  observedDisagreement: number;
  expectedDisagreement: number;
}

/** One unit's values, counted: value → how many coders gave it; weight multiplies the unit (a run of characters). */
interface UnitCounts<V> {
  counts: ReadonlyMap<V, number>;
  weight: number;
}

/** The coincidence matrix of units' value counts, as sorted values and a dense matrix. */
interface Coincidences<V> {
  values: V[];
  o: number[][];
  units: number;
}

function coincidences<V extends Rating>(units: Iterable<UnitCounts<V>>, compare: (a: V, b: V) => number): Coincidences<V> {
  const index = new Map<V, number>();
  const values: V[] = [];
  const entries: { counts: ReadonlyMap<V, number>; weight: number; m: number }[] = [];
  let pairable = 0;
  for (const u of units) {
    let m = 0;
    for (const c of u.counts.values()) m += c;
    if (m < 2 || u.weight <= 0) continue;
    pairable += u.weight;
    entries.push({ counts: u.counts, weight: u.weight, m });
    for (const v of u.counts.keys())
      if (!index.has(v)) {
        index.set(v, values.length);
        values.push(v);
      }
  }
  const sorted = [...values].sort(compare);
  sorted.forEach((v, i) => index.set(v, i));
  const k = sorted.length;
  const o = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const { counts, weight, m } of entries) {
    const f = weight / (m - 1);
    for (const [a, ca] of counts) {
      const ia = index.get(a)!;
      const row = o[ia]!;
      for (const [b, cb] of counts) {
        const ib = index.get(b)!;
        row[ib]! += f * (ia === ib ? ca * (ca - 1) : ca * cb);
      }
    }
  }
  return { values: sorted, o, units: pairable };
}

/**
 * The coincidences of binary units (a code applied, 1, or not, 0) from their counts, without a map
 * per unit: the same sums in the same order as `coincidences`, so the same α to the last bit.
 */
class BinaryCoincidences {
  private o00 = 0;
  private o01 = 0;
  private o10 = 0;
  private o11 = 0;
  private units = 0;
  private zero = false;
  private one = false;

  /** A unit where `ones` coders gave 1 and `zeros` gave 0, `weight` times. */
  add(ones: number, zeros: number, weight: number): void {
    const m = ones + zeros;
    if (m < 2 || weight <= 0) return;
    this.units += weight;
    if (ones) this.one = true;
    if (zeros) this.zero = true;
    const f = weight / (m - 1);
    this.o11 += f * (ones * (ones - 1));
    this.o10 += f * (ones * zeros);
    this.o01 += f * (zeros * ones);
    this.o00 += f * (zeros * (zeros - 1));
  }

  result(): Coincidences<number> {
    const { o00, o01, o10, o11, units, zero, one } = this;
    if (zero && one)
      return {
        values: [0, 1],
        o: [
          [o00, o01],
          [o10, o11],
        ],
        units,
      };
    if (zero) return { values: [0], o: [[o00]], units };
    if (one) return { values: [1], o: [[o11]], units };
    return { values: [], o: [], units };
  }
}

/** δ² for each pair of (sorted) values at a level; for ordinal, from the marginals n_c (Krippendorff 2011, §C). */
function distances(level: Level, values: readonly Rating[], n: readonly number[]): number[][] {
  const k = values.length;
  const d = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const num = (v: Rating) => v as number;
  for (let c = 0; c < k; c++)
    for (let e = 0; e < k; e++) {
      if (c === e) continue;
      let delta: number;
      switch (level) {
        case 'nominal':
          delta = 1;
          break;
        case 'ordinal': {
          const [lo, hi] = c < e ? [c, e] : [e, c];
          let s = 0;
          for (let g = lo; g <= hi; g++) s += n[g]!;
          delta = (s - (n[c]! + n[e]!) / 2) ** 2;
          break;
        }
        case 'interval':
          delta = (num(values[c]!) - num(values[e]!)) ** 2;
          break;
        case 'ratio': {
          const a = num(values[c]!);
          const b = num(values[e]!);
          delta = a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
          break;
        }
      }
      d[c]![e] = delta;
    }
  return d;
}

function alphaOf<V extends Rating>(level: Level, co: Coincidences<V>): AlphaResult {
  const { values, o, units } = co;
  const n = o.map((row) => row.reduce((s, x) => s + x, 0));
  const total = n.reduce((s, x) => s + x, 0);
  const d = distances(level, values, n);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < values.length; c++)
    for (let e = 0; e < values.length; e++) {
      observed += o[c]![e]! * d[c]![e]!;
      expected += n[c]! * n[e]! * d[c]![e]!;
    }
  const pairableValues = Math.round(total * 1e9) / 1e9;
  if (total < 2) return { level, alpha: null, units, pairableValues, observedDisagreement: 0, expectedDisagreement: 0 };
  const Do = observed / total;
  const De = expected / (total * (total - 1));
  return { level, alpha: De === 0 ? null : 1 - Do / De, units, pairableValues, observedDisagreement: Do, expectedDisagreement: De };
}

const isMissing = (v: Rating | null | undefined): v is null | undefined => v === null || v === undefined || v === '';

function compareRatings(a: Rating, b: Rating): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function* unitCounts(table: RatingTable, level: Level): Iterable<UnitCounts<Rating>> {
  for (const row of table) {
    const counts = new Map<Rating, number>();
    for (const v of row) {
      if (isMissing(v)) continue;
      if (level !== 'nominal' && (typeof v !== 'number' || !Number.isFinite(v)))
        throw new TypeError(`${level} data must be numbers; found ${JSON.stringify(v)}`);
      if (level === 'ratio' && (v as number) < 0) throw new TypeError(`ratio data cannot be negative; found ${v}`);
      counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    yield { counts, weight: 1 };
  }
}

/**
 * Krippendorff's α of a units × coders table at a level of measurement. Ordinal, interval and ratio
 * data must be numbers (ratio: not negative); nominal values are compared as given.
 */
export function krippendorffAlpha(table: RatingTable, level: Level): AlphaResult {
  return alphaOf(level, coincidences(unitCounts(table, level), compareRatings));
}

export interface KappaResult {
  /** null when undefined: no units, or chance agreement is already perfect (one category only). */
  kappa: number | null;
  /** Units both coders rated. */
  units: number;
  /** Observed and chance agreement, as proportions. */
  observedAgreement: number;
  expectedAgreement: number;
}

/** Cohen's κ from a square contingency table: matrix[i][j] = units coder 1 put in category i and coder 2 in j. */
export function cohensKappaFromMatrix(matrix: readonly (readonly number[])[]): KappaResult {
  const k = matrix.length;
  let total = 0;
  let diagonal = 0;
  const rows = new Array<number>(k).fill(0);
  const columns = new Array<number>(k).fill(0);
  for (let i = 0; i < k; i++) {
    if (matrix[i]!.length !== k) throw new TypeError('a contingency table must be square');
    for (let j = 0; j < k; j++) {
      const x = matrix[i]![j]!;
      total += x;
      rows[i]! += x;
      columns[j]! += x;
      if (i === j) diagonal += x;
    }
  }
  if (total === 0) return { kappa: null, units: 0, observedAgreement: 0, expectedAgreement: 0 };
  const po = diagonal / total;
  let pe = 0;
  for (let i = 0; i < k; i++) pe += (rows[i]! * columns[i]!) / (total * total);
  return { kappa: pe === 1 ? null : (po - pe) / (1 - pe), units: total, observedAgreement: po, expectedAgreement: pe };
}

/** Cohen's κ of a units × 2 table (units one of the two coders left blank are left out); values are categories. */
export function cohensKappa(table: RatingTable): KappaResult {
  const categories = new Map<string, number>();
  const pairs: [number, number][] = [];
  const category = (v: Rating) => {
    const key = `${typeof v}:${v}`;
    let i = categories.get(key);
    if (i === undefined) categories.set(key, (i = categories.size));
    return i;
  };
  for (const row of table) {
    if (row.length !== 2) throw new TypeError(`Cohen's κ is for two coders; a row has ${row.length}`);
    const [a, b] = row;
    if (isMissing(a) || isMissing(b)) continue;
    pairs.push([category(a), category(b)]);
  }
  const k = categories.size;
  const matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const [a, b] of pairs) matrix[a]![b]!++;
  return cohensKappaFromMatrix(matrix);
}

export interface AgreementResult {
  /** Proportion (0..1) or null when no unit has two values. */
  agreement: number | null;
  units: number;
}

/**
 * Percent agreement as a proportion: for each unit with at least two values, the share of its pairs
 * of coders who gave the same value, averaged over those units (with two coders: the share of units
 * both rated alike).
 */
export function percentAgreement(table: RatingTable): AgreementResult {
  let sum = 0;
  let units = 0;
  for (const row of table) {
    const counts = new Map<string, number>();
    let m = 0;
    for (const v of row) {
      if (isMissing(v)) continue;
      const key = `${typeof v}:${v}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      m++;
    }
    if (m < 2) continue;
    let agreeing = 0;
    for (const c of counts.values()) agreeing += (c * (c - 1)) / 2;
    sum += agreeing / ((m * (m - 1)) / 2);
    units++;
  }
  return { agreement: units ? sum / units : null, units };
}

export interface ReliabilityReport {
  level: Level;
  coders: number;
  alpha: AlphaResult;
  /** Only with exactly two coders. */
  kappa: KappaResult | null;
  percentAgreement: AgreementResult;
}

/** α at the level, κ when there are exactly two coders, and percent agreement, of a units × coders table. */
export function reliability(table: RatingTable, level: Level, coders: number): ReliabilityReport {
  return {
    level,
    coders,
    alpha: krippendorffAlpha(table, level),
    kappa: coders === 2 ? cohensKappa(table) : null,
    percentAgreement: percentAgreement(table),
  };
}

/** A selection [start, end) of a continuum, in code points. */
export interface Segment {
  start: number;
  end: number;
}

/** One continuum (a transcript's text) and the selections each coder who coded it made with one code. */
export interface Continuum {
  /** Its length in code points. */
  length: number;
  /** Every coder who coded this continuum, with their selections (none: they coded none of it). Coders not listed are missing. */
  coders: readonly { coder: string; segments: readonly Segment[] }[];
}

/**
 * Krippendorff's unitizing α (uα) for one code, in its binary-coded continuum form: every character
 * (code point) position of every continuum is a unit, and each coder who coded that continuum gives
 * it the value 1 if one of their selections covers it, 0 otherwise; uα is the nominal α of those
 * units (Krippendorff 1995, "On the reliability of unitizing continuous data", and 2004, "Measuring
 * the reliability of qualitative text analysis data", where the binary case of one category is
 * this α over the positions of the continuum). Characters are not enumerated: the continuum is cut
 * where any selection begins or ends, and each run of characters coded alike counts with its length.
 */
export function unitizingAlpha(continua: Iterable<Continuum>): AlphaResult {
  const co = new BinaryCoincidences();
  for (const c of continua) {
    if (c.coders.length < 2 || c.length <= 0) continue;
    const m = c.coders.length;
    const clipped = c.coders.map(({ segments }) =>
      segments.map((s) => ({ start: Math.max(0, Math.min(c.length, s.start)), end: Math.max(0, Math.min(c.length, s.end)) })).filter((s) => s.end > s.start),
    );
    if (clipped.every((segments) => segments.length === 0)) {
      co.add(0, m, c.length); // one run, the whole continuum, coded by no one
      continue;
    }
    const cuts = new Set<number>([0, c.length]);
    for (const segments of clipped)
      for (const s of segments) {
        cuts.add(s.start);
        cuts.add(s.end);
      }
    const points = [...cuts].sort((a, b) => a - b);
    // Per coder, how many of their selections cover each elementary run (by sweeping their start/end events).
    const covered = new Array<number>(points.length - 1).fill(0);
    const position = new Map(points.map((p, i) => [p, i]));
    for (const segments of clipped) {
      const depth = new Array<number>(points.length).fill(0);
      for (const s of segments) {
        depth[position.get(s.start)!]!++;
        depth[position.get(s.end)!]!--;
      }
      let d = 0;
      for (let i = 0; i < points.length - 1; i++) {
        d += depth[i]!;
        if (d > 0) covered[i]!++;
      }
    }
    for (let i = 0; i < points.length - 1; i++) co.add(covered[i]!, m - covered[i]!, points[i + 1]! - points[i]!);
  }
  return alphaOf('nominal', co.result());
}

/** A unit coded applies / does not apply (a code on a turn): how many coders coded it and how many applied the code; weight repeats it. */
export interface BinaryUnit {
  coders: number;
  ones: number;
  weight?: number;
}

/**
 * Nominal α and percent agreement of binary units (a code applied to a turn or not), counted rather
 * than listed: units alike may come as one with a weight (an interview's turns no coder applied the
 * code to), so that 50 codes over thousands of turns need no table of zeros.
 */
export function binaryAgreement(units: Iterable<BinaryUnit>): { alpha: AlphaResult; percentAgreement: AgreementResult } {
  let sum = 0;
  let agreeingUnits = 0;
  const co = new BinaryCoincidences();
  for (const u of units) {
    const weight = u.weight ?? 1;
    if (u.coders < 2 || weight <= 0) continue;
    const zeros = u.coders - u.ones;
    sum += (weight * ((u.ones * (u.ones - 1)) / 2 + (zeros * (zeros - 1)) / 2)) / ((u.coders * (u.coders - 1)) / 2);
    agreeingUnits += weight;
    co.add(u.ones, zeros, weight);
  }
  return { alpha: alphaOf('nominal', co.result()), percentAgreement: { agreement: agreeingUnits ? sum / agreeingUnits : null, units: agreeingUnits } };
}
