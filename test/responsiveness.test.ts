import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createApi } from '../src/api/app.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { ARTIFACT_READER_LIMITS, ArtifactReader } from '../src/importers/artifacts/reader.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { HOSTILE_PDFS } from '../src/soak/hostile-pdfs.js';
import { type Answer, type ApiClient, signedIn } from './support/api-client.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';

/** How soon another request must be answered while the work runs. */
const ANSWER_WITHIN_MS = 1000;

/**
 * Runs `work` and, until it settles, sends `probe` (one at a time, 100 ms apart), timing each
 * answer. The work's outcome comes back with the probes' times.
 */
async function meanwhile<T>(work: Promise<T>, probe: () => Promise<Answer>): Promise<{ outcome: T; probes: number[] }> {
  let settled = false;
  const done = work.finally(() => {
    settled = true;
  });
  const probes: number[] = [];
  while (!settled) {
    const started = performance.now();
    const answer = await probe();
    expect(answer.status).toBe(200);
    probes.push(performance.now() - started);
    await Promise.race([done.catch(() => {}), sleep(100)]);
  }
  return { outcome: await done, probes };
}

describe('the server keeps answering other requests while it refuses a hostile PDF', () => {
  let t: TestDatabase;
  let pid: string;
  let uploadUrl: (fileName: string) => string;
  /** The default limits, and a shorter time limit for the PDFs that only a time limit stops. */
  const apis: Record<'defaults' | 'quick', { api?: Api; lead?: ApiClient; limits: typeof ARTIFACT_READER_LIMITS }> = {
    defaults: { limits: ARTIFACT_READER_LIMITS },
    quick: { limits: { ...ARTIFACT_READER_LIMITS, timeMs: 4000 } },
  };

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
    pid = (await resolvePartnership(t.ctx)).id;
    uploadUrl = (fileName) => `/api/partnerships/${pid}/artifacts?district=${encodeURIComponent('Riverton Unified School District')}&cycle=2010-11&fileName=${fileName}`;
    for (const entry of Object.values(apis)) {
      entry.api = createApi({ store: t.store, demoMode: true, artifactReader: new ArtifactReader(entry.limits) });
      entry.lead = await signedIn(entry.api, 'lead@demo.warrant.test', 'demo-lead-password');
    }
  });
  afterAll(() => t?.close());

  it.each(HOSTILE_PDFS.map((h) => [h.fileName, h] as const))('%s is refused with a clear message, nothing is stored, and others are answered meanwhile', async (_, hostile) => {
    const { lead, limits } = apis[hostile.stoppedBy === 'time or memory' ? 'quick' : 'defaults'];
    const listing = `/api/partnerships/${pid}/artifacts`;
    const before = { artifacts: (await lead!.get(listing)).body.length, audit: await t.store.audit.count() };
    const started = performance.now();
    const { outcome: refused, probes } = await meanwhile(lead!.send('POST', uploadUrl(hostile.fileName), hostile.bytes()), () => lead!.get(listing));
    const seconds = (performance.now() - started) / 1000;

    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(hostile.refusal);
    expect(seconds).toBeLessThan(limits.timeMs / 1000 + 2);
    expect(probes.length).toBeGreaterThanOrEqual(2);
    expect(Math.max(...probes)).toBeLessThan(ANSWER_WITHIN_MS);
    expect({ artifacts: (await lead!.get(listing)).body.length, audit: await t.store.audit.count() }).toEqual(before);
  });

  it('refuses an upload beyond what the reader takes at once with 503, and still answers the rest', async () => {
    const api = createApi({ store: t.store, demoMode: true, artifactReader: new ArtifactReader({ ...ARTIFACT_READER_LIMITS, concurrent: 1, waiting: 0, timeMs: 3000 }) });
    const lead = await signedIn(api, 'lead@demo.warrant.test', 'demo-lead-password');
    const nested = HOSTILE_PDFS.find((h) => h.fileName === 'nested-forms.pdf')!;
    const first = lead.send('POST', uploadUrl('first.pdf'), nested.bytes());
    await sleep(200);
    const second = await lead.send('POST', uploadUrl('second.txt'), new TextEncoder().encode('Coaching notes'));
    expect(second.status).toBe(503);
    expect(second.body.error).toMatchObject({ code: 'busy', message: 'second.txt: the server is already reading an uploaded file, as many as it takes at once; try again in a minute' });
    const { outcome: refused, probes } = await meanwhile(first, () => lead.get('/api'));
    expect(refused.body.error.message).toMatch(/^first\.pdf: reading the PDF took longer than 3 s/);
    expect(Math.max(...probes)).toBeLessThan(ANSWER_WITHIN_MS);
  });
});
