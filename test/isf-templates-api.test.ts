import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../src/api/app.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { type ApiClient, signedIn } from './support/api-client.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';

describe('ISF templates and completing an ISF, through the HTTP API', () => {
  let t: TestDatabase;
  let api: ReturnType<typeof createApi>;
  let pid: string;
  const as: Record<string, ApiClient> = {};

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
    pid = (await resolvePartnership(t.ctx)).id;
    api = createApi({ store: t.store, demoMode: true, log: () => {} });
    for (const who of ['lead', 'analyst', 'observer', 'partner', 'admin']) as[who] = await signedIn(api, `${who}@demo.warrant.test`, `demo-${who}-password`);
  });
  afterAll(() => t?.close());

  const teacherDefault = async (who = 'analyst') =>
    ((await as[who]!.get(`/api/partnerships/${pid}/isf-templates`)).body as any[]).find((x) => x.role === 'teacher' && x.districtId === null);

  it('lets the team read the templates, lead researchers and administrators change them, and partner leaders neither', async () => {
    const template = await teacherDefault('observer');
    expect(template.fields.length).toBeGreaterThan(0);
    expect(template.isfs.total).toBeGreaterThan(0);
    expect((await as.partner!.get(`/api/partnerships/${pid}/isf-templates`)).status).toBe(403);
    const change = { role: 'teacher', label: 'Collaboration with colleagues', expectedVersion: template.version };
    for (const who of ['analyst', 'observer'])
      expect((await as[who]!.send('PATCH', `/api/partnerships/${pid}/isf-templates/fields/collaboration`, change)).status).toBe(403);
    expect((await as.partner!.send('PATCH', `/api/partnerships/${pid}/isf-templates/fields/collaboration`, change)).status).toBe(403);
    expect((await teacherDefault()).version).toBe(template.version);

    const edited = await as.lead!.send('PATCH', `/api/partnerships/${pid}/isf-templates/fields/collaboration`, {
      ...change,
      guidance: 'With whom, how often.',
      reason: 'protocol revised',
    });
    expect(edited.status).toBe(200);
    expect(edited.body.version).toBe(template.version + 1);
    expect(edited.body.fields.find((f: any) => f.key === 'collaboration')).toMatchObject({
      label: 'Collaboration with colleagues',
      guidance: 'With whom, how often.',
    });

    // A change made on the version before is refused with the fields as they now stand.
    const stale = await as.admin!.send('PATCH', `/api/partnerships/${pid}/isf-templates/fields/collaboration`, {
      role: 'teacher',
      label: 'Stale',
      expectedVersion: template.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.current.fields.find((f: any) => f.key === 'collaboration').label).toBe('Collaboration with colleagues');

    const keys = edited.body.fields.filter((f: any) => f.retiredInVersion === null).map((f: any) => f.key);
    const reordered = await as.admin!.send('POST', `/api/partnerships/${pid}/isf-templates/order`, {
      role: 'teacher',
      keys: [...keys].reverse(),
      expectedVersion: edited.body.version,
    });
    expect(reordered.status).toBe(200);
    expect(reordered.body.fields.map((f: any) => f.key)).toEqual([...keys].reverse());
    const incomplete = await as.lead!.send('POST', `/api/partnerships/${pid}/isf-templates/order`, { role: 'teacher', keys: keys.slice(1) });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.error.message).toMatch(/give every field in use once/);
  });

  it('refuses to mark an ISF complete while a field its template requires is empty, saying which in words', async () => {
    const interviews = (await as.analyst!.get(`/api/partnerships/${pid}/interviews?role=teacher`)).body as any[];
    let isf: any;
    for (const i of interviews) {
      const started = await as.analyst!.send('POST', `/api/partnerships/${pid}/isfs`, { interview: i.id });
      if (started.status === 201) {
        isf = started.body;
        const transcript = (await as.analyst!.get(`/api/interviews/${i.id}/transcript`)).body;
        const turn = transcript.turns.find((u: any) => u.speakerRole === 'participant');
        const excerpt = await as.analyst!.send('POST', `/api/partnerships/${pid}/excerpts`, { interview: i.id, start: turn.textStart, end: turn.end });
        await as.analyst!.send('PUT', `/api/isfs/${isf.id}/entries/collaboration`, { text: 'Meets the team weekly.', cite: [{ excerptId: excerpt.body.id }] });
        break;
      }
    }
    expect(isf).toBeDefined();
    const template = (await as.analyst!.get(`/api/isf-templates/${isf.templateId}`)).body;
    const required = await as.lead!.send('PATCH', `/api/partnerships/${pid}/isf-templates/fields/accountability`, {
      role: 'teacher',
      ...(template.districtId && { district: template.districtId }),
      required: true,
      reason: 'every form says to whom',
    });
    expect(required.status).toBe(200);
    expect((await as.analyst!.get(`/api/isfs/${isf.id}`)).body.fields.find((f: any) => f.field.key === 'accountability').field.required).toBe(true);
    const refused = await as.analyst!.send('PUT', `/api/isfs/${isf.id}/status`, { status: 'complete' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe('the template requires the field “Accountability” before the ISF is complete: write it first');
    expect((await as.analyst!.get(`/api/isfs/${isf.id}`)).body.status).toBe('draft');
  });
});
