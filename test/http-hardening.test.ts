import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createApi } from '../src/api/app.js';
import { createAccount } from '../src/services/accounts.js';
import { createPartnership } from '../src/services/partnerships.js';
import { ApiClient, signedIn } from './support/api-client.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';

describe('the HTTP surface', () => {
  let t: TestDatabase;
  let api: Api;
  const logs: string[] = [];

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await createAccount(t.ctx, { email: 'admin@example.org', displayName: 'Admin', password: 'admin password!', isAdmin: true });
    api = createApi({ store: t.store, log: (l) => logs.push(l), publicUrl: 'https://warrant.example.edu' });
  });
  afterAll(() => t?.close());

  it('sends security headers: a CSP without inline scripts, no framing, no sniffing', async () => {
    const res = await api.request('/api/openapi.json');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('answers every error as JSON with a request ID, and logs it under the same ID', async () => {
    const res = await api.request('/api/no-such-route');
    const body = (await res.json()) as { error: { code: string; requestId: string } };
    expect(res.status).toBe(404);
    expect(body.error.code).toBe('not_found');
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'));
    expect(logs.some((l) => l.includes(body.error.requestId))).toBe(true);
  });

  it('refuses bodies over the size limit before reading them, and malformed JSON with a clear message', async () => {
    const admin = await signedIn(api, 'admin@example.org', 'admin password!');
    const huge = await admin.send('POST', '/api/accounts', { email: 'x@example.org', displayName: 'x'.repeat(2 * 1024 * 1024), password: 'long enough!' });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
    const res = await api.request('/api/auth/sign-in', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email": ' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string } };
    expect(body.error.message).toMatch(/JSON/i);
  });

  it('builds the links it hands out on its public URL, whatever Host the request names', async () => {
    const admin = await signedIn(api, 'admin@example.org', 'admin password!');
    const partnership = await createPartnership(t.ctx, 'Northfield RPP');
    const accountId = (await admin.get('/api/auth/me')).body.account.id;
    const links = [
      await admin.request(
        'POST',
        `http://evil.test/api/partnerships/${partnership.id}/invitations`,
        { email: 'someone@example.org', role: 'analyst' },
        { host: 'evil.test' },
      ),
      await admin.request('POST', `http://evil.test/api/accounts/${accountId}/reset-link`, undefined, { host: 'evil.test', 'x-forwarded-host': 'evil.test' }),
    ];
    expect(links.map((l) => l.status)).toEqual([201, 201]);
    expect(links.map((l) => new URL(l.body.url).origin)).toEqual(['https://warrant.example.edu', 'https://warrant.example.edu']);
    expect(links.map((l) => new URL(l.body.url).pathname)).toEqual(['/invitation', '/reset-password']);
  });

  it('takes changes from pages at its public URL (behind a TLS proxy the request arrives over HTTP), and from no other origin', async () => {
    const client = new ApiClient(api);
    const signIn = (origin: string) => client.request('POST', '/api/auth/sign-in', { email: 'admin@example.org', password: 'admin password!' }, { origin });
    expect((await signIn('https://evil.test')).status).toBe(403);
    expect((await signIn('http://warrant.example.edu')).status).toBe(403);
    expect((await signIn('https://warrant.example.edu')).status).toBe(200);
  });

  it('never shows a stack trace or SQL to the client when something fails inside', async () => {
    const admin = await signedIn(api, 'admin@example.org', 'admin password!');
    await t.store.db.schema.dropTable('finding').execute(); // a failure the server cannot foresee
    const res = await admin.get('/api/findings/fnd_0000000000000000');
    const text = JSON.stringify(res.body);
    expect(res.status).toBe(500);
    expect(res.body.error.code).toBe('internal');
    expect(text).not.toMatch(/finding|SQLITE|at .*\.js/i);
    expect(logs.some((l) => l.includes(res.body.error.requestId) && /no such table/.test(l))).toBe(true);
  });
});
