import type { InstrumentItem } from '../../domain/instrument.js';
import type { Problem } from '../../domain/problem.js';
import type { Random } from '../../domain/random.js';
import { tableText } from '../../importers/encoding.js';
import { readCsvSurvey } from '../../importers/instruments/csv-survey.js';
import { readQualtricsExport } from '../../importers/instruments/qualtrics.js';
import { readRedcapDictionary, readRedcapExport } from '../../importers/instruments/redcap.js';
import { readLessonScores, validateLessonScores } from '../../importers/instruments/lesson-scores.js';
import type { SurveyExport } from '../../importers/instruments/survey-export.js';
import { validateResponses } from '../../importers/instruments/validate-responses.js';
import { correlateTable, cronbachTable, describeTable, regressTable, type TableAnalysis } from '../../services/table-analyses.js';
import { mutate } from './mutate.js';
import { checkProblems, type FuzzOptions, type FuzzResult, SLOW_MS } from './result.js';

/** Teachers in schools with two years' scores, a few values missing, as a team prepares a table for R or Stata. */
const TEACHERS = `participant_id,school,role,years,coach_ties,iqa_1,iqa_2,q1,q2,q3
T01,School 1,teacher,4,1,2.1,2.6,4,5,4
T02,School 1,coach,12,0,3.0,3.1,5,5,4
T03,School 1,teacher,7,2,1.8,,3,3,2
T04,School 2,teacher,1,3,1.5,2.4,2,NA,3
T05,School 2,teacher,22,1,2.4,2.7,4,4,5
T06,School 2,teacher,9,.,2.0,2.2,3,2,3
T07,School 3,teacher,15,2,2.9,3.4,5,4,4
T08,School 3,teacher,3,0,1.2,1.6,1,2,1
T09,School 3,coach,30,1,3.5,3.6,5,5,5
T10,School 3,teacher,6,4,2.2,3.0,3,4,3
`;

/** Refusals of the statistics themselves are about the table as a whole, not a line of it. */
const ABOUT_THE_TABLE =
  /complete case|collinear|same value|respondent|clusters|two items|column of numbers|no cases|more cells|cannot be estimated|header rows|dictionary has no fields/i;

/**
 * Mutated tables for the analyses (descriptives, correlation, OLS with clusters, Cronbach's α),
 * each computed or refused with problems naming the file (and the line, for an error in one), in
 * time; never an exception, and never a NaN or an infinity in a result.
 */
export function fuzzDataTables(r: Random, options: FuzzOptions, result: FuzzResult): void {
  const seed = new TextEncoder().encode(TEACHERS);
  const analyses: [string, (bytes: Uint8Array, name: string) => TableAnalysis<unknown>][] = [
    ['describe', (b, n) => describeTable(b, n, { value: 'iqa_2', by: 'school' })],
    ['correlate', (b, n) => correlateTable(b, n, { x: 'coach_ties', y: 'iqa_2' })],
    ['ols', (b, n) => regressTable(b, n, { y: 'iqa_2', x: ['iqa_1', 'coach_ties', 'years'], cluster: 'school' })],
    ['cronbach', (b, n) => cronbachTable(b, n, { items: ['q1', 'q2', 'q3'] })],
  ];
  let refused = 0;
  let slowest = 0;
  for (let n = 0; n < options.casesPerFormat; n++) {
    const [what, analyse] = analyses[n % analyses.length]!;
    const name = `case-${n}.${what}.csv`;
    const started = performance.now();
    try {
      const outcome = analyse(mutate(r, seed), name);
      checkProblems(name, outcome.problems, result, ABOUT_THE_TABLE);
      if (!outcome.ok) {
        refused++;
        if (!outcome.problems.some((p) => p.severity === 'error')) result.problems.push(`${name}: refused without an error`);
      } else {
        const bad = numbersIn(outcome.result).find((x) => !Number.isFinite(x));
        if (bad !== undefined) result.problems.push(`${name}: a result holds ${bad}`);
      }
    } catch (e) {
      result.problems.push(`${name}: threw ${e instanceof Error ? e.message : String(e)}`);
    }
    const ms = performance.now() - started;
    slowest = Math.max(slowest, ms);
    if (ms > result.slowest.ms) result.slowest = { format: 'data table', ms };
    if (ms > SLOW_MS) result.problems.push(`${name}: took ${ms.toFixed(0)} ms`);
  }
  result.cases['data table'] = options.casesPerFormat;
  result.refused['data table'] = refused;
  options.log?.(`data tables: ${options.casesPerFormat} cases, ${refused} refused, slowest ${slowest.toFixed(1)} ms`);
}

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

const importIds = (ids: string[]) => ids.map((id) => `"{""ImportId"":""${id}""}"`).join(',');

/** A Qualtrics export as the survey tool writes one (numeric values), a preview among the responses. */
const QUALTRICS = [
  'StartDate,Status,ExternalReference,Q1,Q2_1,Q2_2,Q3_TEXT',
  'Start Date,Response Type,External Data Reference,Years?,"Often? - Plan","Often? - Look at work",Else?',
  importIds(['startDate', 'status', 'externalDataReference', 'QID1', 'QID2_1', 'QID2_2', 'QID3_TEXT']),
  '2009-11-02,0,T01,12,3,4,"plan, then teach"',
  '2009-11-02,1,,3,1,1,',
  '2009-11-03,0,T02,4,,2,',
  '2009-11-04,0,C01,20,4,4,coach',
  '',
].join('\n');

const REDCAP_DICTIONARY = `"Variable / Field Name","Form Name","Section Header","Field Type","Field Label","Choices, Calculations, OR Slider Labels","Field Note","Text Validation Type OR Show Slider Number","Text Validation Min","Text Validation Max"
record_id,survey,,text,Record ID,,,,,
plan,survey,,radio,Plan together?,"1, Never | 2, Monthly | 3, Weekly | 4, Daily",,,,
years,survey,,text,Years teaching,,,integer,0,50
topics,survey,,checkbox,Topics,"1, Tasks | 2, Student work",,,,
`;
const REDCAP_DATA = 'record_id,plan,years,topics___1,topics___2,survey_complete\nT01,3,12,1,0,2\nT02,,4,0,1,2\nC01,4,20,1,1,1\n';
const CSV_SURVEY = 'participant_id,years,plan\nT01,12,3\nT02,,4\nC01,20,2\n';
/** Two lessons on a rubric's dimensions, one scored by two raters, a level left blank. */
const LESSON_SCORES = [
  'participant_id,lesson_date,rater,dimension,level',
  'T01,2009-11-05,AB,Q2_1,3',
  'T01,2009-11-05,AB,Q2_2,2',
  'T01,2009-11-05,CD,Q2_1,3',
  'T01,2009-11-05,CD,Q2_2,',
  'T02,2010-03-02,AB,Q2_1,1',
  'T02,2010-03-02,AB,Q2_2,4',
  '',
].join('\n');

const item = (key: string, fields: Partial<InstrumentItem>): InstrumentItem => ({
  key,
  text: key,
  type: 'text',
  labels: [],
  min: null,
  max: null,
  reverse: false,
  ...fields,
});
const scale = (values: number[]) => ({
  type: 'scale' as const,
  labels: values.map((value) => ({ value, label: String(value) })),
  min: values[0]!,
  max: values.at(-1)!,
});
/** The instrument the mutated files are checked against: number, scale and text items, by each format's keys. */
const ITEMS: InstrumentItem[] = [
  ...['Q1', 'years'].map((key) => item(key, { type: 'number', min: 0, max: 50 })),
  ...['Q2_1', 'Q2_2', 'plan'].map((key) => item(key, scale([1, 2, 3, 4]))),
  ...['topics___1', 'topics___2'].map((key) => item(key, scale([0, 1]))),
  item('Q3_TEXT', {}),
];
const ROSTER = new Map(['T01', 'T02', 'C01'].map((c) => [c.toLowerCase(), c]));

/**
 * Mutated survey exports (Qualtrics, REDCap with its dictionary, plain CSV) read and checked against
 * an instrument and a roster as an import checks them: every problem names the file, every error
 * about a place in it its line; never an exception.
 */
export function fuzzSurveyExports(r: Random, options: FuzzOptions, result: FuzzResult): void {
  const text = (s: string) => new TextEncoder().encode(s);
  const roster = (id: string) => ROSTER.get(id.toLowerCase());
  /** A survey export read, then checked against the instrument and roster. */
  const survey =
    (read: (t: string, name: string) => SurveyExport) =>
    (t: string, name: string): Checked => {
      const exported = read(t, name);
      return { read: exported.problems, file: exported.file, checked: validateResponses(exported, ITEMS, roster).problems };
    };
  const formats: [string, Uint8Array, (t: string, name: string) => Checked][] = [
    ['qualtrics.csv', text(QUALTRICS), survey((t, name) => readQualtricsExport(t, name))],
    ['redcap.csv', text(REDCAP_DATA), survey((t, name) => readRedcapExport(t, name, readRedcapDictionary(REDCAP_DICTIONARY, 'dictionary.csv')))],
    ['redcap-dictionary.csv', text(REDCAP_DICTIONARY), survey((t, name) => readRedcapExport(REDCAP_DATA, 'data.csv', { ...readRedcapDictionary(t, name) }))],
    ['survey.csv', text(CSV_SURVEY), survey((t, name) => readCsvSurvey(t, name))],
    [
      'lessons.csv',
      text(LESSON_SCORES),
      (t, name) => {
        const read = readLessonScores(t, name);
        return { read: read.problems, file: name, checked: validateLessonScores(name, read.lines, read.idColumn, ITEMS, roster).problems };
      },
    ],
  ];
  for (const [kind, seed, check] of formats) {
    let refused = 0;
    let slowest = 0;
    for (let n = 0; n < options.casesPerFormat; n++) {
      const name = `case-${n}.${kind}`;
      const started = performance.now();
      try {
        const decoded = tableText(mutate(r, seed), name);
        checkProblems(name, decoded.problems, result);
        if (decoded.problems.some((p) => p.severity === 'error')) refused++;
        else {
          const checked = check(decoded.text, name);
          // A mutated dictionary is reported under its own name, the data's problems under the data's.
          const own = checked.read.filter((p) => p.file === name || kind !== 'redcap-dictionary.csv');
          checkProblems(name, own, result, ABOUT_THE_TABLE);
          checkProblems(checked.file, checked.checked, result, /unanswered in every response/);
          if ([...checked.read, ...checked.checked].some((p) => p.severity === 'error')) refused++;
        }
      } catch (e) {
        result.problems.push(`${name}: threw ${e instanceof Error ? e.message : String(e)}`);
      }
      const ms = performance.now() - started;
      slowest = Math.max(slowest, ms);
      if (ms > result.slowest.ms) result.slowest = { format: kind, ms };
      if (ms > SLOW_MS) result.problems.push(`${name}: took ${ms.toFixed(0)} ms`);
    }
    result.cases[kind] = options.casesPerFormat;
    result.refused[kind] = refused;
    options.log?.(`${kind}: ${options.casesPerFormat} cases, ${refused} refused, slowest ${slowest.toFixed(1)} ms`);
  }
}

/** What a file's reading and checking reported: the reader's problems, and the check's under the file it names. */
interface Checked {
  read: Problem[];
  file: string;
  checked: Problem[];
}
