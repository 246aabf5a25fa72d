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
});
