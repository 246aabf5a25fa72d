import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeTo, EXPECTED_STATISTICS, STATISTICS_FIXTURES } from '../../test/support/reference-values.js';
import { numericColumn, readDataTable } from '../importers/data-table.js';
import { pairedChange } from './paired-change.js';

describe('paired change', () => {
  it("reproduces scipy's ttest_rel (t, df, p, the interval of the mean change) on the teachers' quality in two cycles", () => {
    const e = EXPECTED_STATISTICS.paired;
    const table = readDataTable(readFileSync(join(STATISTICS_FIXTURES, e.file), 'utf8'), e.file).table!;
    const [before, after] = e.columns.map((c: string) => numericColumn(table, c, 'value').values);
    const pairs = before
      .map((b: number | null, i: number) => ({ before: b, after: after[i] }))
      .filter((p: { before: number | null; after: number | null }) => p.before !== null && p.after !== null);
    const { columns: _columns, file: _file, method: _method, ...reference } = e;
    closeTo(pairedChange(pairs), reference);
  });

  it('counts who improved, stayed and declined, and gives no test where the differences cannot vary', () => {
    expect(pairedChange([])).toMatchObject({ n: 0, change: null, t: null });
    expect(pairedChange([{ before: 2, after: 3 }])).toMatchObject({ n: 1, change: 1, sd: null, t: null, p: null, improved: 1 });
    expect(
      pairedChange([
        { before: 2, after: 3 },
        { before: 1, after: 2 },
      ]),
    ).toMatchObject({ change: 1, sd: 0, t: null, p: null, improved: 2 });
    expect(
      pairedChange([
        { before: 2, after: 3 },
        { before: 3, after: 3 },
        { before: 4, after: 2 },
      ]),
    ).toMatchObject({ improved: 1, unchanged: 1, declined: 1 });
  });
});
