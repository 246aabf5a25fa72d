import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../src/api/app.js';
import { createAccount } from '../src/services/accounts.js';
import { grantRole } from '../src/services/memberships.js';
import { participantsOf } from '../src/services/directory.js';
import { history } from '../src/services/history.js';
import { importBundle } from '../src/services/import-bundle.js';
import { listInterviews } from '../src/services/interviews.js';
import { attributesOf, attributeValuesOf, defineAttribute, editAttribute } from '../src/services/participant-attributes.js';
import { addParticipant, editParticipant } from '../src/services/participants.js';
import { participation } from '../src/services/participation.js';
import { type ApiClient, signedIn } from './support/api-client.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';

const refusal = async (work: Promise<unknown>) => {
  const e = (await work.then(
    () => null,
    (x: unknown) => x,
  )) as { code: string; message: string; details?: { field?: string } } | null;
  expect(e, 'refused').not.toBeNull();
  return { code: e!.code, field: e!.details?.field, message: e!.message };
};

const auditOf = (t: TestDatabase, entityId: string) =>
  t.store.db.selectFrom('audit_log').select(['action', 'reason', 'version', 'data']).where('entity_id', '=', entityId).orderBy('seq').execute();

describe.each(DIALECTS)("participants' attributes and the correction of past interviews (%s)", (dialect) => {
  let t: TestDatabase;
  let pid: string;
  beforeEach(async () => {
    t = await openTestDatabase(dialect, 'lead@example.org');
    const report = await importBundle(t.ctx, writeBundleFiles(VALID_BUNDLE), { partnership: 'Northfield RPP' });
    pid = report.partnership!.id;
  });
  afterEach(() => t.close());

  it('defines attributes of every kind, refuses a bad definition naming the field, and edits one as a new version', async () => {
    const years = await defineAttribute(t.ctx, { partnershipId: pid, name: ' years of  experience ', kind: 'number', description: 'Years teaching math' });
    expect(years).toMatchObject({ name: 'years of experience', kind: 'number', choices: [], version: 1 });
    await defineAttribute(t.ctx, { partnershipId: pid, name: 'grades taught', kind: 'several of', choices: ['6', ' 7', '8', ''] });
    await defineAttribute(t.ctx, { partnershipId: pid, name: 'certification', kind: 'one of', choices: ['general', 'math specialist'] });
    await defineAttribute(t.ctx, { partnershipId: pid, name: 'hired on', kind: 'date' });
    await defineAttribute(t.ctx, { partnershipId: pid, name: 'notes', kind: 'text' });
    expect((await attributesOf(t.ctx, pid)).map((a) => [a.name, a.kind, a.choices.join('|')])).toEqual([
      ['years of experience', 'number', ''],
      ['grades taught', 'choices', '6|7|8'],
      ['certification', 'choice', 'general|math specialist'],
      ['hired on', 'date', ''],
      ['notes', 'text', ''],
    ]);
    expect(await auditOf(t, years.id)).toEqual([expect.objectContaining({ action: 'participant_attribute.create', version: 1 })]);

    expect(await refusal(defineAttribute(t.ctx, { partnershipId: pid, name: 'Years of Experience', kind: 'number' }))).toMatchObject({
      field: 'name',
      message: 'name: the partnership already has an attribute "years of experience"',
    });
    expect(await refusal(defineAttribute(t.ctx, { partnershipId: pid, name: 'tenure', kind: 'integer' }))).toMatchObject({
      field: 'kind',
      message: expect.stringContaining('"integer" is not a kind of attribute'),
    });
    expect(await refusal(defineAttribute(t.ctx, { partnershipId: pid, name: 'band', kind: 'choice' }))).toMatchObject({
      field: 'choices',
      message: 'choices: band is one of the choices: list them',
    });
    expect(await refusal(defineAttribute(t.ctx, { partnershipId: pid, name: 'age', kind: 'number', choices: ['1'] }))).toMatchObject({ field: 'choices' });

    expect(await refusal(editAttribute(t.ctx, { id: years.id, name: 'experience', reason: 'shorter' }))).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('say which version'),
    });
    const renamed = await editAttribute(t.ctx, { id: years.id, name: 'experience (years)', reason: 'shorter', expectedVersion: 1 });
    expect(renamed).toMatchObject({ name: 'experience (years)', version: 2 });
    expect((await auditOf(t, years.id)).at(-1)).toMatchObject({ action: 'participant_attribute.update', reason: 'shorter', version: 2 });
    expect(JSON.parse((await auditOf(t, years.id)).at(-1)!.data)).toMatchObject({ name: { from: 'years of experience', to: 'experience (years)' } });
  });

  it("sets a participant's values as a new version of the participant, audited with the reason, refusing a value that does not fit its attribute", async () => {
    await defineAttribute(t.ctx, { partnershipId: pid, name: 'years of experience', kind: 'number' });
    const grades = await defineAttribute(t.ctx, { partnershipId: pid, name: 'grades taught', kind: 'choices', choices: ['6', '7', '8'] });
    await defineAttribute(t.ctx, { partnershipId: pid, name: 'hired on', kind: 'date' });
    await defineAttribute(t.ctx, { partnershipId: pid, name: 'certification', kind: 'choice', choices: ['general', 'math specialist'] });
    const t01 = (await t.store.participants.byCode(pid, 'T01'))!;
    const set = (attributes: Record<string, unknown>, expectedVersion = 1) =>
      editParticipant(t.ctx, { id: t01.id, attributes, reason: 'from the interview', expectedVersion });

    expect(await refusal(set({ 'years of experience': '12 yrs' }))).toMatchObject({
      code: 'invalid',
      field: 'years of experience',
      message: 'years of experience is a number; "12 yrs" is not',
    });
    expect((await refusal(set({ 'grades taught': '7, 9' }))).message).toBe('grades taught is several of 6, 7, 8 (separated by commas); "9" is not one of them');
    expect((await refusal(set({ 'hired on': '2011-02-30' }))).message).toBe('hired on is a date, written YYYY-MM-DD (2011-09-01); "2011-02-30" is not');
    expect((await refusal(set({ certification: 'none' }))).message).toBe('certification is one of general, math specialist; "none" is not');
    expect((await refusal(set({ tenure: '3' }))).message).toMatch(
      /^there is no participant attribute "tenure" \(the partnership's are: years of experience, grades taught/,
    );
    expect((await t.store.participants.byId(t01.id))!.version).toBe(1);

    const edited = await set({ 'years of experience': '12', 'Grades Taught': '8,7', 'hired on': '2004-08-15', certification: 'Math Specialist' });
    expect(edited.participant.version).toBe(2);
    const byName = async () => {
      const values = (await attributeValuesOf(t.ctx, pid)).get(t01.id) ?? {};
      return Object.fromEntries((await attributesOf(t.ctx, pid)).filter((a) => a.id in values).map((a) => [a.name, values[a.id]]));
    };
    expect(await byName()).toEqual({ 'years of experience': 12, 'grades taught': ['7', '8'], 'hired on': '2004-08-15', certification: 'math specialist' });
    const trail = (await auditOf(t, t01.id)).at(-1)!;
    expect(trail).toMatchObject({ action: 'participant.update', reason: 'from the interview', version: 2 });
    expect(JSON.parse(trail.data).attributes).toMatchObject({
      'years of experience': { from: '', to: '12' },
      'grades taught': { from: '', to: '7, 8' },
    });

    // A stale version is refused; an unchanged value is no new version; empty text clears a value, audited too.
    expect((await refusal(set({ 'years of experience': 13 }, 1))).code).toBe('conflict');
    expect((await set({ 'years of experience': 12 }, 2)).participant.version).toBe(2);
    expect((await set({ 'years of experience': '' }, 2)).participant.version).toBe(3);
    expect(await byName()).not.toHaveProperty('years of experience');
    expect(JSON.parse((await auditOf(t, t01.id)).at(-1)!.data).attributes).toMatchObject({ 'years of experience': { from: '12', to: '' } });
    expect((await history(t.ctx, t01.id)).map((h) => h.version)).toEqual([1, 2, 3]);

    // The roster is filtered by a value; a new participant may come with values; a choice in use stays.
    expect((await participantsOf(t.ctx, pid, { attribute: { attribute: 'grades taught', value: '7' } })).map((p) => p.code)).toEqual(['T01']);
    const added = await addParticipant(t.ctx, {
      partnershipId: pid,
      pseudonym: 'Mr. Vance',
      role: 'teacher',
      school: 'Oak Middle School',
      attributes: { 'grades taught': ['6'] },
    });
    expect((await attributeValuesOf(t.ctx, pid, added.id)).get(added.id)).toEqual({ [grades.id]: ['6'] });
    expect(await refusal(editAttribute(t.ctx, { id: grades.id, choices: ['6', '8'], reason: 'no 7th grade', expectedVersion: 1 }))).toMatchObject({
      field: 'choices',
      message: 'choices: "7" is the grades taught of 1 participant; change their values before leaving it out',
    });
    expect((await editAttribute(t.ctx, { id: grades.id, choices: ['6', '7', '8', '9'], reason: 'K-9 school', expectedVersion: 1 })).choices).toEqual([
      '6',
      '7',
      '8',
      '9',
    ]);
  });

  it('corrects the past interviews given with the old role and school when asked, each a new version with the reason, and what counts them follows', async () => {
    const t01 = (await t.store.participants.byCode(pid, 'T01'))!;
    const maple = t01.organization_id;
    const cycles = await t.store.cycles.list(pid);
    const before = await participation(t.ctx, pid, t01.district_id, cycles[0]!.id);
    expect([before.count('teacher'), before.count('coach')]).toEqual([3, 1]);

    const edited = await editParticipant(t.ctx, {
      id: t01.id,
      role: 'coach',
      school: 'Oak Middle School',
      alsoPastInterviews: true,
      reason: 'was always the coach at Oak; the roster was wrong',
      expectedVersion: 1,
    });
    expect(edited).toMatchObject({ interviewsCorrected: 2, interviewsKept: 0, participant: { role: 'coach', version: 2 } });
    const oak = edited.participant.organization_id;
    expect(oak).not.toBe(maple);
    const interviews = await listInterviews(t.ctx, pid, { participant: 'T01' });
    expect(interviews.map((i) => [i.code, i.role, i.organization_id, i.version])).toEqual([
      ['T01-0910', 'coach', oak, 2],
      ['T01-1011', 'coach', oak, 2],
    ]);
    for (const i of interviews) {
      const trail = (await auditOf(t, i.id)).at(-1)!;
      expect(trail).toMatchObject({ action: 'interview.update', reason: 'was always the coach at Oak; the roster was wrong', version: 2 });
      expect(JSON.parse(trail.data)).toMatchObject({
        role: { from: 'teacher', to: 'coach' },
        organization_id: { from: maple, to: oak },
        correctedWith: { participant: 'T01', participantVersion: 2 },
      });
    }
    expect(JSON.parse((await auditOf(t, t01.id)).at(-1)!.data)).toMatchObject({ interviewsCorrected: ['T01-0910', 'T01-1011'] });
    const after = await participation(t.ctx, pid, t01.district_id, cycles[0]!.id);
    expect([after.count('teacher'), after.count('coach')]).toEqual([2, 2]);
    expect((await listInterviews(t.ctx, pid, { role: 'coach', school: 'Oak Middle School' })).map((i) => i.code)).toEqual(['T01-0910', 'T01-1011']);

    // A move afterwards keeps them where they were given; a correction reaches only those given with the role and school corrected.
    const moved = await editParticipant(t.ctx, { id: t01.id, school: 'Maple Middle School', reason: 'moved to Maple', expectedVersion: 2 });
    expect(moved).toMatchObject({ interviewsCorrected: 0, interviewsKept: 2 });
    const t02 = (await t.store.participants.byCode(pid, 'T02'))!;
    await editParticipant(t.ctx, { id: t02.id, school: 'Oak Middle School', reason: 'moved to Oak', expectedVersion: 1 });
    const corrected = await editParticipant(t.ctx, {
      id: t02.id,
      role: 'school_leader',
      alsoPastInterviews: true,
      reason: 'is the assistant principal at Oak',
      expectedVersion: 2,
    });
    expect(corrected).toMatchObject({ interviewsCorrected: 0, interviewsKept: 1 });
    expect((await listInterviews(t.ctx, pid, { participant: 'T02' })).map((i) => [i.role, i.version])).toEqual([['teacher', 1]]);
  });
});

describe.each(DIALECTS)('the participant attribute routes, per kind of caller (%s)', (dialect) => {
  let t: TestDatabase;
  let pid: string;
  const clients: Record<string, ApiClient> = {};
  beforeEach(async () => {
    t = await openTestDatabase(dialect, 'lead@example.org');
    const report = await importBundle(t.ctx, writeBundleFiles(VALID_BUNDLE), { partnership: 'Northfield RPP' });
    pid = report.partnership!.id;
    const api = createApi({ store: t.store });
    const district = (await t.store.organizations.list(pid, 'district'))[0]!;
    for (const role of ['lead', 'analyst', 'observer', 'partner'] as const) {
      const email = `${role}@example.org`;
      const account = await createAccount(t.ctx, { email, displayName: role, password: `${email}-password` });
      await grantRole(t.ctx, { accountId: account.id, partnershipId: pid, role, ...(role === 'partner' && { district: district.id }) });
      clients[role] = await signedIn(api, email, `${email}-password`);
    }
  });
  afterEach(() => t.close());

  it('lets leads define attributes, analysts and leads set values, observers read them, and keeps partner leaders out', async () => {
    const { lead, analyst, observer, partner } = clients as Record<'lead' | 'analyst' | 'observer' | 'partner', ApiClient>;
    const base = `/api/partnerships/${pid}`;
    const definition = { name: 'years of experience', kind: 'number', description: 'Years teaching mathematics' };
    expect((await analyst.send('POST', `${base}/participant-attributes`, definition)).status).toBe(403);
    expect((await observer.send('POST', `${base}/participant-attributes`, definition)).status).toBe(403);
    const years = await lead.send('POST', `${base}/participant-attributes`, definition);
    expect(years).toMatchObject({ status: 201, body: { name: 'years of experience', kind: 'number', version: 1 } });
    const bad = await lead.send('POST', `${base}/participant-attributes`, { name: 'band', kind: 'choice' });
    expect(bad).toMatchObject({ status: 400, body: { error: { message: 'choices: band is one of the choices: list them', details: { field: 'choices' } } } });
    const renamed = await lead.send('PATCH', `/api/participant-attributes/${years.body.id}`, {
      description: 'Years teaching',
      reason: 'shorter',
      expectedVersion: 1,
    });
    expect(renamed).toMatchObject({ status: 200, body: { description: 'Years teaching', version: 2 } });
    expect((await analyst.send('PATCH', `/api/participant-attributes/${years.body.id}`, { description: 'x', reason: 'x', expectedVersion: 2 })).status).toBe(
      403,
    );

    const t01 = (await t.store.participants.byCode(pid, 'T01'))!;
    const refused = await analyst.send('PUT', `/api/participants/${t01.id}/attributes`, {
      values: { 'years of experience': '12 yrs' },
      reason: 'from the interview',
      expectedVersion: 1,
    });
    expect(refused).toMatchObject({
      status: 400,
      body: { error: { message: 'years of experience is a number; "12 yrs" is not', details: { field: 'years of experience' } } },
    });
    const set = await analyst.send('PUT', `/api/participants/${t01.id}/attributes`, {
      values: { 'years of experience': '12' },
      reason: 'from the interview',
      expectedVersion: 1,
    });
    expect(set).toMatchObject({ status: 200, body: { participant: { version: 2, attributes: { [years.body.id]: 12 } } } });
    expect((await observer.send('PUT', `/api/participants/${t01.id}/attributes`, { values: {}, reason: 'x', expectedVersion: 2 })).status).toBe(403);
    const listed = await observer.get(`${base}/participants?attribute=years%20of%20experience&value=12`);
    expect(listed).toMatchObject({ status: 200, body: [{ code: 'T01', attributes: { [years.body.id]: 12 } }] });
    expect((await observer.get(`${base}/participant-attributes`)).body).toHaveLength(1);

    expect((await partner.get(`${base}/participant-attributes`)).status).toBe(403);
    expect((await partner.get(`${base}/participants`)).status).toBe(403);
    expect((await partner.send('PUT', `/api/participants/${t01.id}/attributes`, { values: {}, reason: 'x', expectedVersion: 2 })).status).toBe(404);
  });

  it("corrects a participant's past interviews through the API when asked, and only then", async () => {
    const { lead, analyst } = clients as Record<'lead' | 'analyst', ApiClient>;
    const t01 = (await t.store.participants.byCode(pid, 'T01'))!;
    const body = { role: 'coach', school: 'Oak Middle School', alsoPastInterviews: true, reason: 'the roster was wrong', expectedVersion: 1 };
    expect((await analyst.send('PATCH', `/api/participants/${t01.id}`, body)).status).toBe(403);
    const edited = await lead.send('PATCH', `/api/participants/${t01.id}`, body);
    expect(edited).toMatchObject({
      status: 200,
      body: { interviewsCorrected: 2, interviewsKept: 0, message: 'T01 saved as version 2; 2 earlier interviews corrected to the new role and school' },
    });
    const interviews = await lead.get(`/api/partnerships/${pid}/interviews?participant=T01`);
    expect((interviews.body as { role: string }[]).map((i) => i.role)).toEqual(['coach', 'coach']);
  });
});
