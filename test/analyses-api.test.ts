import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../src/api/app.js';
import { createAccount } from '../src/services/accounts.js';
import { importBundle } from '../src/services/import-bundle.js';
import { grantRole } from '../src/services/memberships.js';
import { ApiClient, signedIn } from './support/api-client.js';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'statistics');
const TEACHERS = readFileSync(join(FIXTURES, 'teachers.csv'));
const SURVEY = readFileSync(join(FIXTURES, 'survey.csv'));
// From make_expected.py (pandas, scipy, statsmodels, R's psych).
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8'));
const PASSWORD = 'correct horse battery staple';

describe('analyses of an uploaded table through the API', () => {
  let t: TestDatabase;
  let pid: string;
  beforeEach(async () => {
    // The analyses read no partnership's data, so one engine is enough.
    t = await openTestDatabase('sqlite', 'lead@example.org');
    pid = (await importBundle(t.ctx, writeBundleFiles(VALID_BUNDLE), { partnership: 'Northfield RPP' })).partnership!.id;
  });
  afterEach(() => t.close());

  async function caller(email: string, role?: string): Promise<ApiClient> {
    const account = await createAccount(t.ctx, { email, displayName: email, password: PASSWORD });
    if (role) await grantRole(t.ctx, { accountId: account.id, partnershipId: pid, role, ...(role === 'partner' && { district: 'Northfield District' }) });
    return signedIn(createApi({ store: t.store }), email, PASSWORD);
  }
  const post = (client: ApiClient, path: string, body: Uint8Array) => client.request('POST', path, body, { 'content-type': 'text/csv' });

  it('gives each analysis on a CSV body, and names the line and column of what it cannot use', async () => {
    const analyst = await caller('ana@example.org', 'analyst');
    const described = await post(analyst, '/api/analyses/describe?value=iqa_change&by=school&file=teachers.csv', TEACHERS);
    expect(described.status).toBe(200);
    expect(described.body).toMatchObject({ file: 'teachers.csv', value: 'iqa_change', by: 'school', all: { n: expected.describe.all.n } });
    expect(described.body.groups).toHaveLength(15);

    const correlated = await post(analyst, '/api/analyses/correlate?x=coach_ties&y=iqa_change', TEACHERS);
    expect(correlated.body.pearson.r).toBeCloseTo(expected.correlate.pearson.r, 12);

    const fitted = await post(analyst, '/api/analyses/ols?y=iqa_2&x=iqa_1,coach_ties,knowledge,years&cluster=school', TEACHERS);
    expect(fitted.status).toBe(200);
    expect(fitted.body).toMatchObject({ errors: 'cluster-robust (CR1)', clusters: { name: 'school', count: 15 }, n: expected.ols.clustered.n });
    fitted.body.coefficients.forEach((c: { se: number }, i: number) => expect(c.se).toBeCloseTo(expected.ols.clustered.coefficients[i].se, 12));

    const scale = await post(analyst, '/api/analyses/cronbach?items=q1,q2,q3,q4,q5,q6', SURVEY);
    expect(scale.body.alpha).toBeCloseTo(expected.cronbach.alpha, 12);

    const bad = await post(analyst, '/api/analyses/describe?value=score&file=scores.csv', new TextEncoder().encode('school,score\nA,3\nB,lots\n'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe(
      'scores.csv, line 3, field "score": column score: "lots" is not a number (leave the cell blank, or write NA, for a missing value)',
    );
    expect((await post(analyst, '/api/analyses/ols?y=iqa_2', TEACHERS)).status).toBe(400);
  });

  it('answers the research team, observers included, and refuses partner leaders and people of no team', async () => {
    const callers = {
      anonymous: new ApiClient(createApi({ store: t.store })),
      analyst: await caller('ana@example.org', 'analyst'),
      observer: await caller('olga@example.org', 'observer'),
      partner: await caller('leader@northfield.example', 'partner'),
      'no team': await caller('nobody@example.org'),
    };
    const answers: Record<string, number> = {};
    for (const [who, client] of Object.entries(callers)) {
      const r = await post(client, '/api/analyses/correlate?x=coach_ties&y=iqa_change', TEACHERS);
      answers[who] = r.status;
      if (r.status !== 200) expect(JSON.stringify(r.body)).not.toMatch(/pearson/);
    }
    expect(answers).toEqual({ anonymous: 401, analyst: 200, observer: 200, partner: 403, 'no team': 403 });
  });
});
