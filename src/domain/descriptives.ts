import { max, mean, median, min, quantileSorted, sampleStandardDeviation } from 'simple-statistics';

/** What a table of descriptives shows of one measure (in one group): n, mean, SD, median, IQR and range. */
export interface Descriptives {
  /** Values present. */
  n: number;
  /** Values missing (blank). */
  missing: number;
  mean: number | null;
  /** Sample standard deviation (n − 1); null below two values. */
  sd: number | null;
  median: number | null;
  /** First and third quartiles, interpolated between the nearest values (R's and numpy's default, type 7). */
  q1: number | null;
  q3: number | null;
  iqr: number | null;
  min: number | null;
  max: number | null;
}

/** The descriptives of a measure's values, null standing for a missing one. */
export function describe(values: readonly (number | null)[]): Descriptives {
  const present = values.filter((v): v is number => v !== null);
  const missing = values.length - present.length;
  if (present.length === 0) return { n: 0, missing, mean: null, sd: null, median: null, q1: null, q3: null, iqr: null, min: null, max: null };
  const sorted = [...present].sort((a, b) => a - b);
  const q1 = quantileSorted(sorted, 0.25);
  const q3 = quantileSorted(sorted, 0.75);
  return {
    n: present.length,
    missing,
    mean: mean(present),
    sd: present.length > 1 ? sampleStandardDeviation(present) : null,
    median: median(sorted),
    q1,
    q3,
    iqr: q3 - q1,
    min: min(sorted),
    max: max(sorted),
  };
}

export interface GroupDescriptives extends Descriptives {
  group: string;
}

/** Descriptives of a measure per group (in the groups' order of first appearance unless sorted by the caller) and over all. */
export function describeByGroup(rows: readonly { group: string; value: number | null }[]): { all: Descriptives; groups: GroupDescriptives[] } {
  const groups = new Map<string, (number | null)[]>();
  for (const r of rows) {
    const values = groups.get(r.group);
    if (values) values.push(r.value);
    else groups.set(r.group, [r.value]);
  }
  return {
    all: describe(rows.map((r) => r.value)),
    groups: [...groups].map(([group, values]) => ({ group, ...describe(values) })),
  };
}
