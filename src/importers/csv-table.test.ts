import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { Random } from '../domain/random.js';
import { csvSeparator, readCsvTable, unquotedRecords } from './csv-table.js';

const COLUMNS = ['participant_id', 'pseudonym', 'role'] as const;

describe('readCsvTable separators', () => {
  it('reads commas, semicolons (as Excel writes in many locales) and tabs, from the header line', () => {
    for (const sep of [',', ';', '\t']) {
      const text = [`participant_id${sep}pseudonym${sep}role`, `T01${sep}"Rivera${sep} Ms."${sep}teacher`, `C01${sep}Patel${sep}coach`].join('\r\n');
      const { rows, problems } = readCsvTable(text, 'roster.csv', COLUMNS);
      expect(problems).toEqual([]);
      expect(rows.map((r) => [r.line, r.values])).toEqual([
        [2, { participant_id: 'T01', pseudonym: `Rivera${sep} Ms.`, role: 'teacher' }],
        [3, { participant_id: 'C01', pseudonym: 'Patel', role: 'coach' }],
      ]);
    }
  });

  it('keeps commas inside fields of a semicolon file, and counts its lines', () => {
    const text = 'participant_id;pseudonym;role\nT01;Rivera, Ms.;teacher\n\nC01;Patel;coach;extra\n';
    const { rows } = readCsvTable(text, 'roster.csv', COLUMNS);
    expect(rows[0]!.values.pseudonym).toBe('Rivera, Ms.');
    expect(rows[1]).toMatchObject({ line: 4, malformed: { line: 4, message: 'has 4 fields, the header has 3' } });
  });

  it('follows an Excel "sep=" line, keeping line numbers', () => {
    const { rows, problems } = readCsvTable('sep=;\nparticipant_id;pseudonym;role\nT01;Rivera;teacher\n', 'roster.csv', COLUMNS);
    expect(problems).toEqual([]);
    expect(rows).toEqual([{ line: 3, values: { participant_id: 'T01', pseudonym: 'Rivera', role: 'teacher' } }]);
  });

  it('says which separator it read and what it found when columns are missing', () => {
    const { problems } = readCsvTable('participant_id;pseudonym;rolle\nT01;Rivera;teacher\n', 'roster.csv', COLUMNS);
    expect(problems).toEqual([
      {
        severity: 'error',
        file: 'roster.csv',
        line: 1,
        message:
          'the header lacks column role (expected: participant_id,pseudonym,role; read with semicolons between fields, found: participant_id, pseudonym, rolle)',
      },
    ]);
  });

  it('chooses the separator that yields the columns, else the most frequent one', () => {
    expect(csvSeparator('participant_id,pseudonym;role', COLUMNS)).toBe(',');
    expect(csvSeparator('"participant_id";"pseudonym";"role"', COLUMNS)).toBe(';');
    expect(csvSeparator('id;name;kind', COLUMNS)).toBe(';');
    expect(csvSeparator('id', COLUMNS)).toBe(',');
  });
});

describe('readCsvRecords without quotes', () => {
  it('reads a text without quotes as csv-parse does, fields trimmed, empty lines skipped, ragged rows kept', () => {
    const random = new Random(20261207);
    const alphabet = ['a', 'b', '1', '2.5', ' ', '\t', '\f', ',', ';', '\n', '\n', '\n', 'é', '\u00a0'];
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: random.int(0, 60) }, () => random.pick(alphabet)).join('');
      for (const delimiter of [',', ';', '\t']) {
        const parsed = (
          parse(text, { info: true, raw: true, skip_empty_lines: true, trim: true, relax_column_count: true, delimiter }) as unknown as {
            record: string[];
            info: { lines: number };
          }[]
        ).map((r) => ({ line: r.info.lines, fields: r.record }));
        expect(unquotedRecords(text, delimiter), JSON.stringify({ text, delimiter })).toEqual(parsed);
      }
    }
  });
});
