import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Api, createApi } from '../src/api/app.js';
import { createAccount } from '../src/services/accounts.js';
import { importBundle } from '../src/services/import-bundle.js';
import { listInterviews } from '../src/services/interviews.js';
import { grantRole } from '../src/services/memberships.js';
import { addOrganization, renameOrganization } from '../src/services/organizations.js';
import { addParticipant, editParticipant } from '../src/services/participants.js';
import { addCycle, createPartnership } from '../src/services/partnerships.js';
import { type ApiClient, signedIn } from './support/api-client.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';

const auditOf = (t: TestDatabase, entityId: string) =>
  t.store.db.selectFrom('audit_log').select(['action', 'actor', 'reason', 'data']).where('entity_id', '=', entityId).orderBy('seq').execute();

describe.each(DIALECTS)('starting a partnership without a bundle (%s)', (dialect) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase(dialect, 'lead@example.org');
  });
  afterEach(() => t.close());

  it('creates a partnership with its cycles and quote minimum, then its districts, schools, units and participants, each audited', async () => {
    const p = await createPartnership(t.ctx, '  Riverton RPP ', { cycles: ['2009-10', '2010-11'], quoteMinimum: 4 });
    expect(p).toMatchObject({ name: 'Riverton RPP', quote_min_participants: 4 });
    expect((await t.store.cycles.list(p.id)).map((c) => c.label)).toEqual(['2009-10', '2010-11']);
    expect((await t.store.templates.list(p.id)).length).toBeGreaterThan(0);

    const riverton = await addOrganization(t.ctx, { partnershipId: p.id, kind: 'district', name: 'Riverton' });
    const lakeside = await addOrganization(t.ctx, { partnershipId: p.id, kind: 'district', name: 'Lakeside' });
    const oak = await addOrganization(t.ctx, { partnershipId: p.id, kind: 'school', name: 'Oak Ridge Middle School', district: 'Riverton' });
    const oak2 = await addOrganization(t.ctx, { partnershipId: p.id, kind: 'school', name: 'Oak Ridge Middle School', district: lakeside.id });
    const unit = await addOrganization(t.ctx, { partnershipId: p.id, kind: 'unit', name: 'Curriculum & Instruction', district: 'Riverton' });
    expect([oak.district_id, oak2.district_id, unit.district_id]).toEqual([riverton.id, lakeside.id, riverton.id]);
    expect(await auditOf(t, oak.id)).toEqual([expect.objectContaining({ action: 'organization.create', actor: 'lead@example.org' })]);

    const teacher = await addParticipant(t.ctx, {
      partnershipId: p.id,
      pseudonym: 'Ms. Rivera',
      role: 'teacher',
      school: 'Oak Ridge Middle School (Riverton)',
    });
    expect(teacher).toMatchObject({ code: 'T01', role: 'teacher', district_id: riverton.id, organization_id: oak.id, unit_id: null, version: 1 });
    const leader = await addParticipant(t.ctx, {
      partnershipId: p.id,
      pseudonym: 'Dr. Amari',
      role: 'District leader',
      district: 'Riverton',
      unit: 'Curriculum & Instruction',
      code: 'RIV-D01',
    });
    expect(leader).toMatchObject({ code: 'RIV-D01', role: 'district_leader', district_id: riverton.id, organization_id: riverton.id, unit_id: unit.id });
    expect(await auditOf(t, teacher.id)).toEqual([expect.objectContaining({ action: 'participant.create' })]);

    expect((await addCycle(t.ctx, p.id, '2011-12')).label).toBe('2011-12');
    const renamed = await renameOrganization(t.ctx, { id: oak2.id, name: 'Oak Ridge Academy', reason: 'renamed by the district' });
    expect(renamed.name).toBe('Oak Ridge Academy');
    expect((await auditOf(t, oak2.id)).at(-1)).toMatchObject({ action: 'organization.rename', reason: 'renamed by the district' });
  });

  it('refuses bad input with a message naming the field', async () => {
    const p = await createPartnership(t.ctx, 'Riverton RPP');
    await addOrganization(t.ctx, { partnershipId: p.id, kind: 'district', name: 'Riverton' });
    await addOrganization(t.ctx, { partnershipId: p.id, kind: 'district', name: 'Lakeside' });
    await addOrganization(t.ctx, { partnershipId: p.id, kind: 'school', name: 'Oak Ridge Middle School', district: 'Riverton' });
    await addOrganization(t.ctx, { partnershipId: p.id, kind: 'school', name: 'Oak Ridge Middle School', district: 'Lakeside' });
    const refused = async (work: Promise<unknown>) => {
      const e = (await work.then(
        () => null,
        (x: unknown) => x,
      )) as { code: string; message: string; details?: { field?: string } } | null;
      expect(e, 'refused').not.toBeNull();
      return { code: e!.code, field: e!.details?.field, message: e!.message };
    };
    expect(await refused(createPartnership(t.ctx, 'Riverton RPP'))).toMatchObject({ field: 'name', message: expect.stringContaining('already exists') });
    expect(await refused(createPartnership(t.ctx, 'Other', { cycles: ['2009-11'] }))).toMatchObject({
      field: 'cycles',
      message: expect.stringContaining('2009-10'),
    });
    expect(await refused(createPartnership(t.ctx, 'Other', { quoteMinimum: 1 }))).toMatchObject({ field: 'quoteMinimum' });
    expect(await refused(addOrganization(t.ctx, { partnershipId: p.id, kind: 'district', name: 'riverton' }))).toMatchObject({
      field: 'name',
      message: 'name: the partnership already has a district named "riverton"',
    });
    expect(await refused(addOrganization(t.ctx, { partnershipId: p.id, kind: 'school', name: 'Oak Ridge Middle School', district: 'Riverton' }))).toMatchObject(
      {
        field: 'name',
        message: 'name: Riverton already has a school named "Oak Ridge Middle School"',
      },
    );
    expect(await refused(addOrganization(t.ctx, { partnershipId: p.id, kind: 'school', name: 'Elm', district: 'Nowhere' }))).toMatchObject({
      field: 'district',
      message: expect.stringContaining('no district "Nowhere"'),
    });
    expect(await refused(addOrganization(t.ctx, { partnershipId: p.id, kind: 'school', name: 'Elm' }))).toMatchObject({ field: 'district' });
    expect(
      await refused(addParticipant(t.ctx, { partnershipId: p.id, pseudonym: 'Ms. Rivera', role: 'principal', school: 'Oak Ridge Middle School (Riverton)' })),
    ).toMatchObject({
      field: 'role',
      message: 'role: "principal" is not a role group (one of teacher, coach, school_leader, district_leader)',
    });
    expect(
      await refused(addParticipant(t.ctx, { partnershipId: p.id, pseudonym: 'Ms. Rivera', role: 'teacher', school: 'Oak Ridge Middle School' })),
    ).toMatchObject({
      field: 'school',
      message: expect.stringContaining('"Oak Ridge Middle School (Lakeside)" or "Oak Ridge Middle School (Riverton)"'),
    });
    expect(await refused(addParticipant(t.ctx, { partnershipId: p.id, pseudonym: 'Ms. Rivera', role: 'teacher', school: 'Elm Middle School' }))).toMatchObject({
      field: 'school',
    });
    expect(await refused(addParticipant(t.ctx, { partnershipId: p.id, pseudonym: 'Dr. Amari', role: 'district_leader' }))).toMatchObject({ field: 'district' });
    expect(
      await refused(addParticipant(t.ctx, { partnershipId: p.id, pseudonym: '', role: 'teacher', school: 'Oak Ridge Middle School (Riverton)' })),
    ).toMatchObject({
      field: 'pseudonym',
    });
    await addParticipant(t.ctx, { partnershipId: p.id, pseudonym: 'Ms. Rivera', role: 'teacher', school: 'Oak Ridge Middle School (Riverton)', code: 'T7' });
    expect(
      await refused(
        addParticipant(t.ctx, { partnershipId: p.id, pseudonym: 'Mr. Osei', role: 'teacher', school: 'Oak Ridge Middle School (Riverton)', code: 't7' }),
      ),
    ).toMatchObject({
      field: 'code',
    });
    expect(
      await refused(addParticipant(t.ctx, { partnershipId: p.id, pseudonym: 'ms. rivera', role: 'coach', school: 'Oak Ridge Middle School (Riverton)' })),
    ).toMatchObject({
      field: 'pseudonym',
    });
    expect(await refused(addCycle(t.ctx, p.id, '2010-12'))).toMatchObject({ field: 'label' });
    await addCycle(t.ctx, p.id, '2010-11');
    expect(await refused(addCycle(t.ctx, p.id, '2010-11'))).toMatchObject({ field: 'label', message: expect.stringContaining('already exists') });
  });

  it('edits a participant as a new version with its reason; their past interviews keep the role and school they were given', async () => {
    const report = await importBundle(t.ctx, writeBundleFiles(VALID_BUNDLE), { partnership: 'Northfield RPP' });
    const pid = report.partnership!.id;
    // Two schools of one name: a filter names one with its district, and the name alone says how.
    await addOrganization(t.ctx, { partnershipId: pid, kind: 'district', name: 'Riverton' });
    await addOrganization(t.ctx, { partnershipId: pid, kind: 'school', name: 'Maple Middle School', district: 'Riverton' });
    expect(await listInterviews(t.ctx, pid, { school: 'Maple Middle School' }).catch((e: Error) => e.message)).toBe(
      '2 schools are called "Maple Middle School": name one with its district ("Maple Middle School (Northfield District)" or "Maple Middle School (Riverton)")',
    );
    expect((await listInterviews(t.ctx, pid, { school: 'Maple Middle School (Northfield District)' })).map((i) => i.code).sort()).toEqual([
      'C01-0910',
      'P01-0910',
      'T01-0910',
      'T01-1011',
      'T02-0910',
    ]);
    expect(await listInterviews(t.ctx, pid, { school: 'Maple Middle School (Riverton)' })).toEqual([]);
    const t01 = (await t.store.participants.byCode(pid, 'T01'))!;
    const maple = t01.organization_id;
    expect(await editParticipant(t.ctx, { id: t01.id, role: 'coach', school: 'Oak Middle School', reason: 'moved' }).catch((e: Error) => e.message)).toMatch(
      /say which version/,
    );
    const edited = await editParticipant(t.ctx, {
      id: t01.id,
      role: 'coach',
      school: 'Oak Middle School',
      reason: 'became the coach at Oak',
      expectedVersion: 1,
    });
    expect(edited.interviewsKept).toBe(2);
    expect(edited.participant).toMatchObject({ role: 'coach', version: 2 });
    expect(edited.participant.organization_id).not.toBe(maple);
    const interviews = await listInterviews(t.ctx, pid, { participant: 'T01' });
    expect(interviews.map((i) => [i.role, i.organization_id])).toEqual([
      ['teacher', maple],
      ['teacher', maple],
    ]);
    const trail = (await auditOf(t, t01.id)).at(-1)!;
    expect(trail).toMatchObject({ action: 'participant.update', reason: 'became the coach at Oak' });
    expect(JSON.parse(trail.data as string)).toMatchObject({ role: { from: 'teacher', to: 'coach' }, interviewsKeptAsGiven: 2 });
    // A stale version is refused with the current values.
    expect(await editParticipant(t.ctx, { id: t01.id, pseudonym: 'Ms. R.', reason: 'typo', expectedVersion: 1 }).catch((e: { code: string }) => e.code)).toBe(
      'conflict',
    );
    // A district leader keeps their district unless told otherwise.
    const d01 = (await t.store.participants.byCode(pid, 'D01'))!;
    const renamed = await editParticipant(t.ctx, { id: d01.id, pseudonym: 'Dr. Amari-Lowe', reason: 'asked for another pseudonym', expectedVersion: 1 });
    expect(renamed).toMatchObject({ interviewsKept: 0, participant: { pseudonym: 'Dr. Amari-Lowe', district_id: d01.district_id, unit_id: d01.unit_id } });
  });
});

describe.each(DIALECTS)('the set-up routes (%s)', (dialect) => {
  let t: TestDatabase;
  let api: Api;
  let admin: ApiClient;
  let lead: ApiClient;
  let analyst: ApiClient;
  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    api = createApi({ store: t.store });
    for (const [email, isAdmin] of [
      ['admin@example.org', true],
      ['lead@example.org', false],
      ['analyst@example.org', false],
    ] as const)
      await createAccount(t.ctx, { email, displayName: email.split('@')[0]!, password: `${email}-password`, isAdmin });
    admin = await signedIn(api, 'admin@example.org', 'admin@example.org-password');
    lead = await signedIn(api, 'lead@example.org', 'lead@example.org-password');
    analyst = await signedIn(api, 'analyst@example.org', 'analyst@example.org-password');
  });
  afterEach(() => t.close());

  it('lets an administrator create a partnership and its lead researcher set it up', async () => {
    expect((await lead.send('POST', '/api/partnerships', { name: 'Riverton RPP' })).status).toBe(403);
    const created = await admin.send('POST', '/api/partnerships', { name: 'Riverton RPP', cycles: ['2009-10'], quoteMinimum: 3 });
    expect(created.status).toBe(201);
    const pid = created.body.id as string;
    expect((await admin.send('POST', '/api/partnerships', { name: 'Riverton RPP' })).body.error.message).toMatch(/^name: .*already exists/);
    const accounts = await t.store.db.selectFrom('account').select(['id', 'email']).execute();
    const idOf = (email: string) => accounts.find((a) => a.email === email)!.id;
    await grantRole(t.ctx, { accountId: idOf('lead@example.org'), partnershipId: pid, role: 'lead' });
    await grantRole(t.ctx, { accountId: idOf('analyst@example.org'), partnershipId: pid, role: 'analyst' });

    const base = `/api/partnerships/${pid}`;
    expect((await analyst.send('POST', `${base}/organizations`, { kind: 'district', name: 'Riverton' })).status).toBe(403);
    const district = await lead.send('POST', `${base}/organizations`, { kind: 'district', name: 'Riverton' });
    expect(district).toMatchObject({ status: 201, body: { kind: 'district', name: 'Riverton', districtId: null } });
    const school = await lead.send('POST', `${base}/organizations`, { kind: 'school', name: 'Oak Ridge Middle School', district: 'Riverton' });
    expect(school.body).toMatchObject({ kind: 'school', districtId: district.body.id });
    const unknown = await lead.send('POST', `${base}/organizations`, { kind: 'school', name: 'Elm', district: 'Nowhere' });
    expect(unknown).toMatchObject({ status: 400, body: { error: { details: { field: 'district' } } } });
    expect((await lead.send('PATCH', `/api/organizations/${school.body.id}`, { name: 'Oak Ridge MS' })).body.name).toBe('Oak Ridge MS');
    expect((await lead.send('POST', `${base}/cycles`, { label: '2010-11' })).status).toBe(201);

    const bad = await lead.send('POST', `${base}/participants`, { pseudonym: 'Ms. Rivera', role: 'principal', school: 'Oak Ridge MS' });
    expect(bad).toMatchObject({ status: 400, body: { error: { details: { field: 'role' } } } });
    const added = await lead.send('POST', `${base}/participants`, { pseudonym: 'Ms. Rivera', role: 'teacher', school: 'Oak Ridge MS' });
    expect(added).toMatchObject({ status: 201, body: { code: 'T01', role: 'teacher', organizationId: school.body.id, version: 1 } });
    const edited = await lead.send('PATCH', `/api/participants/${added.body.id}`, { role: 'coach', reason: 'became the coach', expectedVersion: 1 });
    expect(edited).toMatchObject({ status: 200, body: { participant: { role: 'coach', version: 2 }, interviewsKept: 0 } });
    expect((await analyst.send('PATCH', `/api/participants/${added.body.id}`, { pseudonym: 'X', reason: 'x', expectedVersion: 2 })).status).toBe(403);
    expect((await analyst.get(`${base}/participants`)).body).toHaveLength(1);
  });
});
