import { unzipSync, strFromU8 } from 'fflate';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codedSegmentsCsv, codedSegmentsXlsx } from '../src/exporters/coded-segments.js';
import { createApi } from '../src/api/app.js';
import { addArtifact } from '../src/services/artifacts.js';
import { moveCode } from '../src/services/codebook.js';
import { codePassage } from '../src/services/codings.js';
import { createContext } from '../src/services/context.js';
import { grantRole } from '../src/services/memberships.js';
import { defineAttribute } from '../src/services/participant-attributes.js';
import { editParticipant } from '../src/services/participants.js';
import { codedPassages, codedSegments, codeMatrix, codeQuery, cooccurrence } from '../src/services/retrieval.js';
import { signedIn } from './support/api-client.js';
import { codedBundle } from './support/coding-fixture.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';

const refusal = async (work: Promise<unknown>) => {
  const e = (await work.then(
    () => null,
    (x: unknown) => x,
  )) as { code: string; message: string; details?: { field?: string } } | null;
  expect(e, 'refused').not.toBeNull();
  return { code: e!.code, field: e!.details?.field, message: e!.message };
};

describe.each(DIALECTS)('retrieval over codings (%s)', (dialect) => {
  let t: TestDatabase;
  let f: Awaited<ReturnType<typeof codedBundle>>;
  beforeEach(async () => {
    t = await openTestDatabase(dialect, 'lead@example.org');
    f = await codedBundle(t);
  });
  afterEach(() => t.close());

  const quotes = (r: { passages: { quote: string }[] }) => r.passages.map((p) => p.quote);

  it("lists a code's passages with where they come from, filtered by district, school, role group, cycle, protocol and coder", async () => {
    const all = await codedPassages(t.ctx, f.pid, 'collaboration');
    expect(all.code.id).toBe(f.codes.Collaboration);
    expect(all.passages.map((p) => [p.interview.code, p.role, p.cycle.label, p.coder.name, p.school.name, p.participant.code])).toEqual([
      ['C01-0910', 'coach', '2009-10', 'Ben Okafor', 'Maple Middle School', 'C01'],
      ['T01-0910', 'teacher', '2009-10', 'Ana Morales', 'Maple Middle School', 'T01'],
      ['T01-1011', 'teacher', '2010-11', 'Ana Morales', 'Maple Middle School', 'T01'],
    ]);
    expect(all.passages[1]).toMatchObject({
      quote: 'grade-level team meets on Tuesdays, mostly about the pacing calendar',
      district: { name: 'Northfield District' },
    });
    expect(quotes(await codedPassages(t.ctx, f.pid, f.codes.Collaboration!, { role: 'teacher' }))).toHaveLength(2);
    expect(quotes(await codedPassages(t.ctx, f.pid, 'Collaboration', { cycle: '2010-11' }))).toEqual(['Now we bring student work to the Tuesday meeting']);
    expect(quotes(await codedPassages(t.ctx, f.pid, 'Collaboration', { coder: 'ben@example.org' }))).toEqual([
      'we talk about pacing and the benchmark calendar',
    ]);
    expect(quotes(await codedPassages(t.ctx, f.pid, 'Collaboration', { protocol: 'coach', district: 'Northfield District' }))).toHaveLength(1);
    expect(quotes(await codedPassages(t.ctx, f.pid, 'Observation', { school: 'Oak Middle School' }))).toEqual(['Students explaining their reasoning']);
    const filtered = await codedPassages(t.ctx, f.pid, 'Observation', { school: 'Oak Middle School', role: 'teacher' });
    expect(Object.keys(filtered.filter).sort()).toEqual(['code', 'role', 'school']);

    expect(await refusal(codedPassages(t.ctx, f.pid, 'Nonexistent'))).toMatchObject({ code: 'not_found', message: 'code "Nonexistent" does not exist' });
    expect(await refusal(codedPassages(t.ctx, f.pid, 'Pacing', { role: 'principal' }))).toMatchObject({ field: 'role' });
    expect(await refusal(codedPassages(t.ctx, f.pid, 'Pacing', { school: 'Elm School' }))).toMatchObject({ code: 'not_found' });
    expect(await refusal(codedPassages(t.ctx, f.pid, 'Pacing', { coder: 'nobody@example.org' }))).toMatchObject({
      code: 'not_found',
      message: 'coder "nobody@example.org" does not exist',
    });
  });

  it("retrieves a parent code's passages with those of the codes under it, on request, each naming its own code", async () => {
    await moveCode(t.ctx, { id: f.codes.Pacing!, parentId: f.codes.Collaboration!, expectedVersion: 1, reason: 'pacing talk is team talk' });
    await moveCode(t.ctx, { id: f.codes.Observation!, parentId: f.codes.Pacing!, expectedVersion: 1, reason: 'observed for pacing' });
    const named = (r: { passages: { interview: { code: string }; code: { name: string } }[] }) =>
      r.passages.map((p) => `${p.interview.code} ${p.code.name}`).sort();
    // By default, the code's own passages only.
    expect(named(await codedPassages(t.ctx, f.pid, 'Collaboration'))).toEqual(['C01-0910 Collaboration', 'T01-0910 Collaboration', 'T01-1011 Collaboration']);
    const family = await codedPassages(t.ctx, f.pid, 'Collaboration', {}, { withChildren: true });
    expect(named(family)).toEqual([
      'C01-0910 Collaboration',
      'C01-0910 Pacing',
      'T01-0910 Collaboration',
      'T01-0910 Observation',
      'T01-0910 Pacing',
      'T01-1011 Collaboration',
      'T03-0910 Observation',
    ]);
    expect(family.filter).toEqual({ code: f.codes.Collaboration, withChildren: 'true' });
    // The filters apply to the children's passages too; a child asked for alone has only its own and its children's.
    expect(named(await codedPassages(t.ctx, f.pid, 'Collaboration', { coder: 'ben@example.org' }, { withChildren: true }))).toEqual([
      'C01-0910 Collaboration',
      'C01-0910 Pacing',
      'T03-0910 Observation',
    ]);
    // The same through the API, which also says it was asked with the children.
    await grantRole(t.ctx, { accountId: f.ana.id, partnershipId: f.pid, role: 'analyst' });
    const ana = await signedIn(createApi({ store: t.store }), 'ana@example.org', 'ana-password-1234');
    const answer = await ana.get(`/api/partnerships/${f.pid}/coded?code=Collaboration&withChildren=true`);
    expect(answer.status).toBe(200);
    expect(named(answer.body)).toEqual(named(family));
    expect(answer.body).toMatchObject({ filter: { code: f.codes.Collaboration, withChildren: 'true' }, artifactPassages: [] });
    expect((await ana.get(`/api/partnerships/${f.pid}/coded?code=Collaboration`)).body.passages).toHaveLength(3);
    expect((await ana.get(`/api/partnerships/${f.pid}/coded?code=Collaboration&withChildren=yes`)).status).toBe(400);
    expect(named(await codedPassages(t.ctx, f.pid, 'Pacing', {}, { withChildren: true }))).toEqual([
      'C01-0910 Pacing',
      'T01-0910 Observation',
      'T01-0910 Pacing',
      'T03-0910 Observation',
    ]);
  });

  it("retrieves a code's codings of district artifacts beside those of transcripts, filtered by district, cycle and coder", async () => {
    const text = 'Principals meet the coach every Monday to plan the Learning Walks.\n\nThe walks focus on student discourse: ¿por qué? 🙂 pacing.';
    const { artifact } = await addArtifact(t.ctx, {
      partnershipId: f.pid,
      district: 'Northfield District',
      cycle: '2009-10',
      fileName: 'walks.txt',
      bytes: new TextEncoder().encode(text),
    });
    const ana = createContext(t.store, 'ana@example.org');
    await codePassage(ana, { partnershipId: f.pid, artifact: artifact.id, quote: 'plan the Learning Walks', codes: ['Collaboration'] });
    // Offsets in code points, past an emoji.
    await codePassage(ana, { partnershipId: f.pid, artifact: artifact.id, quote: 'pacing', codes: ['Pacing'] });
    const r = await codedPassages(t.ctx, f.pid, 'Collaboration');
    expect(r.passages).toHaveLength(3);
    expect(r.artifactPassages).toEqual([
      {
        codingId: expect.stringMatching(/^cdg_/),
        code: { id: f.codes.Collaboration, name: 'Collaboration', colour: '#1f77b4' },
        coder: { id: f.ana.id, name: 'Ana Morales' },
        artifact: { id: artifact.id, title: artifact.title, kind: artifact.kind },
        district: { id: expect.any(String), name: 'Northfield District' },
        cycle: { id: expect.any(String), label: '2009-10' },
        start: text.indexOf('plan the Learning Walks'),
        end: text.indexOf('plan the Learning Walks') + 'plan the Learning Walks'.length,
        quote: 'plan the Learning Walks',
      },
    ]);
    expect((await codedPassages(t.ctx, f.pid, 'Pacing')).artifactPassages.map((p) => p.quote)).toEqual(['pacing']);
    await moveCode(t.ctx, { id: f.codes.Pacing!, parentId: f.codes.Collaboration!, expectedVersion: 1, reason: 'pacing talk is team talk' });
    const artifactQuotes = async (filters: Record<string, string>) =>
      (await codedPassages(t.ctx, f.pid, 'Collaboration', filters, { withChildren: true })).artifactPassages.map((p) => p.quote);
    expect(await artifactQuotes({})).toEqual(['plan the Learning Walks', 'pacing']);
    expect(await artifactQuotes({ district: 'Northfield District', cycle: '2009-10', coder: 'ana@example.org' })).toEqual([
      'plan the Learning Walks',
      'pacing',
    ]);
    expect(await artifactQuotes({ cycle: '2010-11' })).toEqual([]);
    expect(await artifactQuotes({ coder: 'ben@example.org' })).toEqual([]);
    // An artifact has no school, role group or protocol: naming one leaves artifacts out.
    expect(await artifactQuotes({ role: 'teacher' })).toEqual([]);
    expect(await artifactQuotes({ school: 'Maple Middle School' })).toEqual([]);
  });

  it('keeps to the blind rule: a coder assigned to an interview and not done sees only their own codings on it', async () => {
    const interview = (await t.store.interviews.byCode(f.pid, 'T01-0910'))!;
    const assignment = {
      id: t.ctx.ids.next('codingAssignment'),
      partnership_id: f.pid,
      interview_id: interview.id,
      coder: f.ben.id,
      assigned_by: 'lead@example.org',
      assigned_at: '2010-02-01T00:00:00.000Z',
      done_at: null,
      retired_at: null,
      retired_by: null,
      retired_reason: null,
    };
    await t.store.codingAssignments.insert(assignment);
    const ben = createContext(t.store, f.ben.id);
    expect((await codedPassages(ben, f.pid, 'Collaboration')).passages.map((p) => p.interview.code)).toEqual(['C01-0910', 'T01-1011']);
    expect((await codeMatrix(ben, f.pid, 'role')).cells.find((c) => c.codeId === f.codes.Collaboration && c.key === 'teacher')?.passages).toBe(1);
    // Anyone not assigned (the lead reading) sees everyone's.
    expect((await codedPassages(t.ctx, f.pid, 'Collaboration')).passages).toHaveLength(3);
    await t.store.db.updateTable('coding_assignment').set({ done_at: '2010-02-02T00:00:00.000Z' }).where('id', '=', assignment.id).execute();
    expect((await codedPassages(ben, f.pid, 'Collaboration')).passages).toHaveLength(3);
  });

  it('answers code queries: AND on overlapping passages, NEAR/n turns, NOT', async () => {
    const and = await codeQuery(t.ctx, f.pid, 'Collaboration AND Pacing');
    expect(and.hits.map((h) => [h.passage.interview.code, h.with[0]!.map((w) => w.quote)])).toEqual([
      ['C01-0910', ['we talk about pacing and the benchmark calendar']],
      ['T01-0910', ['pacing calendar']],
    ]);
    expect((await codeQuery(t.ctx, f.pid, 'Collaboration NOT Pacing')).hits.map((h) => h.passage.interview.code)).toEqual(['T01-1011']);
    expect((await codeQuery(t.ctx, f.pid, 'Collaboration NEAR/2 Observation')).hits.map((h) => h.passage.interview.code)).toEqual(['T01-0910']);
    expect((await codeQuery(t.ctx, f.pid, 'Collaboration NEAR/1 Observation')).hits).toEqual([]);
    expect((await codeQuery(t.ctx, f.pid, 'Collaboration AND Pacing NOT Observation', { role: 'teacher' })).hits).toHaveLength(1);
    expect(await refusal(codeQuery(t.ctx, f.pid, 'Collaboration AND'))).toMatchObject({
      field: 'q',
      message: expect.stringContaining('AND needs a code after it'),
    });
    expect(await refusal(codeQuery(t.ctx, f.pid, 'Collaboration AND Nothing'))).toMatchObject({ code: 'not_found' });
  });

  it('counts passages and participants in a matrix of codes by role group, cycle, school or district, each cell naming the filter of its passages', async () => {
    const byRole = await codeMatrix(t.ctx, f.pid, 'role');
    const cell = (m: typeof byRole, code: string, key: string) => m.cells.find((c) => c.codeId === f.codes[code] && c.key === key);
    expect(byRole.columns.map((c) => c.key)).toEqual(['teacher', 'coach', 'school_leader', 'district_leader']);
    expect(cell(byRole, 'Collaboration', 'teacher')).toMatchObject({ passages: 2, participants: 1, filter: { code: f.codes.Collaboration, role: 'teacher' } });
    expect(cell(byRole, 'Observation', 'teacher')).toMatchObject({ passages: 2, participants: 2 });
    expect(cell(byRole, 'Pacing', 'coach')).toMatchObject({ passages: 1, participants: 1 });
    const opened = await codedPassages(t.ctx, f.pid, cell(byRole, 'Collaboration', 'teacher')!.filter.code!, cell(byRole, 'Collaboration', 'teacher')!.filter);
    expect(opened.passages).toHaveLength(2);

    const byCycle = await codeMatrix(t.ctx, f.pid, 'cycle');
    expect(byCycle.columns.map((c) => c.label)).toEqual(['2009-10', '2010-11']);
    const second = byCycle.columns[1]!.key;
    expect(cell(byCycle, 'Collaboration', second)).toMatchObject({ passages: 1, participants: 1, filter: { cycle: second } });
    expect(cell(byCycle, 'Collaboration', byCycle.columns[0]!.key)).toMatchObject({ passages: 2, participants: 2 });

    const bySchool = await codeMatrix(t.ctx, f.pid, 'school', { cycle: '2009-10' });
    const oak = bySchool.columns.find((c) => c.label.startsWith('Oak Middle School'))!;
    expect(cell(bySchool, 'Observation', oak.key)).toMatchObject({ passages: 1, filter: { school: oak.key, cycle: byCycle.columns[0]!.key } });
    const byDistrict = await codeMatrix(t.ctx, f.pid, 'district');
    expect(byDistrict.columns.map((c) => c.label)).toEqual(['Northfield District']);
    expect(byDistrict.cells.reduce((n, c) => n + c.passages, 0)).toBe(7);
    expect(await refusal(codeMatrix(t.ctx, f.pid, 'gender'))).toMatchObject({ field: 'by' });
  });

  it('counts passages and participants in one table of codes by role group and cycle, each cell naming the filter of its passages', async () => {
    const m = await codeMatrix(t.ctx, f.pid, 'role,cycle');
    const [first, second] = (await codeMatrix(t.ctx, f.pid, 'cycle')).columns;
    expect(m.by).toBe('role,cycle');
    expect(m.columns).toHaveLength(8);
    expect(m.columns.slice(0, 3)).toEqual([
      { key: `teacher,${first!.key}`, label: 'teacher, 2009-10' },
      { key: `teacher,${second!.key}`, label: 'teacher, 2010-11' },
      { key: `coach,${first!.key}`, label: 'coach, 2009-10' },
    ]);
    const cell = (code: string, key: string) => m.cells.find((c) => c.codeId === f.codes[code] && c.key === key);
    // Collaboration: T01 (a teacher) in both cycles, C01 (a coach) in the first.
    expect(cell('Collaboration', `teacher,${first!.key}`)).toMatchObject({
      passages: 1,
      participants: 1,
      filter: { code: f.codes.Collaboration, role: 'teacher', cycle: first!.key },
    });
    expect(cell('Collaboration', `teacher,${second!.key}`)).toMatchObject({ passages: 1, participants: 1 });
    expect(cell('Collaboration', `coach,${first!.key}`)).toMatchObject({ passages: 1, participants: 1 });
    expect(cell('Collaboration', `coach,${second!.key}`)).toBeUndefined();
    // Every passage is in one role group and one cycle: the table adds up to each matrix of one dimension.
    const byRole = await codeMatrix(t.ctx, f.pid, 'role');
    for (const c of byRole.cells)
      expect(m.cells.filter((x) => x.codeId === c.codeId && x.key.startsWith(`${c.key},`)).reduce((n, x) => n + x.passages, 0)).toBe(c.passages);
    for (const c of m.cells) {
      const opened = await codedPassages(t.ctx, f.pid, c.codeId, c.filter);
      expect(opened.passages).toHaveLength(c.passages);
    }
    // Filters still apply, and the order of the dimensions is the reader's.
    const teachers = await codeMatrix(t.ctx, f.pid, 'cycle,role', { role: 'teacher' });
    expect(teachers.columns[0]).toEqual({ key: `${first!.key},teacher`, label: '2009-10, teacher' });
    expect(teachers.cells.every((c) => c.key.endsWith(',teacher'))).toBe(true);
    expect(await refusal(codeMatrix(t.ctx, f.pid, 'role,role'))).toMatchObject({ field: 'by', message: expect.stringContaining('twice') });
    expect(await refusal(codeMatrix(t.ctx, f.pid, 'role,cycle,school'))).toMatchObject({ field: 'by' });
    expect(await refusal(codeMatrix(t.ctx, f.pid, 'role,gender'))).toMatchObject({ field: 'by' });
  });

  it('counts overlapping passages of every two codes, and each code’s own on the diagonal', async () => {
    const { cells } = await cooccurrence(t.ctx, f.pid);
    const n = (a: string, b: string) => cells.find((c) => c.a === f.codes[a] && c.b === f.codes[b])?.passages ?? 0;
    expect([n('Collaboration', 'Pacing'), n('Pacing', 'Collaboration')]).toEqual([2, 2]);
    expect([n('Collaboration', 'Collaboration'), n('Pacing', 'Pacing'), n('Observation', 'Observation')]).toEqual([3, 2, 2]);
    expect(n('Collaboration', 'Observation')).toBe(0);
    expect((await cooccurrence(t.ctx, f.pid, { cycle: '2010-11' })).cells).toEqual([{ a: f.codes.Collaboration, b: f.codes.Collaboration, passages: 1 }]);
  });

  it('exports one row per coded segment with the participants’ attributes as plain columns, to CSV and XLSX', async () => {
    await defineAttribute(t.ctx, { partnershipId: f.pid, name: 'Years of experience', kind: 'number' });
    await defineAttribute(t.ctx, { partnershipId: f.pid, name: 'Grades taught', kind: 'choices', choices: ['6', '7', '8'] });
    const t01 = (await t.store.participants.byCode(f.pid, 'T01'))!;
    await editParticipant(t.ctx, {
      id: t01.id,
      attributes: { 'Years of experience': '12', 'Grades taught': ['6', '7'] },
      expectedVersion: t01.version,
      reason: 'roster',
    });
    const table = await codedSegments(t.ctx, f.pid);
    expect(table.columns.slice(-3)).toEqual(['text', 'years_of_experience', 'grades_taught']);
    expect(table.rows).toHaveLength(7);
    const row = table.rows.find((r) => r.coding_id === f.codings.e1A)!;
    expect(row).toMatchObject({
      code: 'Collaboration',
      participant: 'T01',
      role_group: 'teacher',
      cycle: '2009-10',
      years_of_experience: 12,
      grades_taught: '6, 7',
    });
    expect(table.rows.find((r) => r.participant === 'C01')).toMatchObject({ years_of_experience: '' });
    expect((await codedSegments(t.ctx, f.pid, { code: 'Pacing' })).rows).toHaveLength(2);

    const csv = parse(codedSegmentsCsv(table), { columns: true }) as Record<string, string>[];
    expect(csv).toHaveLength(7);
    expect(csv.find((r) => r.coding_id === f.codings.e1A)).toMatchObject({
      years_of_experience: '12',
      text: 'grade-level team meets on Tuesdays, mostly about the pacing calendar',
    });

    const xlsx = await codedSegmentsXlsx(table);
    const files = unzipSync(new Uint8Array(xlsx));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(`${sheet}${strings}`).toContain('years_of_experience');
    expect(`${sheet}${strings}`).toContain('Now we bring student work to the Tuesday meeting');
    expect(sheet).toMatch(/<v>12<\/v>/);
  });
});
