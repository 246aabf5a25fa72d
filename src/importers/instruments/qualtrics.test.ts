import { describe, expect, it } from 'vitest';
import { readQualtricsExport } from './qualtrics.js';

/** Qualtrics' third header row: each cell a JSON object, quoted as CSV (its quotes doubled), with a time zone on dates. */
const importIds = (ids: string[]) =>
  ids
    .map((id) => {
      const [importId, timeZone] = id.split('|');
      return `"${JSON.stringify({ ImportId: importId, ...(timeZone && { timeZone }) }).replace(/"/g, '""')}"`;
    })
    .join(',');

// A teacher survey as Qualtrics exports it with "choice text": three header rows, a matrix question
// (Q2_1, Q2_2), a text entry, embedded data (school), a preview response.
const EXPORT = [
  'StartDate,EndDate,Status,IPAddress,Progress,Duration (in seconds),Finished,RecordedDate,ResponseId,ExternalReference,DistributionChannel,UserLanguage,Q1,Q2_1,Q2_2,Q3_TEXT,school',
  'Start Date,End Date,Response Type,IP Address,Progress,Duration (in seconds),Finished,Recorded Date,Response ID,External Data Reference,Distribution Channel,User Language,How many years have you taught mathematics?,"How often do you and your colleagues... - Plan lessons together","How often do you and your colleagues... - Look at student work, together",Anything else?,school',
  importIds([
    'startDate|America/Chicago',
    'endDate|America/Chicago',
    'status',
    'ipAddress',
    'progress',
    'duration',
    'finished',
    'recordedDate|America/Chicago',
    '_recordId',
    'externalDataReference',
    'distributionChannel',
    'userLanguage',
    'QID1_TEXT',
    'QID2_1',
    'QID2_2',
    'QID3_TEXT',
    'school',
  ]),
  '2008-04-02 09:10:11,2008-04-02 09:20:00,IP Address,10.0.0.1,100,589,True,2008-04-02 09:20:01,R_1a,T0101,anonymous,EN,12,Weekly,Monthly,"We plan, then teach",School 01',
  '2008-04-02 10:00:00,2008-04-02 10:05:00,Survey Preview,10.0.0.2,100,300,True,2008-04-02 10:05:01,R_1b,,preview,EN,3,Never,Never,,',
  '2008-04-03 08:00:00,2008-04-03 08:15:00,IP Address,10.0.0.3,100,900,True,2008-04-03 08:15:01,R_1c,T0102,anonymous,EN,4,Daily,,,School 01',
].join('\r\n');

describe('a Qualtrics export', () => {
  it('reads the questions as items and metadata and embedded data as columns, the IDs from ExternalReference, previews left out', () => {
    const read = readQualtricsExport(EXPORT.replace(/\r\n/g, '\n'), 'teachers.csv');
    expect(read.columns.filter((c) => c.item).map((c) => [c.key, c.text])).toEqual([
      ['Q1', 'How many years have you taught mathematics?'],
      ['Q2_1', 'How often do you and your colleagues... - Plan lessons together'],
      ['Q2_2', 'How often do you and your colleagues... - Look at student work, together'],
      ['Q3_TEXT', 'Anything else?'],
    ]);
    expect(read.columns.find((c) => c.key === 'school')).toMatchObject({ item: false, column: 17 });
    expect(read.idColumn).toBe('ExternalReference');
    expect(read.responses.map((r) => [r.line, r.respondent, r.cells.Q2_1, r.cells.Q3_TEXT])).toEqual([
      [4, 'T0101', 'Weekly', 'We plan, then teach'],
      [6, 'T0102', 'Daily', ''],
    ]);
    expect(read.problems).toEqual([
      { severity: 'warning', file: 'teachers.csv', line: 5, message: "left out: a survey preview, not a participant's response" },
    ]);
  });

  it('reads the IDs from the column named', () => {
    const read = readQualtricsExport(EXPORT.replace(/\r\n/g, '\n'), 'teachers.csv', { idColumn: 'responseid' });
    expect(read.idColumn).toBe('ResponseId');
    expect(read.responses.map((r) => r.respondent)).toEqual(['R_1a', 'R_1c']);
  });

  it('refuses a file whose header rows are not all there, saying which is missing', () => {
    const lines = EXPORT.split('\r\n');
    const withoutText = [lines[0], lines[2], ...lines.slice(3)].join('\n');
    expect(readQualtricsExport(withoutText, 'q.csv').problems).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringMatching(/^line 2 holds the ImportIds, so the question-text row is missing/) }),
    ]);
    const legacy = [lines[0], lines[1], ...lines.slice(3)].join('\n');
    expect(readQualtricsExport(legacy, 'q.csv').problems).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringContaining('line 3 is not the ImportId row') }),
    ]);
    expect(readQualtricsExport(lines[0]!, 'q.csv').problems[0]!.message).toMatch(/^has 1 line: a Qualtrics export starts with three header rows/);
    const noId = EXPORT.replace(/\r\n/g, '\n').replace('ExternalReference', 'ExtRef');
    expect(readQualtricsExport(noId, 'q.csv').problems[0]!.message).toBe(
      "has no ExternalReference (nor participant_id) column for the respondents' IDs: name the column that holds them with --id-column",
    );
  });
});
