import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from './support/temporary-folders.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'warrant.js');

function warrant(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', WARRANT_DATABASE_URL: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as any };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(temporaryFolder('warrant-reliability-'), name);
  writeFileSync(path, content);
  return path;
}

/** Krippendorff (2011)'s example, units × coders, with a first column naming the units. */
const EXAMPLE = [
  'unit,A,B,C,D',
  '1,1,1,,1',
  '2,2,2,3,2',
  '3,3,3,3,3',
  '4,3,3,3,3',
  '5,2,2,2,2',
  '6,1,2,3,4',
  '7,4,4,4,4',
  '8,1,1,2,1',
  '9,2,2,2,2',
  '10,,5,5,5',
  '11,,,1,1',
  '12,,3,,',
].join('\n');

describe('warrant reliability', () => {
  it("prints α at each level for Krippendorff's example, with units and pairable values", () => {
    const csv = file('ratings.csv', EXAMPLE);
    const expected = { nominal: 0.743, ordinal: 0.815, interval: 0.849, ratio: 0.797 };
    for (const [level, alpha] of Object.entries(expected)) {
      const r = warrant(['reliability', csv, '--level', level, '--json']);
      expect(r.code).toBe(0);
      expect(r.json()).toMatchObject({ level, coders: ['A', 'B', 'C', 'D'], units: 12, pairableUnits: 11, pairableValues: 40, kappa: null });
      expect(r.json().alpha).toBeCloseTo(alpha, 3);
    }
    const text = warrant(['reliability', csv, '--level', 'interval']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Krippendorff's α \(interval\)\s+0\.849/);
    expect(text.stdout).toMatch(/Cohen's κ\s+— \(two coders only\)/);
    expect(text.stdout).toMatch(/units\s+11 of 12 pairable/);
    expect(text.stdout).toMatch(/pairable values\s+40/);
  });

  it('gives κ with two coders, read from a semicolon-separated file with blanks', () => {
    const rows = ['coder 1;coder 2', ...Array(20).fill('yes;yes'), ...Array(5).fill('yes;no'), ...Array(10).fill('no;yes'), ...Array(15).fill('no;no'), 'yes;'];
    const r = warrant(['reliability', file('two.csv', rows.join('\r\n')), '--level', 'nominal', '--json']);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ coders: ['coder 1', 'coder 2'], units: 51, pairableUnits: 50, percentAgreement: 0.7 });
    expect(r.json().kappa).toBeCloseTo(0.4, 10);
  });

  it('reads tab-separated files and decimal commas', () => {
    const r = warrant(['reliability', file('tabs.tsv', 'A\tB\n1,5\t1,5\n2\t2,5\n3\t3\n'), '--level', 'interval', '--json']);
    expect(r.code).toBe(0);
    expect(r.json().units).toBe(3);
  });

  it.each([
    [
      'one coder',
      'one.csv',
      'A\n1\n2\n',
      'nominal',
      /one\.csv, line 1: the header names one coder \(A\); agreement needs a column for each of two or more coders/,
    ],
    [
      'text where numbers belong',
      'text.csv',
      'A,B\n1,2\n3,high\n',
      'interval',
      /text\.csv, line 3, field "B": column 2: interval data must be numbers; found "high"/,
    ],
    [
      'text in ordinal data',
      'ordinal.csv',
      'A,B\nlow,2\n',
      'ordinal',
      /ordinal\.csv, line 2, field "A": column 1: ordinal data must be ordered numbers \(1, 2, 3…\); found "low"/,
    ],
    [
      'a negative ratio',
      'negative.csv',
      'A,B\n1,-2\n',
      'ratio',
      /negative\.csv, line 2, field "B": column 2: ratio data must be numbers of zero or more; found -2/,
    ],
    [
      'no pairable values',
      'unpaired.csv',
      'A,B\n1,\n,2\n',
      'nominal',
      /unpaired\.csv: no unit has values from two coders \(2 units read\): there is nothing to pair/,
    ],
    ['an empty file', 'empty.csv', '', 'nominal', /empty\.csv: the file is empty; it needs a header line naming the coders/],
    ['a header only', 'header.csv', 'A,B\n', 'nominal', /header\.csv: has a header but no units/],
    ['a row longer than the header', 'long.csv', 'A,B\n1,2,3\n', 'nominal', /long\.csv, line 2: has 3 fields, the header has 2/],
    ['a coder named twice', 'twice.csv', 'A,A\n1,2\n', 'nominal', /twice\.csv, line 1: the header names coder "A" twice/],
  ])('refuses %s with a message naming the file and where', (_what, name, content, level, message) => {
    const r = warrant(['reliability', file(name, content), '--level', level]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('refuses an unknown level and a missing file', () => {
    expect(warrant(['reliability', file('k.csv', EXAMPLE), '--level', 'rank']).code).toBe(2);
    const missing = warrant(['reliability', '/nonexistent/ratings.csv', '--level', 'nominal']);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/\/nonexistent\/ratings\.csv does not exist/);
  });
});
