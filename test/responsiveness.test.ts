import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createApi } from '../src/api/app.js';
import { serveOnFreePort } from '../src/api/serve-on-free-port.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { ARTIFACT_READER_LIMITS, ArtifactReader } from '../src/importers/artifacts/reader.js';
import { createAccount } from '../src/services/accounts.js';
import { grantRole } from '../src/services/memberships.js';
import { importBundle } from '../src/services/import-bundle.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { HOSTILE_PDFS } from '../src/soak/hostile-pdfs.js';
import { meanwhile as timedMeanwhile } from '../src/soak/meanwhile.js';
import { type Answer, type ApiClient, signedIn } from './support/api-client.js';
import { writeBundleFiles } from './support/bundles.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';

/** The API over real HTTP, as a browser reaches it: a request the server cannot answer waits. */
const overHttp = (url: string): Api => ({ request: (path: string, init?: RequestInit) => fetch(`${url}${path}`, init) }) as unknown as Api;

/** How soon another request must be answered while the work runs. */
const ANSWER_WITHIN_MS = 1000;

/** Runs `work`, probing meanwhile with requests that must each be answered 200 (soak/meanwhile). */
const meanwhile = <T>(work: Promise<T>, probe: () => Promise<Answer>) =>
  timedMeanwhile(work, async () => {
    expect((await probe()).status).toBe(200);
  });

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
    uploadUrl = (fileName) =>
      `/api/partnerships/${pid}/artifacts?district=${encodeURIComponent('Riverton Unified School District')}&cycle=2010-11&fileName=${fileName}`;
    for (const entry of Object.values(apis)) {
      entry.api = createApi({ store: t.store, demoMode: true, artifactReader: new ArtifactReader(entry.limits) });
      entry.lead = await signedIn(entry.api, 'lead@demo.warrant.test', 'demo-lead-password');
    }
  });
  afterAll(() => t?.close());

  it.each(HOSTILE_PDFS.map((h) => [h.fileName, h] as const))(
    '%s is refused with a clear message, nothing is stored, and others are answered meanwhile',
    async (_, hostile) => {
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
    },
  );

  it('refuses an upload beyond what the reader takes at once with 503, and still answers the rest', async () => {
    const api = createApi({
      store: t.store,
      demoMode: true,
      artifactReader: new ArtifactReader({ ...ARTIFACT_READER_LIMITS, concurrent: 1, waiting: 0, timeMs: 3000 }),
    });
    const lead = await signedIn(api, 'lead@demo.warrant.test', 'demo-lead-password');
    const nested = HOSTILE_PDFS.find((h) => h.fileName === 'nested-forms.pdf')!;
    const first = lead.send('POST', uploadUrl('first.pdf'), nested.bytes());
    await sleep(200);
    const second = await lead.send('POST', uploadUrl('second.txt'), new TextEncoder().encode('Coaching notes'));
    expect(second.status).toBe(503);
    expect(second.body.error).toMatchObject({
      code: 'busy',
      message: 'second.txt: the server is already reading an uploaded file, as many as it takes at once; try again in a minute',
    });
    const { outcome: refused, probes } = await meanwhile(first, () => lead.get('/api'));
    expect(refused.body.error.message).toMatch(/^first\.pdf: reading the PDF took longer than 3 s/);
    expect(Math.max(...probes)).toBeLessThan(ANSWER_WITHIN_MS);
  });
});

describe('the server keeps answering other requests while an observer searches a very long turn', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let pid: string;
  let observer: ApiClient;
  let analyst: ApiClient;

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    // 400 KB of one turn in which "coach" is said 68,000 times.
    const report = await importBundle(
      t.ctx,
      writeBundleFiles({
        'roster.csv': 'participant_id,pseudonym,role,organization,district,unit\nT01,Ms. Rivera,teacher,Maple Middle School,Northfield District,\n',
        'interviews.csv': 'interview_id,participant_id,cycle,date,interviewer,protocol,file\nT01-0910,T01,2009-10,2010-01-12,Ana Morales,teacher,t01.txt\n',
        't01.txt': `Ms. Rivera: ${'coach '.repeat(68_000).trim()}\n`,
      }),
      { partnership: 'Northfield RPP' },
    );
    expect(report.imported).toBe(true);
    pid = report.partnership!.id;
    for (const role of ['observer', 'analyst'] as const) {
      const account = await createAccount(t.ctx, { email: `${role}@example.org`, displayName: role, password: `${role} password for this test` });
      await grantRole(t.ctx, { accountId: account.id, partnershipId: pid, role });
    }
    server = await serveOnFreePort({ store: t.store });
    observer = await signedIn(overHttp(server.url), 'observer@example.org', 'observer password for this test');
    analyst = await signedIn(overHttp(server.url), 'analyst@example.org', 'analyst password for this test');
  });
  afterAll(async () => {
    await server?.stop();
    await t?.close();
  });

  it('answers another request within 1 s while an observer searches a 400 KB turn with 68,000 matches', async () => {
    const searches = Promise.all([0, 1, 2].map(() => observer.get(`/api/partnerships/${pid}/search?q=coach&limit=200`)));
    const { outcome, probes } = await meanwhile(searches, () => analyst.get('/api/partnerships'));
    expect(Math.max(...probes)).toBeLessThan(ANSWER_WITHIN_MS);

    for (const result of outcome) {
      expect(result.status).toBe(200);
      // Every segment of the turn is a hit, each with at most 100 matches marked.
      expect(result.body.hits.length).toBeGreaterThan(40);
      for (const h of result.body.hits) expect(h.matches.length).toBeLessThanOrEqual(100);
    }
  }, 120_000);
});
