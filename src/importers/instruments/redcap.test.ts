import { describe, expect, it } from 'vitest';
import { readRedcapDictionary, readRedcapExport } from './redcap.js';

// A data dictionary as REDCap's Dictionary page downloads it (the first columns of its header).
const DICTIONARY = `"Variable / Field Name","Form Name","Section Header","Field Type","Field Label","Choices, Calculations, OR Slider Labels","Field Note","Text Validation Type OR Show Slider Number","Text Validation Min","Text Validation Max","Identifier?"
record_id,teacher_survey,,text,Record ID,,,,,,
intro,teacher_survey,,descriptive,"<p>Thank you for taking part.</p>",,,,,,
years,teacher_survey,,text,Years teaching mathematics,,,integer,0,50,
collab_plan,teacher_survey,"Collaboration",radio,"How often do you <b>plan lessons</b> with colleagues?","1, Never | 2, Monthly | 3, Weekly | 4, Daily",,,,,
coach,teacher_survey,,yesno,Do you work with a coach?,,,,,,
topics,teacher_survey,,checkbox,Topics you discussed,"1, Tasks | 2, Student work | 99, Other",,,,,
comments,teacher_survey,,notes,Comments,,,,,,
`;

describe('a REDCap data dictionary and export', () => {
  it('reads the fields as items: choices as scales, checkboxes one item per choice, validated text as numbers in range', () => {
    const d = readRedcapDictionary(DICTIONARY, 'dictionary.csv');
    expect(d.problems).toEqual([]);
    expect(d.recordId).toBe('record_id');
    expect(d.items.map((i) => [i.key, i.type, i.min, i.max])).toEqual([
      ['years', 'number', 0, 50],
      ['collab_plan', 'scale', 1, 4],
      ['coach', 'scale', 0, 1],
      ['topics___1', 'scale', 0, 1],
      ['topics___2', 'scale', 0, 1],
      ['topics___99', 'scale', 0, 1],
      ['comments', 'text', null, null],
    ]);
    expect(d.items.find((i) => i.key === 'collab_plan')).toMatchObject({
      text: 'How often do you plan lessons with colleagues?',
      labels: [
        { value: 1, label: 'Never' },
        { value: 2, label: 'Monthly' },
        { value: 3, label: 'Weekly' },
        { value: 4, label: 'Daily' },
      ],
    });
    expect(d.items.find((i) => i.key === 'topics___2')!.text).toBe('Topics you discussed - Student work');
  });

  it("reads the raw export with it, REDCap's own columns kept apart from the items", () => {
    const d = readRedcapDictionary(DICTIONARY, 'dictionary.csv');
    const data =
      'record_id,redcap_event_name,years,collab_plan,coach,topics___1,topics___2,topics___99,comments,teacher_survey_complete\nT0101,year_1_arm_1,12,3,1,1,0,0,"Tasks, mostly",2\nT0102,year_1_arm_1,4,,0,0,0,0,,1\n';
    const e = readRedcapExport(data, 'export.csv', d);
    expect(e.problems).toEqual([]);
    expect(e.idColumn).toBe('record_id');
    expect(e.columns.filter((c) => c.item).map((c) => c.key)).toEqual(['years', 'collab_plan', 'coach', 'topics___1', 'topics___2', 'topics___99', 'comments']);
    expect(e.responses.map((r) => [r.line, r.respondent, r.cells.collab_plan, r.cells.comments])).toEqual([
      [2, 'T0101', '3', 'Tasks, mostly'],
      [3, 'T0102', '', ''],
    ]);
  });

  it('refuses a dictionary that is not one, choices it cannot read, and an export with fields the dictionary lacks', () => {
    expect(readRedcapDictionary('name,type\nx,text\n', 'd.csv').problems[0]!.message).toMatch(
      /^is not a REDCap data dictionary: its header lacks "variable \/ field name"/,
    );
    const badChoices = DICTIONARY.replace('"1, Never | 2, Monthly | 3, Weekly | 4, Daily"', '"N, Never | M, Monthly"').replace(
      '"1, Tasks | 2, Student work | 99, Other"',
      'Tasks',
    );
    expect(readRedcapDictionary(badChoices, 'd.csv').problems.map((p) => [p.line, p.message])).toEqual([
      [5, 'field collab_plan: the choice code "N" is not a number; scale items need numeric codes'],
      [5, 'field collab_plan: the choice code "M" is not a number; scale items need numeric codes'],
      [7, 'field topics: its choices must read "1, Never | 2, Sometimes | …"; found "Tasks"'],
    ]);
    const d = readRedcapDictionary(DICTIONARY, 'dictionary.csv');
    expect(readRedcapExport('record_id,years,school_size\nT1,3,400\n', 'export.csv', d).problems).toEqual([
      {
        severity: 'error',
        file: 'export.csv',
        line: 1,
        field: 'school_size',
        message:
          'column 3 (school_size) is not a field of the data dictionary dictionary.csv: the export and the dictionary come from different projects or versions',
      },
    ]);
  });
});
