import type { AddressInfo } from 'node:net';
import { type ServerType, serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createApi } from '../src/api/app.js';
import { createAccount, grantRole } from '../src/services/accounts.js';
import { importBundle } from '../src/services/import-bundle.js';
import { type ApiClient, signedIn } from './support/api-client.js';
import { writeBundleFiles } from './support/bundles.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';

/** The API over real HTTP, as a browser reaches it: a request the server cannot answer waits. */
function overHttp(server: ServerType): Api {
  const { port } = server.address() as AddressInfo;
  return { request: (path: string, init?: RequestInit) => fetch(`http://127.0.0.1:${port}${path}`, init) } as unknown as Api;
}

async function timed<T>(work: Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work;
  return { ms: performance.now() - started, result };
}

/** One search, or one upload, must never stall the server for everyone else. */
describe('the server keeps answering', () => {
  let t: TestDatabase;
  let server: ServerType;
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
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: createApi({ store: t.store }).fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    observer = await signedIn(overHttp(server), 'observer@example.org', 'observer password for this test');
    analyst = await signedIn(overHttp(server), 'analyst@example.org', 'analyst password for this test');
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await t?.close();
  });

  it('answers another request within 1 s while an observer searches a 400 KB turn with 68,000 matches', async () => {
    const searches = Promise.all([0, 1, 2].map(() => timed(observer.get(`/api/partnerships/${pid}/search?q=coach&limit=200`))));
    let searching = true;
    void searches.finally(() => (searching = false));
    const others: number[] = [];
    do {
      const other = await timed(analyst.get('/api/partnerships'));
      expect(other.result.status).toBe(200);
      others.push(other.ms);
    } while (searching);
    expect(Math.max(...others)).toBeLessThan(1000);

    for (const { result } of await searches) {
      expect(result.status).toBe(200);
      // Every segment of the turn is a hit, each with at most 100 matches marked.
      expect(result.body.hits.length).toBeGreaterThan(40);
      for (const h of result.body.hits) expect(h.matches.length).toBeLessThanOrEqual(100);
    }
  }, 120_000);
});
