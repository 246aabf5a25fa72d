import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../src/api/app.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { ApiClient, signedIn } from './support/api-client.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';

describe('the HTTP API over the demo partnership', () => {
  let t: TestDatabase;
  let api: ReturnType<typeof createApi>;
  let pid: string;
  let analyst: ApiClient;
  const logs: string[] = [];

  const get = (path: string) => analyst.get(path);
  /** A change, as a signed-in team member (the lead, the analyst or the observer), or anonymously. */
  const send = async (method: string, path: string, body: unknown, as: 'lead' | 'analyst' | 'observer' | null = 'lead') => {
    const client = as ? await signedIn(api, `${as}@demo.warrant.test`, `demo-${as}-password`) : new ApiClient(api);
    return client.send(method, path, body);
  };

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
    pid = (await resolvePartnership(t.ctx)).id;
    api = createApi({ store: t.store, demoMode: true, log: (l) => logs.push(l) });
    analyst = await signedIn(api, 'analyst@demo.warrant.test', 'demo-analyst-password');
  });
  afterAll(() => t?.close());

  it('serves its OpenAPI document, naming every route', async () => {
    const { status, body } = await get('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/trace/{id}', '/api/partnerships/{partnershipId}/search', '/api/isfs/{id}/entries/{field}']),
    );
  });

  it('walks the whole evidence chain: passage → ISF entry → claim → finding → trace', async () => {
    const interviews = (await get(`/api/partnerships/${pid}/interviews?district=Riverton%20Unified%20School%20District&role=teacher&cycle=2009-10`)).body;
    expect(interviews.length).toBeGreaterThan(0);
    const interview = interviews.find((i: any) => i.organization.name === 'Eastgate Middle School');
    const transcript = (await get(`/api/interviews/${interview.id}/transcript`)).body;
    const answer = transcript.turns.find((u: any) => u.speakerRole === 'participant' && u.text.includes('grade-level team'));
    expect(answer).toBeDefined();

    const excerpt = await send('POST', `/api/partnerships/${pid}/excerpts`, { interview: interview.code, start: answer.textStart, end: answer.end });
    expect(excerpt.status).toBe(201);
    expect(excerpt.body.quote).toBe(answer.text);

    const isf = await send('POST', `/api/partnerships/${pid}/isfs`, { interview: interview.id });
    expect(isf.status).toBe(201);
    const written = await send('PUT', `/api/isfs/${isf.body.id}/entries/collaboration`, {
      text: 'Weekly team meetings about pacing.',
      cite: [{ excerptId: excerpt.body.id }],
    });
    expect(written.status).toBe(200);
    const entry = written.body.fields.find((f: any) => f.field.key === 'collaboration').entry;
    expect(entry.evidence[0].excerpt.id).toBe(excerpt.body.id);

    const summary = await send('POST', `/api/partnerships/${pid}/summaries`, {
      kind: 'school',
      district: 'Riverton Unified School District',
      cycle: '2009-10',
      school: 'Eastgate Middle School',
    });
    expect(summary.status).toBe(201);
    const claim = await send('POST', `/api/summaries/${summary.body.id}/claims`, { text: 'Collaboration centres on pacing.', cite: [{ entryId: entry.id }] });
    expect(claim.status).toBe(201);
    expect(claim.body.triangulation.status).toBe('single account');

    const finding = await send('POST', `/api/partnerships/${pid}/findings`, {
      district: 'Riverton Unified School District',
      cycle: '2009-10',
      text: 'Teacher meetings are about pacing.',
      cite: [{ claimId: claim.body.id }],
    });
    expect(finding.status).toBe(201);

    const traced = await get(`/api/trace/${finding.body.id}`);
    expect(traced.status).toBe(200);
    expect(traced.body.issues).toEqual([]);
    expect(traced.body.passages).toHaveLength(1);
    expect(traced.body.passages[0]).toMatchObject({
      interviewCode: interview.code,
      role: 'teacher',
      pseudonym: interview.participant.pseudonym,
      quote: answer.text,
    });
    expect(traced.body.root.children[0].children[0].children[0].id).toBe(excerpt.body.id);

    const history = await get(`/api/history/${entry.id}`);
    expect(history.body.map((h: any) => h.actor)).toContain('lead@demo.warrant.test');
  });

  it('refuses a stale edit with 409 and the current text, and keeps both versions in the history', async () => {
    const [claimId] = (await get(`/api/partnerships/${pid}/summaries`)).body.flatMap((s: any) => s.claims.map((c: any) => c.id));
    const first = await send('PATCH', `/api/claims/${claimId}`, { text: 'Revised by the first analyst.', expectedVersion: 1 }, 'analyst');
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const second = await send('PATCH', `/api/claims/${claimId}`, { text: 'Revised by the second analyst.', expectedVersion: 1 }, 'lead');
    expect(second.status).toBe(409);
    expect(second.body.error.details.current.text).toBe('Revised by the first analyst.');
    expect((await get(`/api/claims/${claimId}`)).body.text).toBe('Revised by the first analyst.');
    const history = (await get(`/api/history/${claimId}`)).body;
    expect(history.at(-1)).toMatchObject({ actor: 'analyst@demo.warrant.test', actorName: 'Ben Okafor', action: 'claim.update' });
  });

  it('answers bad input with a clear JSON error naming the field, and changes nothing', async () => {
    const before = (await get(`/api/partnerships/${pid}/stats`)).body.analysis;
    const anonymous = await send('POST', `/api/partnerships/${pid}/isfs`, { interview: 'LPS-T01-0910' }, null);
    expect(anonymous.status).toBe(401);
    const observer = await send('POST', `/api/partnerships/${pid}/isfs`, { interview: 'LPS-T01-0910' }, 'observer');
    expect(observer.status).toBe(403);
    const badBody = await send('POST', `/api/partnerships/${pid}/summaries`, { kind: 'district', district: 'x', cycle: '2010-11' });
    expect(badBody.status).toBe(400);
    expect(badBody.body.error.message).toMatch(/^kind/);
    const unknown = await get('/api/findings/fnd_doesnotexist0000');
    expect(unknown.status).toBe(404);
    const outOfRange = await send('POST', `/api/partnerships/${pid}/excerpts`, { interview: 'LPS-T01-0910', start: 0, end: 99_999_999 });
    expect(outOfRange.status).toBe(400);
    expect(outOfRange.body.error.message).toMatch(/outside the transcript/);
    expect((await get(`/api/partnerships/${pid}/stats`)).body.analysis).toEqual(before);
  });

  it('searches what was said, with snippets and offsets that point into the transcript', async () => {
    const { body } = await get(`/api/partnerships/${pid}/search?q=${encodeURIComponent('"pacing guide"')}&role=school_leader`);
    expect(body.hits.length).toBeGreaterThan(0);
    const hit = body.hits[0];
    expect(hit.role).toBe('school_leader');
    expect(hit.snippet.some((p: any) => p.match && /pacing guide/i.test(p.text))).toBe(true);
    const transcript = (await get(`/api/interviews/${hit.interviewId}/transcript`)).body;
    const text = [...transcript.turns.map((u: any) => `${u.speaker}: ${u.text}`).join('\n')];
    const m = hit.matches[0];
    expect(text.slice(m.start, m.end).join('').toLowerCase()).toBe('pacing guide');
  });
});
