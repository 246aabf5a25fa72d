import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createApi } from '../src/api/app.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { signedIn } from './support/api-client.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';

describe('the REFI-QDA exchange over the API', () => {
  let t: TestDatabase;
  let api: Api;
  let pid: string;

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
    pid = (await resolvePartnership(t.ctx)).id;
    api = createApi({ store: t.store, demoMode: true, log: () => {} });
  });
  afterAll(() => t?.close());

  it('downloads the partnership, or one cycle, as a .qdpx', async () => {
    const analyst = await signedIn(api, 'analyst@demo.warrant.test', 'demo-analyst-password');
    const all = await analyst.get(`/api/partnerships/${pid}/qdpx`);
    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toBe('application/zip');
    expect(all.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.qdpx"$/);
    expect(String(all.body).slice(0, 2)).toBe('PK');
    const cycle = await analyst.get(`/api/partnerships/${pid}/qdpx?cycle=2010-11`);
    expect(cycle.status).toBe(200);
    expect(String(cycle.body).length).toBeLessThan(String(all.body).length);
    expect((await analyst.get(`/api/partnerships/${pid}/qdpx?district=Nowhere`)).status).toBe(404);
  });

  it("answers an uploaded project's validation report: what it holds, each deviation with its file and element; a hostile one refused naming its element", async () => {
    const lead = await signedIn(api, 'lead@demo.warrant.test', 'demo-lead-password');
    const bytes = new Uint8Array(readFileSync('test/support/refi-qda/samples/demo.qdpx'));
    const r = await lead.request('POST', `/api/partnerships/${pid}/qdpx/check?name=demo.qdpx`, bytes, { 'content-type': 'application/zip' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ file: 'demo.qdpx', valid: true, project: { name: 'qc project', sources: 2, selections: 158, codings: 205 } });
    expect(r.body.problems).toContainEqual({
      severity: 'warning',
      file: 'project.qde',
      where: 'TextSource guid="33663939-3636-3632-3038-613431643463" (line 1)',
      message: 'plainTextPath "board_2017.txt" has no internal:// prefix; read as internal://board_2017.txt',
    });
    const bad = await lead.request('POST', `/api/partnerships/${pid}/qdpx/check?name=bad.qdpx`, new TextEncoder().encode('not a zip'), {
      'content-type': 'application/zip',
    });
    expect(bad.body).toMatchObject({
      valid: false,
      project: null,
      problems: [{ severity: 'error', file: 'bad.qdpx', message: expect.stringContaining('not a ZIP archive') }],
    });
  });

  it('imports an uploaded project (leads only), lists its documents to assign, and assigns one (team writers only)', async () => {
    const lead = await signedIn(api, 'lead@demo.warrant.test', 'demo-lead-password');
    const analyst = await signedIn(api, 'analyst@demo.warrant.test', 'demo-analyst-password');
    const bytes = new Uint8Array(readFileSync('test/support/refi-qda/samples/demo.qdpx'));
    const zip = { 'content-type': 'application/zip' };
    expect((await analyst.request('POST', `/api/partnerships/${pid}/qdpx/import?name=demo.qdpx`, bytes, zip)).status).toBe(403);
    const dry = await lead.request('POST', `/api/partnerships/${pid}/qdpx/import?name=demo.qdpx&dryRun=true`, bytes, zip);
    expect(dry.body).toMatchObject({ imported: false, interviews: { added: 2 }, codings: { added: 205 } });
    expect((await lead.get(`/api/partnerships/${pid}/unassigned-documents`)).body).toEqual([]);
    const r = await lead.request('POST', `/api/partnerships/${pid}/qdpx/import?name=demo.qdpx&cycle=2010-11`, bytes, zip);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ imported: true, partnership: { id: pid }, interviews: { added: 2 }, passages: { added: 158 }, codings: { added: 205 } });
    const docs = (await analyst.get(`/api/partnerships/${pid}/unassigned-documents`)).body;
    expect(docs.map((d: { interview: string }) => d.interview).sort()).toEqual(['admin-1', 'board_2017']);
    const target = docs.find((d: { interview: string }) => d.interview === 'admin-1');
    expect(target).toMatchObject({ archive: 'demo.qdpx', source: 'admin-1', cycle: '2010-11', participant: { role: 'teacher' } });
    const missingReason = await analyst.send('POST', `/api/interviews/${target.interviewId}/assignment`, {
      role: 'school_leader',
      school: 'Adams Middle School',
      cycle: '2010-11',
    });
    expect(missingReason).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('reason:') } } });
    const assigned = await analyst.send('POST', `/api/interviews/${target.interviewId}/assignment`, {
      role: 'school_leader',
      school: 'Adams Middle School',
      cycle: '2010-11',
      pseudonym: 'Mr. Okoro',
      reason: 'the principal of Adams, interviewed in the first year',
    });
    expect(assigned).toMatchObject({
      status: 200,
      body: { role: 'school_leader', school: 'Adams Middle School', district: 'Lakeside Public Schools', cycle: '2010-11' },
    });
    expect((await analyst.get(`/api/partnerships/${pid}/unassigned-documents`)).body).toHaveLength(1);
    const again = await analyst.send('POST', `/api/interviews/${target.interviewId}/assignment`, {
      role: 'teacher',
      school: 'Adams Middle School',
      cycle: '2010-11',
      reason: 'x',
    });
    expect(again.status).toBe(400);

    // The other document is an interview of someone already in the partnership: it moves to them.
    const board = docs.find((d: { interview: string }) => d.interview === 'board_2017');
    const before = (await analyst.get(`/api/partnerships/${pid}/participants`)).body as { id: string; code: string; role: string }[];
    const leader = before.find((p) => p.role === 'school_leader')!;
    const both = await analyst.send('POST', `/api/interviews/${board.interviewId}/assignment`, {
      participant: leader.code,
      role: 'teacher',
      cycle: '2010-11',
      reason: 'x',
    });
    expect(both).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('either the participant') } } });
    const unknown = await analyst.send('POST', `/api/interviews/${board.interviewId}/assignment`, { participant: 'NOBODY-1', cycle: '2010-11', reason: 'x' });
    expect(unknown.status).toBe(404);
    const moved = await analyst.send('POST', `/api/interviews/${board.interviewId}/assignment`, {
      participant: leader.code,
      cycle: '2010-11',
      reason: 'the minutes name the principal who spoke',
    });
    expect(moved).toMatchObject({ status: 200, body: { participant: leader.code, role: 'school_leader', cycle: '2010-11' } });
    const interview = (await analyst.get(`/api/interviews/${board.interviewId}`)).body;
    expect(interview).toMatchObject({ participant: { id: leader.id, code: leader.code }, role: 'school_leader' });
    // The participant the import made for the document had nothing else: it is gone from the roster.
    const after = (await analyst.get(`/api/partnerships/${pid}/participants`)).body as { id: string }[];
    expect(after.map((p) => p.id)).not.toContain(board.participant.id);
    expect(after).toHaveLength(before.length - 1);
    expect((await analyst.get(`/api/partnerships/${pid}/unassigned-documents`)).body).toEqual([]);
  });
});
