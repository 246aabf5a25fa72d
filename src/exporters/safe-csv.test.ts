import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from './safe-csv.js';

describe('CSV for spreadsheets', () => {
  it('turns cells that a spreadsheet would run as formulas into plain text', () => {
    expect(['=HYPERLINK("http://x","click")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', 'plain', '3-2'].map(neutralise)).toEqual([
      `'=HYPERLINK("http://x","click")`,
      "'+1+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tcmd",
      'plain',
      '3-2',
    ]);
  });

  it('writes rows that read back as the (neutralised) values, commas, quotes and newlines included', () => {
    const csv = toCsv(['who', 'what'], [
      { who: 'Ms. Rivera', what: 'said "weekly", then\nchanged her mind' },
      { who: '=cmd|"/c calc"!A1', what: null },
    ]);
    expect(parse(csv)).toEqual([
      ['who', 'what'],
      ['Ms. Rivera', 'said "weekly", then\nchanged her mind'],
      [`'=cmd|"/c calc"!A1`, ''],
    ]);
  });
});
