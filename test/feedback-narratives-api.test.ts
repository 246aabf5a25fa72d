import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createApi } from '../src/api/app.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { type ApiClient, signedIn } from './support/api-client.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';

/** The sections of the feedback report the team writes, over HTTP: who may read and write them, and how partners come to read them. */
describe("the feedback report's narratives over HTTP", () => {
  let t: TestDatabase;
  let api: Api;
  let lakeside: string;
  let analyst: ApiClient;
  let observer: ApiClient;
  let partner: ApiClient;
  const narratives = (client: ApiClient) => client.get(`/api/districts/${lakeside}/feedback-narratives?cycle=2010-11`);
  const write = (client: ApiClient, body: Record<string, unknown>) =>
    client.send('PUT', `/api/districts/${lakeside}/feedback-narratives`, { cycle: '2010-11', ...body });

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
    const pid = (await resolvePartnership(t.ctx)).id;
    lakeside = (await t.store.organizations.resolve(pid, 'district', 'Lakeside Public Schools'))[0]!.id;
    api = createApi({ store: t.store, demoMode: true });
    analyst = await signedIn(api, 'analyst@demo.warrant.test', 'demo-analyst-password');
    observer = await signedIn(api, 'observer@demo.warrant.test', 'demo-observer-password');
    partner = await signedIn(api, 'partner@demo.warrant.test', 'demo-partner-password');
  });
  afterAll(() => t?.close());

  it('lets analysts write a section as its next version, with a reason, and refuses an edit made on another version', async () => {
    const [summary] = (await narratives(analyst)).body.narratives;
    expect(summary).toMatchObject({ section: 'summary', kind: 'summary', version: 1, text: expect.stringMatching(/^This year principals/) });
    const unversioned = await write(analyst, { section: 'summary', text: 'A shorter summary.' });
    expect(unversioned.status).toBe(409);
    expect(unversioned.body.error.details.current).toEqual({ text: summary.text });
    const saved = await write(analyst, { section: 'summary', text: 'A shorter summary.', expectedVersion: 1, reason: 'Shortened for the meeting' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, text: 'A shorter summary.', warnings: [] });
    expect((await write(analyst, { section: 'summary', text: 'Stale.', expectedVersion: 1 })).status).toBe(409);
    const refused = await write(analyst, { section: 'preface', text: 'x' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/^the section is one of: summary, introduction, closing, or strategy:/);
    const named = await write(analyst, { section: 'closing', text: 'Thanks to Principal Reyes.' });
    expect(named.body.warnings.join()).toMatch(/names a participant \(“Principal Reyes”\)/);
    expect((await write(analyst, { section: 'closing', text: '', expectedVersion: 1, reason: 'Named the principal' })).status).toBe(200);
  });

  it('lets observers read the narratives but not write them, and partner leaders read them only in the report sent', async () => {
    expect((await narratives(observer)).status).toBe(200);
    expect((await write(observer, { section: 'introduction', text: 'x' })).status).toBe(403);
    expect((await narratives(partner)).status).toBe(403);
    expect((await write(partner, { section: 'introduction', text: 'x' })).status).toBe(403);
    // The partner leader reads the summary as it was sent, until the next version is sent.
    const asSent = await partner.get(`/api/districts/${lakeside}/feedback-report/report?format=md`);
    expect(asSent.status).toBe(200);
    expect(asSent.body).toMatch(/## Summary\s+This year principals/);
    const sent = await analyst.send('POST', `/api/districts/${lakeside}/feedback-reports`, {
      cycle: '2010-11',
      on: '2011-06-01',
      reason: 'The summary shortened',
    });
    expect(sent.status).toBe(201);
    const report = await partner.get(`/api/districts/${lakeside}/feedback-report/report?format=md`);
    expect(report.body).toMatch(/## Summary\s+A shorter summary\./);
    expect(report.body).not.toContain('Appendix: the design of each strategy');
    const withAppendix = await analyst.get(`/api/districts/${lakeside}/feedback-report/report?format=md&draft=true&designAppendix=true`);
    expect(withAppendix.body).toContain('Appendix: the design of each strategy');
  });
});
