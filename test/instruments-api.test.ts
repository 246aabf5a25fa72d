import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApi } from '../src/api/app.js';
import { createAccount } from '../src/services/accounts.js';
import { importBundle } from '../src/services/import-bundle.js';
import { grantRole } from '../src/services/memberships.js';
import { ApiClient, signedIn } from './support/api-client.js';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';

const PASSWORD = 'correct horse battery staple';
const SURVEY = 'participant_id,years,plan_together\nT01,12,3\nT02,4,\nC01,20,4\n';

describe.each(DIALECTS)('instruments through the API (%s)', (dialect) => {
  let t: TestDatabase;
  let pid: string;
  beforeEach(async () => {
    t = await openTestDatabase(dialect, 'lead@example.org');
    pid = (await importBundle(t.ctx, writeBundleFiles(VALID_BUNDLE), { partnership: 'Northfield RPP' })).partnership!.id;
  });
  afterEach(() => t.close());

  async function caller(email: string, role?: string): Promise<ApiClient> {
    const account = await createAccount(t.ctx, { email, displayName: email, password: PASSWORD });
    if (role) await grantRole(t.ctx, { accountId: account.id, partnershipId: pid, role, ...(role === 'partner' && { district: 'Northfield District' }) });
    return signedIn(createApi({ store: t.store }), email, PASSWORD);
  }
  const form = (files: Record<string, [string, string]>) => {
    const f = new FormData();
    for (const [field, [name, text]] of Object.entries(files)) f.append(field, new File([text], name, { type: 'text/csv' }));
    return f;
  };
  const path = (query: string) => `/api/partnerships/${pid}/instruments/import?${query}`;

  it('imports a survey from a form, reports what was stored or why nothing was, and lists the instruments', async () => {
    const analyst = await caller('ana@example.org', 'analyst');
    const bad = await analyst.request(
      'POST',
      path('instrument=Teacher%20survey&format=csv&cycle=2009-10'),
      form({ file: ['survey.csv', `${SURVEY}T99,1,1\n`] }),
    );
    expect(bad.status).toBe(200);
    expect(bad.body).toMatchObject({ written: false, responses: { read: 4, skipped: 1 } });
    expect(bad.body.problems).toContainEqual({
      severity: 'error',
      file: 'survey.csv',
      line: 5,
      field: 'participant_id',
      message: 'T99 is not a participant of the roster (nor mapped to one)',
    });
    const good = await analyst.request(
      'POST',
      path('instrument=Teacher%20survey&format=csv&cycle=2009-10&skipInvalid=true'),
      form({ file: ['survey.csv', `${SURVEY}T99,1,1\n`] }),
    );
    expect(good.body).toMatchObject({ written: true, instrument: { name: 'Teacher survey', created: true }, responses: { added: 3, skipped: 1 } });
    const listed = await analyst.get(`/api/partnerships/${pid}/instruments`);
    expect(listed.body).toEqual([
      {
        id: good.body.instrument.id,
        name: 'Teacher survey',
        kind: 'survey',
        description: '',
        items: 2,
        responses: [{ cycle: '2009-10', count: 3 }],
        version: 1,
      },
    ]);
    const missing = await analyst.request('POST', path('instrument=X&format=csv&cycle=2009-10'), new FormData());
    expect(missing.status).toBe(400);
  });

  it('lets the team read, analysts and leads import, and refuses observers importing and partner leaders and strangers anything', async () => {
    const callers = {
      anonymous: new ApiClient(createApi({ store: t.store })),
      analyst: await caller('ana@example.org', 'analyst'),
      observer: await caller('olga@example.org', 'observer'),
      partner: await caller('leader@northfield.example', 'partner'),
      'no team': await caller('nobody@example.org'),
    };
    const answers: Record<string, [number, number]> = {};
    for (const [who, client] of Object.entries(callers)) {
      const imported = await client.request(
        'POST',
        path(`instrument=${encodeURIComponent(`Survey of ${who}`)}&format=csv&cycle=2009-10`),
        form({ file: ['s.csv', SURVEY] }),
      );
      const listed = await client.get(`/api/partnerships/${pid}/instruments`);
      answers[who] = [imported.status, listed.status];
    }
    expect(answers).toMatchObject({ anonymous: [401, 401], analyst: [200, 200], observer: [403, 200], partner: [403, 403] });
    expect([403, 404]).toContain(answers['no team']![0]);
    expect((await t.store.instruments.list(pid)).map((i) => i.name)).toEqual(['Survey of analyst']);
  });
});
