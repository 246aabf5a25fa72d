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
    const csv = toCsv(
      ['who', 'what'],
      [
        { who: 'Ms. Rivera', what: 'said "weekly", then\nchanged her mind' },
        { who: '=cmd|"/c calc"!A1', what: null },
      ],
    );
    expect(parse(csv)).toEqual([
      ['who', 'what'],
      ['Ms. Rivera', 'said "weekly", then\nchanged her mind'],
      [`'=cmd|"/c calc"!A1`, ''],
    ]);
  });

  // The cells of the hardening review (issue 10): a separator of another locale before a formula,
  // and a formula after leading whitespace.
  const PAYLOADS = [
    "semi;=cmd|' /C calc'!A0",
    "tab\t=cmd|' /C calc'!A0",
    "comma,=cmd|' /C calc'!A0",
    ' =1+1',
    '   +1+1',
    ' \t-2+3',
    '\u00a0@SUM(A1)',
    '\n=HYPERLINK("http://x","click")',
    '\r\n=1+1',
  ];

  it('neutralises a formula after leading whitespace, and leaves words with a formula character inside alone', () => {
    expect([' =1+1', '   +1+1', ' \t-2+3', '\u00a0@SUM(A1)', '\n=HYPERLINK("http://x","click")'].map(neutralise)).toEqual([
      "' =1+1",
      "'   +1+1",
      " \t'-2+3",
      "'\u00a0@SUM(A1)",
      `\n'=HYPERLINK("http://x","click")`,
    ]);
    expect(['1 + 1 = 2', 'e-mail@school', ' plain', 'a, -1'].map(neutralise)).toEqual(['1 + 1 = 2', 'e-mail@school', ' plain', 'a, -1']);
    // Numbers stay numbers for R, Stata and SPSS; a missing one is blank.
    expect([-0.25, 3, Number.NaN, Number.POSITIVE_INFINITY].map(neutralise)).toEqual(['-0.25', '3', '', '']);
  });

  it('neutralises a formula after a semicolon, tab or line break inside a cell, where a spreadsheet of another locale starts a cell', () => {
    expect(["semi;=cmd|' /C calc'!A0", 'tab\t=1+1', 'one; +1', 'said:\n-2+3', '{"text":"x;@SUM(A1)"}'].map(neutralise)).toEqual([
      "semi;'=cmd|' /C calc'!A0",
      "tab\t'=1+1",
      "one;' +1",
      "said:\n'-2+3",
      `{"text":"x;'@SUM(A1)"}`,
    ]);
  });

  it('quotes every cell holding a comma, semicolon or tab, so that no locale splits it into a formula', () => {
    const csv = toCsv(
      ['id', 'text'],
      PAYLOADS.map((text, i) => ({ id: `aud_${i}`, text })),
    );
    for (const payload of PAYLOADS.slice(0, 3)) expect(csv).toContain(`,"${neutralise(payload)}"\n`);
    expect(parse(csv) as string[][]).toHaveLength(PAYLOADS.length + 1);
    for (const delimiter of [',', ';', '\t']) {
      // Whichever separator a spreadsheet splits at, quotes honoured or not, no cell it makes starts a formula.
      const cells = (parse(csv, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][]).flat();
      for (const cell of cells) expect(cell, `separated by ${JSON.stringify(delimiter)}`).not.toMatch(/^\s*[=+\-@]/);
    }
    expect((parse(csv) as string[][]).slice(1).map((r) => r[1])).toEqual(PAYLOADS.map(neutralise));
  });

  it("keeps a cell of JSON (an audit entry's data) from starting a formula in a semicolon locale", () => {
    const csv = toCsv(['seq', 'data'], [{ seq: 1, data: { text: "semi;=cmd|' /C calc'!A0;", reason: 'x\t+1' } }]);
    for (const delimiter of [';', '\t']) {
      for (const cell of (parse(csv, { delimiter, relax_quotes: true, relax_column_count: true }) as string[][]).flat())
        expect(cell).not.toMatch(/^\s*[=+\-@]/);
    }
    expect(JSON.parse((parse(csv) as string[][])[1]![1]!)).toEqual({ text: "semi;'=cmd|' /C calc'!A0;", reason: 'x\t+1' });
  });
});
