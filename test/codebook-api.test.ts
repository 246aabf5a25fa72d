import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createApi } from '../src/api/app.js';
import { DEMO_ACCOUNTS } from '../src/demo/demo-accounts.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { type ApiClient, signedIn } from './support/api-client.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';

describe('the codebook over the API', () => {
  let t: TestDatabase;
  let api: Api;
  let pid: string;
  const as = (role: string): Promise<ApiClient> => {
    const a = DEMO_ACCOUNTS.find((x) => x.role === role)!;
    return signedIn(api, a.email, a.password);
  };

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
    pid = (await resolvePartnership(t.ctx)).id;
    api = createApi({ store: t.store, demoMode: true });
  });
  afterAll(() => t?.close());

  it('lists the demo codebook as a tree and gives a code with its history', async () => {
    const observer = await as('observer');
    const codes = (await observer.get(`/api/partnerships/${pid}/codes`)).body;
    expect(codes.length).toBeGreaterThanOrEqual(15);
    expect(codes[0]).toMatchObject({ name: 'Vision of high-quality instruction', depth: 0, colour: expect.stringMatching(/^#[0-9a-f]{6}$/) });
    expect(codes[1]).toMatchObject({ name: 'Role of the teacher', depth: 1, path: ['Vision of high-quality instruction', 'Role of the teacher'] });
    const coaching = codes.find((c: { name: string }) => c.name === 'Coaching');
    const shown = (await observer.get(`/api/codes/${coaching.id}`)).body;
    expect(shown.history.map((e: { action: string }) => e.action)).toEqual(['code.create', 'code.update']);
    expect(shown.history[1].reason).toMatch(/coding meeting/);
    // Observers read; they do not edit.
    expect((await observer.send('PATCH', `/api/codes/${coaching.id}`, { definition: 'x', expectedVersion: 2, reason: 'r' })).status).toBe(403);
  });

  it('edits a code with its version and reason, answering 409 with the current values when stale', async () => {
    const analyst = await as('analyst');
    const added = await analyst.send('POST', `/api/partnerships/${pid}/codes`, { name: 'Equity', colour: 'rgb(0, 128, 255)' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ name: 'Equity', colour: '#0080ff', version: 1 });
    const edited = await analyst.send('PATCH', `/api/codes/${added.body.id}`, {
      definition: 'Fair access to rich mathematics.',
      expectedVersion: 1,
      reason: 'defined',
    });
    expect(edited.body).toMatchObject({ version: 2 });
    const stale = await analyst.send('PATCH', `/api/codes/${added.body.id}`, { definition: 'Other.', expectedVersion: 1, reason: 'late' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current).toMatchObject({ definition: 'Fair access to rich mathematics.' });
    const bad = await analyst.send('PATCH', `/api/codes/${added.body.id}`, { colour: 'teal', expectedVersion: 2, reason: 'r' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^colour: "teal" is not a colour/);
  });

  it('exports the codebook as .qdc and CSV and imports an upload', async () => {
    const analyst = await as('analyst');
    const qdc = await analyst.get(`/api/partnerships/${pid}/codebook/export?format=qdc`);
    expect(qdc.status).toBe(200);
    expect(String(qdc.body)).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    const csv = await analyst.get(`/api/partnerships/${pid}/codebook/export?format=csv`);
    expect(String(csv.body).split('\n')[0]).toBe('name,parent,definition,inclusion,exclusion,example,colour,guid');
    const res = await analyst.send(
      'POST',
      `/api/partnerships/${pid}/codebook/import?fileName=codes.csv`,
      new TextEncoder().encode('name,parent\nNorms,Tensions\n'),
    );
    expect(res.status).toBe(200);
    const body = res.body as { added: { name: string; path: string[] }[]; unchanged: number };
    expect(body.added.map((c) => c.path)).toEqual([['Tensions', 'Norms']]);
  });
});
