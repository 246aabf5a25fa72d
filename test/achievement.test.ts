import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../src/api/app.js';
import { createAccount } from '../src/services/accounts.js';
import { achievementByGroup } from '../src/services/achievement.js';
import { importBundle } from '../src/services/import-bundle.js';
import { importInstrumentResponses, type InstrumentImport } from '../src/services/instrument-import.js';
import { grantRole } from '../src/services/memberships.js';
import { type ApiClient, signedIn } from './support/api-client.js';
import { ROSTER, VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';

const PASSWORD = 'correct horse battery staple';
const HEADER = 'school,grade,student_group,number_tested,percent_at_standard,mean_scale_score';
// Grade 7 of two Northfield schools and one of Southfield. Northfield's all students: (120 × 40 + 80 × 55) / 200 = 46 % at
// standard, mean scale score (120 × 320 + 80 × 340) / 200 = 328; its English learners (30 × 20 + 10 × 30) / 40 = 22.5 %,
// a gap of −23.5 points; its students with disabilities, 6 tested, suppressed for partners.
const RESULTS_2009 = [
  HEADER,
  'Maple Middle School,7,All students,120,40,320',
  'Oak Middle School,7,All students,80,55,340',
  'Maple Middle School,7,English learners,30,20,300',
  'Oak Middle School,7,English learners,10,30,310',
  'Maple Middle School,7,Students with disabilities,6,10,290',
  'Birch Middle School,7,All students,90,61,350',
  '',
].join('\n');
const RESULTS_2010 = [HEADER, 'Maple Middle School,7,All students,110,48,', 'Oak Middle School,7,All students,90,52,', ''].join('\n');

describe.each(DIALECTS)('student achievement by school, grade and group (%s)', (dialect) => {
  let t: TestDatabase;
  let pid: string;
  beforeEach(async () => {
    t = await openTestDatabase(dialect, 'lead@example.org');
    const roster = `${ROSTER}\nX01,Mr. Doe,teacher,Birch Middle School,Southfield District,`;
    pid = (await importBundle(t.ctx, writeBundleFiles({ ...VALID_BUNDLE, 'roster.csv': roster }), { partnership: 'Northfield RPP' })).partnership!.id;
  }, 60_000);
  afterEach(() => t.close());

  const results = (bytes: string, more: Partial<InstrumentImport> = {}) =>
    importInstrumentResponses(t.ctx, {
      partnershipId: pid,
      instrument: 'State test',
      format: 'achievement',
      file: 'state.csv',
      bytes,
      cycle: '2009-10',
      ...more,
    });

  async function caller(email: string, role: string): Promise<ApiClient> {
    const account = await createAccount(t.ctx, { email, displayName: email, password: PASSWORD });
    await grantRole(t.ctx, { accountId: account.id, partnershipId: pid, role, ...(role === 'partner' && { district: 'Northfield District' }) });
    return signedIn(createApi({ store: t.store }), email, PASSWORD);
  }

  it('stores a year of aggregates, changes nothing on the same file, and corrects a changed figure as its next version', async () => {
    const first = await results(RESULTS_2009);
    expect(first).toMatchObject({ written: true, format: 'achievement', instrument: { created: true }, responses: { read: 6, added: 6 } });
    expect((await t.store.instruments.byId(first.instrument.id!))!.kind).toBe('student achievement');
    expect((await results(RESULTS_2009)).responses).toEqual({ read: 6, added: 0, corrected: 0, unchanged: 6, skipped: 0 });
    const corrected = await results(RESULTS_2009.replace('Oak Middle School,7,English learners,10,30,310', 'Oak Middle School,7,English learners,10,35,310'));
    expect(corrected.responses).toMatchObject({ corrected: 1, unchanged: 5 });
    const row = (await t.store.achievement.ofInstrument(first.instrument.id!)).find(
      (r) => r.student_group === 'English learners' && r.percent_at_standard === 35,
    )!;
    expect(row.version).toBe(2);
    const trail = await t.store.db.selectFrom('audit_log').select(['action', 'data']).where('entity_id', '=', row.id).execute();
    expect(trail.map((a) => a.action)).toEqual(['achievement_result.correct']);
    expect(JSON.parse(trail[0]!.data!)).toMatchObject({ from: { percent_at_standard: 30 }, to: { percent_at_standard: 35 } });
  });

  it("gives each group's results over the years weighted by the students tested, with its gap, and suppresses small groups when asked", async () => {
    await results(RESULTS_2009);
    await results(RESULTS_2010, { cycle: '2010-11' });
    const northfield = await achievementByGroup(t.ctx, pid, { instrument: 'state test', district: 'Northfield District' });
    expect(northfield.rows.map((r) => [r.cycle, r.studentGroup, r.numberTested, r.percentAtStandard, r.meanScaleScore, r.gap, r.suppressed])).toEqual([
      ['2009-10', 'All students', 200, 46, 328, null, false],
      ['2009-10', 'English learners', 40, 22.5, 302.5, -23.5, false],
      ['2009-10', 'Students with disabilities', 6, 10, 290, -36, false],
      ['2010-11', 'All students', 200, (110 * 48 + 90 * 52) / 200, null, null, false],
    ]);
    const suppressed = await achievementByGroup(t.ctx, pid, { instrument: 'State test', district: 'Northfield District', minimum: 10 });
    expect(suppressed.rows.find((r) => r.studentGroup === 'Students with disabilities')).toMatchObject({ suppressed: true, numberTested: null, gap: null });
    const oak = await achievementByGroup(t.ctx, pid, { instrument: 'State test', school: 'Oak Middle School', grade: '7' });
    expect(oak.rows.map((r) => [r.cycle, r.studentGroup, r.percentAtStandard])).toEqual([
      ['2009-10', 'All students', 55],
      ['2009-10', 'English learners', 30],
      ['2010-11', 'All students', 52],
    ]);
  });

  it("refuses students' own results, and names every bad line, storing nothing unless told to skip them", async () => {
    const students = await results('student_id,school,grade,student_group,number_tested,percent_at_standard\n1234,Maple Middle School,7,All students,1,100\n');
    expect(students.written).toBe(false);
    expect(students.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 1,
        field: 'student_id',
        message: expect.stringMatching(/^column student_id holds students' own results/),
      }),
    ]);
    const bad = [
      HEADER,
      'Maple Middle School,7,All students,120,40,320',
      'Elm Middle School,7,All students,50,40,320',
      'Oak Middle School,,All students,50,40,320',
      'Oak Middle School,7,,50,40,320',
      'Oak Middle School,7,All students,many,40,320',
      'Oak Middle School,8,All students,50,140,320',
      'Oak Middle School,6,All students,50,40,high',
      'maple middle school,7,all students,120,41,320',
      '',
    ].join('\n');
    const refused = await results(bad);
    expect(refused.written).toBe(false);
    expect(refused.problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [3, 'school', 'Elm Middle School is not a school of the partnership'],
      [4, 'grade', 'no grade'],
      [5, 'student_group', 'no student group (write "All students" for the whole grade)'],
      [6, 'number_tested', 'the number tested is a whole number of students; "many" is not'],
      [7, 'percent_at_standard', 'the percent at standard is 0 to 100; 140 is not'],
      [8, 'mean_scale_score', '"high" is not a number'],
      [9, 'student_group', 'maple middle school, grade 7, all students is on line 2 already: keep one line for it'],
    ]);
    expect(await t.store.instruments.byName(pid, 'State test')).toBeUndefined();
    const skipped = await results(bad, { skipInvalid: true });
    expect(skipped).toMatchObject({ written: true, responses: { read: 8, added: 1, skipped: 7 } });
    const missing = await results('school,grade,student_group,number_tested\nMaple Middle School,7,All students,3\n');
    expect(missing.problems.map((p) => p.message)).toEqual(['the header lacks percent_at_standard or mean_scale_score']);
  });

  it("shows partner leaders their own district's aggregates with groups under 10 suppressed, and nothing of another district", async () => {
    await results(RESULTS_2009);
    const northfield = (await t.store.organizations.list(pid, 'district')).find((d) => d.name === 'Northfield District')!.id;
    const southfield = (await t.store.organizations.list(pid, 'district')).find((d) => d.name === 'Southfield District')!.id;
    const instrument = (await t.store.instruments.byName(pid, 'State test'))!.id;

    const partner = await caller('leader@example.org', 'partner');
    const seen = await partner.get(`/api/districts/${northfield}/achievement`);
    expect(seen.status).toBe(200);
    expect(seen.body.achievement).toMatchObject({ minimum: 10, instrument: { id: instrument, name: 'State test' }, instruments: [{ id: instrument }] });
    expect(
      seen.body.achievement.rows.map((r: { studentGroup: string; suppressed: boolean; percentAtStandard: number | null }) => [
        r.studentGroup,
        r.suppressed,
        r.percentAtStandard,
      ]),
    ).toEqual([
      ['All students', false, 46],
      ['English learners', false, 22.5],
      ['Students with disabilities', true, null],
    ]);
    const lower = await partner.get(`/api/districts/${northfield}/achievement?instrument=State%20test&minimum=2`);
    expect(lower.body.achievement.minimum).toBe(10);
    const school = await partner.get(`/api/districts/${northfield}/achievement?instrument=State%20test&school=Oak%20Middle%20School`);
    expect(school.body.achievement.rows.map((r: { studentGroup: string; suppressed: boolean }) => [r.studentGroup, r.suppressed])).toEqual([
      ['All students', false],
      ['English learners', false],
    ]);
    expect((await partner.get(`/api/districts/${southfield}/achievement?instrument=State%20test`)).status).toBe(404);
    expect((await partner.get(`/api/instruments/${instrument}/achievement`)).status).toBe(404);

    const analyst = await caller('ana@example.org', 'analyst');
    const team = await analyst.get(`/api/instruments/${instrument}/achievement?district=Northfield%20District`);
    expect(team.status).toBe(200);
    expect(team.body.minimum).toBeNull();
    expect(team.body.rows.find((r: { studentGroup: string }) => r.studentGroup === 'Students with disabilities')).toMatchObject({
      numberTested: 6,
      suppressed: false,
    });
    const survey = await importInstrumentResponses(t.ctx, {
      partnershipId: pid,
      instrument: 'Survey',
      format: 'csv',
      file: 's.csv',
      bytes: 'participant_id,q1\nT01,3\n',
      cycle: '2009-10',
    });
    const wrongKind = await analyst.get(`/api/instruments/${survey.instrument.id}/achievement`);
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.message).toContain('Survey is a survey');
  });
});
