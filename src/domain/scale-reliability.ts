import { sampleCorrelation, sampleVariance } from 'simple-statistics';

/** Cronbach's α of a scale, with what each item adds to it. */
export interface ScaleReliability {
  items: string[];
  /** Respondents who answered every item (α is computed on them alone). */
  n: number;
  /** Respondents left out for an unanswered item. */
  dropped: number;
  alpha: number | null;
  /** Per item: α of the scale without it, and its correlation with the sum of the other items. */
  itemStatistics: { item: string; alphaIfDeleted: number | null; itemRestCorrelation: number | null }[];
}

/** α = k/(k − 1) · (1 − Σ item variances / variance of the sum), on sample variances. */
function alphaOf(columns: readonly number[][]): number | null {
  const k = columns.length;
  if (k < 2 || columns[0]!.length < 2) return null;
  const totals = columns[0]!.map((_, i) => columns.reduce((s, c) => s + c[i]!, 0));
  const total = sampleVariance(totals);
  if (total === 0) return null;
  const items = columns.reduce((s, c) => s + sampleVariance(c), 0);
  return (k / (k - 1)) * (1 - items / total);
}

function correlationOrNull(x: number[], y: number[]): number | null {
  const r = sampleCorrelation(x, y);
  return Number.isFinite(r) ? r : null;
}

/**
 * Cronbach's α of items answered by the same respondents (null for an unanswered item), on the
 * respondents who answered every item (listwise, as SPSS's RELIABILITY and R's psych::alpha on
 * complete cases), with each item's α-if-deleted and item-rest correlation.
 */
export function cronbachAlpha(items: readonly { name: string; values: readonly (number | null)[] }[]): ScaleReliability {
  const respondents = items[0]?.values.length ?? 0;
  const complete: number[] = [];
  for (let i = 0; i < respondents; i++) if (items.every((item) => item.values[i] !== null && item.values[i] !== undefined)) complete.push(i);
  const columns = items.map((item) => complete.map((i) => item.values[i]!));
  return {
    items: items.map((i) => i.name),
    n: complete.length,
    dropped: respondents - complete.length,
    alpha: alphaOf(columns),
    itemStatistics: items.map((item, j) => {
      const others = columns.filter((_, m) => m !== j);
      const rest = complete.map((_, i) => others.reduce((s, c) => s + c[i]!, 0));
      return {
        item: item.name,
        alphaIfDeleted: alphaOf(others),
        itemRestCorrelation: complete.length > 2 && others.length ? correlationOrNull(columns[j]!, rest) : null,
      };
    }),
  };
}
