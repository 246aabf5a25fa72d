/** A statistic as shown: fixed digits, a dash when it cannot be computed. */
export const figure = (x: number | null | undefined, digits = 3) => (x === null || x === undefined ? '—' : x.toFixed(digits));

/** A p value as shown: below 0.001 said so. */
export const pValue = (p: number | null | undefined) => (p === null || p === undefined ? '—' : p < 0.001 ? '< 0.001' : p.toFixed(3));
