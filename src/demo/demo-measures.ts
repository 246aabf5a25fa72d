import { Random } from '../domain/random.js';
import type { ServiceContext } from '../services/context.js';
import { importInstrumentResponses } from '../services/instrument-import.js';
import { defineScale, editItem, getInstrument } from '../services/instruments.js';
import { DEMO_DISTRICTS, demoParticipants, type DemoParticipant } from './cast.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { demoClock } from './demo-clock.js';

/**
 * The demo's measures, in MIST's manner: the teachers' and coaches' on-line survey in both cycles
 * (exported from REDCap with its data dictionary and imported as such), its two scales, and the
 * knowledge-for-teaching test they took each spring (a plain CSV of scores), and two video-recorded
 * lessons per teacher each year scored on the Instructional Quality Assessment, a fifth of them by a
 * second rater, and the districts' results on the state mathematics test by school, grade and
 * student group. A participant's answers and lessons follow their own level, a little higher where
 * their school's coach works with teachers and in the second year; a few did not respond in a year.
 */
export const DEMO_SURVEY = 'Teacher and coach survey';
export const DEMO_KNOWLEDGE_TEST = 'Mathematical knowledge for teaching';
export const DEMO_RUBRIC = 'Instructional Quality Assessment';
export const DEMO_ACHIEVEMENT = 'State mathematics assessment';

/** The student groups the districts report, with each group's share of a grade and how far below all students it scores. */
const STUDENT_GROUPS: { name: string; share: number; gap: number }[] = [
  { name: 'Economically disadvantaged', share: 0.55, gap: 9 },
  { name: 'English learners', share: 0.12, gap: 21 },
  { name: 'Students with disabilities', share: 0.025, gap: 27 },
];

const IQA_DIMENSIONS = ['Potential of the task', 'Implementation of the task', 'Rigor of the discussion', "Teacher's questions", 'Accountable talk'];
const IQA_RATERS = ['JM', 'KL', 'TS'];

const AGREEMENT = '1, Strongly disagree | 2, Disagree | 3, Neither agree nor disagree | 4, Agree | 5, Strongly agree';
const FREQUENCY = '1, Never | 2, A few times a year | 3, Monthly | 4, Weekly | 5, Several times a week';

/** The survey's items: its REDCap field, form label and choices; the reverse-worded one is marked. */
const ITEMS: { field: string; label: string; choices: string; reverse?: boolean; coachSupport?: boolean }[] = [
  { field: 'collab_share', label: 'Teachers in my school share ideas about teaching mathematics.', choices: AGREEMENT },
  { field: 'collab_work', label: 'Teachers in my school look at student work together.', choices: AGREEMENT },
  { field: 'collab_alone', label: 'I rarely discuss my teaching of mathematics with colleagues.', choices: AGREEMENT, reverse: true },
  { field: 'collab_observe', label: "Teachers in my school observe each other's mathematics lessons.", choices: AGREEMENT },
  { field: 'coach_plan', label: 'How often does a mathematics coach help you plan lessons?', choices: FREQUENCY, coachSupport: true },
  {
    field: 'coach_observe',
    label: 'How often does a mathematics coach observe your teaching and talk with you about it?',
    choices: FREQUENCY,
    coachSupport: true,
  },
  { field: 'coach_model', label: 'How often does a mathematics coach model a lesson in your classroom?', choices: FREQUENCY, coachSupport: true },
];

const csvLine = (cells: readonly (string | number)[]) =>
  cells.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',');

function dictionary(): string {
  const header = [
    'Variable / Field Name',
    'Form Name',
    'Section Header',
    'Field Type',
    'Field Label',
    'Choices, Calculations, OR Slider Labels',
    'Field Note',
    'Text Validation Type OR Show Slider Number',
    'Text Validation Min',
    'Text Validation Max',
  ];
  return [
    csvLine(header),
    csvLine(['record_id', 'survey', '', 'text', 'Participant ID', '', '', '', '', '']),
    ...ITEMS.map((i) => csvLine([i.field, 'survey', '', 'radio', i.label, i.choices, '', '', '', ''])),
    csvLine(['years_teaching', 'survey', '', 'text', 'How many years have you taught mathematics?', '', '', 'integer', '0', '45']),
    '',
  ].join('\n');
}

const clamp = (x: number) => Math.max(1, Math.min(5, Math.round(x)));

/** What each respondent answered in each cycle, from their own level. */
function answers(people: readonly DemoParticipant[], random: Random) {
  const level = new Map(people.map((p) => [p.id, random.next() * 2 - 1]));
  const years = new Map(people.map((p) => [p.id, random.int(1, 25)]));
  return (cycle: number) =>
    people
      .filter(() => !random.chance(0.08))
      .map((p) => {
        const focal = p.school?.name === p.district.focalSchool;
        const base = 3 + level.get(p.id)! + (focal ? 0.4 : 0) + cycle * 0.35;
        const cells: Record<string, number | string> = { record_id: p.id };
        for (const item of ITEMS) {
          if (random.chance(0.03)) {
            cells[item.field] = '';
            continue;
          }
          const support = item.coachSupport ? (p.role === 'coach' ? 5 - random.int(0, 1) : base - 0.6 + (focal ? 0.6 : 0)) : base;
          const value = clamp(support + (random.next() - 0.5) * 1.6);
          cells[item.field] = item.reverse ? 6 - value : value;
        }
        cells.years_teaching = years.get(p.id)! + cycle;
        return cells;
      });
}

/** Each teacher's two lessons of the year (November and March) on the IQA, a fifth of them scored by a second rater who differs by a level now and then. */
function lessonScores(teachers: readonly DemoParticipant[], random: Random) {
  const level = new Map(teachers.map((p) => [p.id, random.next() * 1.6 - 0.8]));
  return (cycle: number) => {
    const start = 2009 + cycle;
    const lines = [csvLine(['participant_id', 'lesson_date', 'rater', 'dimension', 'level'])];
    teachers.forEach((p, t) => {
      const focal = p.school?.name === p.district.focalSchool;
      for (const date of [`${start}-11-${String(3 + (t % 25)).padStart(2, '0')}`, `${start + 1}-03-${String(2 + (t % 26)).padStart(2, '0')}`]) {
        const levels = IQA_DIMENSIONS.map((_, k) =>
          Math.max(1, Math.min(4, Math.round(2.2 + level.get(p.id)! + (focal ? 0.4 : 0) + cycle * 0.3 - k * 0.15 + (random.next() - 0.5) * 1.2))),
        );
        const first = IQA_RATERS[random.int(0, 2)]!;
        const raters = random.chance(0.2) ? [first, IQA_RATERS[(IQA_RATERS.indexOf(first) + 1) % 3]!] : [first];
        raters.forEach((rater, r) =>
          IQA_DIMENSIONS.forEach((d, k) => {
            const drift = r === 0 || !random.chance(0.25) ? 0 : random.chance(0.5) ? 1 : -1;
            lines.push(csvLine([p.id, date, rater, d, Math.max(1, Math.min(4, levels[k]! + drift))]));
          }),
        );
      }
    });
    return [...lines, ''].join('\n');
  };
}

/** Each school's grades 6 to 8 on the state test: all students and the groups the district reports, a little better in the focal schools and the second year. */
function achievementOf(cycle: number, random: Random): string {
  const lines = [csvLine(['school', 'grade', 'student_group', 'number_tested', 'percent_at_standard', 'mean_scale_score'])];
  for (const district of DEMO_DISTRICTS)
    for (const school of district.schools)
      for (const grade of ['6', '7', '8']) {
        const tested = random.int(70, 160);
        const focal = school.name === district.focalSchool;
        const percent = 38 + random.int(0, 14) + (focal ? 4 : 0) + cycle * 3;
        lines.push(csvLine([school.name, grade, 'All students', tested, percent, 320 + percent]));
        for (const g of STUDENT_GROUPS) {
          const n = Math.round(tested * g.share * (0.7 + random.next() * 0.6));
          const p = Math.max(2, percent - g.gap + random.int(-4, 4) + (focal ? cycle * 2 : 0));
          lines.push(csvLine([school.name, grade, g.name, n, p, 320 + p]));
        }
      }
  return [...lines, ''].join('\n');
}

function exportOf(rows: readonly Record<string, number | string>[]): string {
  const fields = ['record_id', ...ITEMS.map((i) => i.field), 'years_teaching'];
  return [csvLine(fields), ...rows.map((r) => csvLine(fields.map((f) => r[f] ?? ''))), ''].join('\n');
}

export async function measuresDemo(ctx: ServiceContext, partnershipId: string): Promise<void> {
  const analyst = { ...ctx, actor: DEMO_ACCOUNTS.find((a) => a.role === 'analyst')!.email, clock: demoClock('2011-06-01T09:00:00Z') };
  const random = new Random(2011);
  const people = demoParticipants().filter((p) => p.role === 'teacher' || p.role === 'coach');
  const survey = answers(people, random);
  const knowledge = new Map(people.map((p) => [p.id, 18 + random.int(0, 14)]));
  // Drawn apart from the survey's, so that each stays as it was drawn whatever the other becomes.
  const lessons = lessonScores(
    people.filter((p) => p.role === 'teacher'),
    new Random(2012),
  );
  const results = new Random(2013);
  for (const [i, cycle] of (['2009-10', '2010-11'] as const).entries()) {
    const report = await importInstrumentResponses(analyst, {
      partnershipId,
      instrument: DEMO_SURVEY,
      format: 'redcap',
      file: `survey-${cycle}.csv`,
      bytes: exportOf(survey(i)),
      dictionary: { file: 'survey-dictionary.csv', bytes: dictionary() },
      cycle,
    });
    if (!report.written) throw new Error(`the demo survey of ${cycle} did not import: ${report.problems.map((p) => p.message).join('; ')}`);
    const test = ['participant_id,score', ...people.filter(() => !random.chance(0.1)).map((p) => `${p.id},${knowledge.get(p.id)! + i * random.int(0, 4)}`), ''];
    const scores = await importInstrumentResponses(analyst, {
      partnershipId,
      instrument: DEMO_KNOWLEDGE_TEST,
      kind: 'knowledge test',
      format: 'csv',
      file: `knowledge-${cycle}.csv`,
      bytes: test.join('\n'),
      cycle,
    });
    if (!scores.written) throw new Error(`the demo knowledge test of ${cycle} did not import: ${scores.problems.map((p) => p.message).join('; ')}`);
    const rubric = await importInstrumentResponses(analyst, {
      partnershipId,
      instrument: DEMO_RUBRIC,
      format: 'lessons',
      file: `iqa-${cycle}.csv`,
      bytes: lessons(i),
      cycle,
    });
    if (!rubric.written) throw new Error(`the demo lesson scores of ${cycle} did not import: ${rubric.problems.map((p) => p.message).join('; ')}`);
    const achievement = await importInstrumentResponses(analyst, {
      partnershipId,
      instrument: DEMO_ACHIEVEMENT,
      format: 'achievement',
      file: `state-test-${cycle}.csv`,
      bytes: achievementOf(i, results),
      cycle,
    });
    if (!achievement.written) throw new Error(`the demo achievement of ${cycle} did not import: ${achievement.problems.map((p) => p.message).join('; ')}`);
  }
  await defineScale(analyst, partnershipId, DEMO_RUBRIC, { name: 'Instructional quality', items: IQA_DIMENSIONS, minimumAnswered: 4 });
  const test = await getInstrument(analyst, partnershipId, DEMO_KNOWLEDGE_TEST);
  await editItem(analyst, partnershipId, DEMO_KNOWLEDGE_TEST, 'score', {
    text: 'Items answered correctly, of 40',
    min: 0,
    max: 40,
    expectedVersion: test.version,
    reason: 'the test has 40 items, each scored right or wrong',
  });
  const instrument = await getInstrument(analyst, partnershipId, DEMO_SURVEY);
  await editItem(analyst, partnershipId, DEMO_SURVEY, 'collab_alone', {
    reverse: true,
    expectedVersion: instrument.version,
    reason: 'worded the other way round from the other collaboration items',
  });
  await defineScale(analyst, partnershipId, DEMO_SURVEY, {
    name: 'Collaboration',
    items: ITEMS.filter((i) => !i.coachSupport).map((i) => i.field),
    minimumAnswered: 3,
  });
  await defineScale(analyst, partnershipId, DEMO_SURVEY, {
    name: 'Coach support',
    items: ITEMS.filter((i) => i.coachSupport).map((i) => i.field),
    minimumAnswered: 2,
  });
}
