import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../src/api/app.js';
import { createAccount } from '../src/services/accounts.js';
import { importBundle } from '../src/services/import-bundle.js';
import { importInstrumentResponses } from '../src/services/instrument-import.js';
import { grantRole } from '../src/services/memberships.js';
import { type ApiClient, signedIn } from './support/api-client.js';
import { ROSTER, VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';
import { closeTo, EXPECTED_STATISTICS, STATISTICS_FIXTURES } from './support/reference-values.js';

const PASSWORD = 'correct horse battery staple';
const expected = EXPECTED_STATISTICS.stored;
const fixture = (name: string) => readFileSync(join(STATISTICS_FIXTURES, name), 'utf8');

describe.each(DIALECTS)('measures through the API (%s)', (dialect) => {
  let t: TestDatabase;
  let pid: string;
  let instrument: string;
  beforeEach(async () => {
    t = await openTestDatabase(dialect, 'lead@example.org');
    const roster = [ROSTER, ...fixture('measures-roster.csv').trim().split('\n').slice(1)].join('\n');
    pid = (await importBundle(t.ctx, writeBundleFiles({ ...VALID_BUNDLE, 'roster.csv': roster }), { partnership: 'Northfield RPP' })).partnership!.id;
    for (const cycle of ['2009-10', '2010-11']) {
      const file = `measures-${cycle}.csv`;
      const r = await importInstrumentResponses(t.ctx, { partnershipId: pid, instrument: 'Teacher survey', format: 'csv', file, bytes: fixture(file), cycle });
      instrument = r.instrument.id!;
    }
  }, 60_000);
  afterEach(() => t.close());

  async function caller(email: string, role: string): Promise<ApiClient> {
    const account = await createAccount(t.ctx, { email, displayName: email, password: PASSWORD });
    await grantRole(t.ctx, { accountId: account.id, partnershipId: pid, role, ...(role === 'partner' && { district: 'Northfield District' }) });
    return signedIn(createApi({ store: t.store }), email, PASSWORD);
  }

  it('defines the items and the scale, then answers descriptives, reliability and change as pandas and scipy compute them', async () => {
    const analyst = await caller('ana@example.org', 'analyst');
    let version = (await analyst.get(`/api/instruments/${instrument}`)).body.version;
    for (const key of expected.scale.items) {
      const edited = await analyst.send('PATCH', `/api/instruments/${instrument}/items`, {
        key,
        min: 1,
        max: 5,
        reverse: expected.scale.reverse.includes(key),
        expectedVersion: version,
        reason: 'a 1-to-5 agreement scale',
      });
      expect(edited.status, JSON.stringify(edited.body)).toBe(200);
      version = edited.body.version;
    }
    const stale = await analyst.send('PATCH', `/api/instruments/${instrument}/items`, { key: 'q1', min: 0, expectedVersion: 1, reason: 'x' });
    expect(stale.status).toBe(409);
    const scale = await analyst.send('POST', `/api/instruments/${instrument}/scales`, {
      name: 'Collaboration',
      items: expected.scale.items,
      minimumAnswered: 3,
    });
    expect(scale.status).toBe(200);
    expect(scale.body).toMatchObject({ name: 'Collaboration', version: 1 });

    const described = await analyst.get(`/api/instruments/${instrument}/descriptives?measure=Collaboration&by=school`);
    expect(described.status).toBe(200);
    for (const g of described.body.groups) closeTo(g, expected.bySchool[g.cycle][g.group.school], `${g.cycle} ${g.group.school}`);
    const alpha = await analyst.get(`/api/instruments/${instrument}/reliability`);
    for (const s of alpha.body.scales) closeTo(s, expected.alpha[s.cycle], s.cycle);
    const change = await analyst.get(`/api/instruments/${instrument}/change?measure=Collaboration&by=role`);
    closeTo(change.body.all, expected.change, 'all');
    closeTo(change.body.groups[1], expected.changeByRole.teacher, 'teacher');

    const participant = (await t.store.participants.byCode(pid, 'S102'))!;
    const mine = await analyst.get(`/api/participants/${participant.id}/measures`);
    expect(mine.body.instruments[0].measures[0]).toMatchObject({ name: 'Collaboration', values: [{ cycle: '2009-10', value: 4.25, change: null }, {}] });

    const survey = (measure: string, cycle: string) => ({ instrument: 'Teacher survey', measure, cycle });
    const fit = await analyst.send('POST', `/api/partnerships/${pid}/measures/ols`, {
      outcome: survey('Collaboration', '2010-11'),
      predictors: [survey('Collaboration', '2009-10'), survey('years', '2009-10')],
      cluster: 'school',
    });
    expect(fit.status, JSON.stringify(fit.body)).toBe(200);
    closeTo(
      fit.body.coefficients.map((c: { estimate: number; se: number }) => [c.estimate, c.se]),
      expected.ols.coefficients.map((c: { estimate: number; se: number }) => [c.estimate, c.se]),
    );
    const r = await analyst.send('POST', `/api/partnerships/${pid}/measures/correlate`, {
      x: survey('Collaboration', '2009-10'),
      y: survey('years', '2009-10'),
    });
    closeTo(r.body.pearson, expected.correlate.pearson, 'pearson');

    const revised = await analyst.send('PATCH', `/api/scales/${scale.body.id}`, { items: ['q1', 'q2'], expectedVersion: 1, reason: 'two items only' });
    expect(revised.body).toMatchObject({ version: 2, items: ['q1', 'q2'], minimumAnswered: 2 });
  });

  it('names a bad measure, grouping or cycle, and keeps every participant’s scores from partner leaders and observers’ edits', async () => {
    const analyst = await caller('ana@example.org', 'analyst');
    const unknown = await analyst.get(`/api/instruments/${instrument}/descriptives?measure=trust`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toContain('its scales and items: q1, q2, q3, q4, years');
    const grouping = await analyst.get(`/api/instruments/${instrument}/descriptives?measure=q1&by=weather`);
    expect(grouping.status).toBe(400);
    expect(grouping.body.error.details).toMatchObject({ field: 'by' });
    const noScales = await analyst.get(`/api/instruments/${instrument}/reliability`);
    expect(noScales.status).toBe(400);
    expect(noScales.body.error.message).toContain('has no scales yet');
    const backwards = await analyst.get(`/api/instruments/${instrument}/change?measure=q1&from=2010-11&to=2009-10`);
    expect(backwards.status).toBe(400);

    const partner = await caller('leader@example.org', 'partner');
    for (const path of [
      `/api/instruments/${instrument}`,
      `/api/instruments/${instrument}/descriptives?measure=q1`,
      `/api/instruments/${instrument}/change?measure=q1`,
    ])
      expect((await partner.get(path)).status, path).toBe(404);
    const observer = await caller('obs@example.org', 'observer');
    expect((await observer.get(`/api/instruments/${instrument}/descriptives?measure=q1`)).status).toBe(200);
    expect((await observer.send('POST', `/api/instruments/${instrument}/scales`, { name: 'X', items: ['q1', 'q2'] })).status).toBe(403);
  });

  it("imports lesson scores from a form and answers the raters' agreement as NLTK computes it, to the team only", async () => {
    const analyst = await caller('ana@example.org', 'analyst');
    const lessons = JSON.parse(fixture('lesson-scores.json'));
    const body = new FormData();
    body.append('file', new File([fixture('lesson-scores-2009-10.csv')], 'iqa.csv', { type: 'text/csv' }));
    const bad = await analyst.request('POST', `/api/partnerships/${pid}/instruments/import?instrument=IQA&format=lessons&cycle=2009-10&levels=4`, body);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('levels');
    const imported = await analyst.request('POST', `/api/partnerships/${pid}/instruments/import?instrument=IQA&format=lessons&cycle=2009-10&levels=1-4`, body);
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ written: true, format: 'lessons', instrument: { created: true }, responses: { added: 32 } });
    const rubric = imported.body.instrument.id;
    const listed = (await analyst.get(`/api/partnerships/${pid}/instruments`)).body.find((i: { id: string }) => i.id === rubric);
    expect(listed).toMatchObject({ kind: 'observation rubric', items: 4, responses: [{ cycle: '2009-10', count: 32 }] });

    const agreement = await analyst.get(`/api/instruments/${rubric}/agreement?cycle=2009-10`);
    expect(agreement.status).toBe(200);
    expect(agreement.body).toMatchObject({ lessons: lessons.lessons, doubleRated: lessons.doubleRated, raters: ['AB', 'CD', 'EF'] });
    closeTo(agreement.body.pooled.alpha.alpha, lessons.pooled.alpha, 'pooled');
    const school = await analyst.get(`/api/instruments/${rubric}/agreement?school=Maple%20Middle%20School`);
    expect(school.body.lessons).toBe(12);
    const survey = await analyst.get(`/api/instruments/${instrument}/agreement`);
    expect(survey.status).toBe(400);
    expect(survey.body.error.message).toContain("raters' agreement is a rubric's");
    const partner = await caller('leader@example.org', 'partner');
    expect((await partner.get(`/api/instruments/${rubric}/agreement`)).status).toBe(404);
  });
});
