import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Api, createApi } from '../src/api/app.js';
import { createAccount, setupLink } from '../src/services/accounts.js';
import { answerInvitationLink, invite, partnershipInvitations, withdrawInvitation } from '../src/services/invitations.js';
import { grantRole, removeMember } from '../src/services/memberships.js';
import { importBundle } from '../src/services/import-bundle.js';
import { createPartnership } from '../src/services/partnerships.js';
import { ApiClient, signedIn } from './support/api-client.js';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';

describe('signing in and out', () => {
  let t: TestDatabase;
  let api: Api;
  let pid: string;

  beforeEach(async () => {
    t = await openTestDatabase('sqlite');
    pid = (await importBundle(t.ctx, writeBundleFiles(VALID_BUNDLE), { partnership: 'Northfield RPP' })).partnership!.id;
    const lead = await createAccount(t.ctx, { email: 'Lead@Example.org', displayName: 'Lead', password: 'correct horse battery' });
    await grantRole(t.ctx, { accountId: lead.id, partnershipId: pid, role: 'lead' });
    api = createApi({ store: t.store });
  });
  afterEach(() => t.close());

  it('signs in with email (in any case) and password, and the session sees the partnership', async () => {
    const client = new ApiClient(api);
    const answer = await client.signIn('lead@example.ORG', 'correct horse battery');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('set-cookie')).toMatch(/^warrant_session=[\w-]{20,}; Max-Age=604800; Path=\/; HttpOnly; SameSite=Strict$/);
    expect(answer.body).toMatchObject({ account: { email: 'lead@example.org' }, memberships: [{ partnershipId: pid, role: 'lead' }] });
    expect((await client.get(`/api/partnerships/${pid}/stats`)).status).toBe(200);
    // Nothing of the password, or of its hash, is ever sent back.
    expect(JSON.stringify(answer.body)).not.toMatch(/scrypt|password/i);
  });

  it('refuses a wrong password with the same answer as an unknown email, and slows down a guesser', async () => {
    const client = new ApiClient(api);
    const wrong = await client.signIn('lead@example.org', 'not the password');
    const unknown = await client.signIn('nobody@example.org', 'not the password');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
    for (let i = 0; i < 9; i++) await client.signIn('lead@example.org', `guess ${i}`); // ten failures in all
    const limited = await client.signIn('lead@example.org', 'correct horse battery');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('holds back guesses sent all at once as it holds back guesses sent one after another', async () => {
    // Each guess waits for its password hash; 50 sent together used to pass the check before the first failure was counted.
    const guesses = await Promise.all(Array.from({ length: 50 }, (_, i) => new ApiClient(api).signIn('lead@example.org', `guess ${i}`)));
    const statuses = guesses.map((g) => g.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(45);
    expect((await new ApiClient(api).signIn('lead@example.org', 'correct horse battery')).status).toBe(429);
  });

  it('does not let one address lock other accounts out: behind a trusted proxy, each client is held back on its own', async () => {
    const proxied = createApi({ store: t.store, trustProxy: true });
    const from = (address: string) => (email: string, password: string) =>
      new ApiClient(proxied).request('POST', '/api/auth/sign-in', { email, password }, { 'x-forwarded-for': `10.9.8.7, ${address}` });
    const analyst = await createAccount(t.ctx, { email: 'analyst@example.org', displayName: 'Analyst', password: 'analyst password' });
    await grantRole(t.ctx, { accountId: analyst.id, partnershipId: pid, role: 'analyst' });
    const attacker = from('198.51.100.66');
    const colleague = from('198.51.100.66'); // behind the same network address, and signed in from it before
    expect((await colleague('analyst@example.org', 'analyst password')).status).toBe(200);
    // 60 failures with random emails, then 10 guesses at the lead's password.
    for (let i = 0; i < 60; i++) await attacker(`random-${i}@example.org`, 'password12');
    for (let i = 0; i < 10; i++) await attacker('lead@example.org', `guess ${i}`);
    expect((await attacker('someone@example.org', 'password12')).status).toBe(429);
    expect((await attacker('lead@example.org', 'correct horse battery')).status).toBe(429);
    // The lead signs in from elsewhere; the attacker's writing of X-Forwarded-For's first entries changes nothing.
    expect((await from('203.0.113.5')('lead@example.org', 'correct horse battery')).status).toBe(200);
    expect((await colleague('analyst@example.org', 'analyst password')).status).toBe(200);
    const refused = await new ApiClient(proxied).request(
      'POST',
      '/api/auth/sign-in',
      { email: 'x@example.org', password: 'password12' },
      { 'x-forwarded-for': '203.0.113.5, 198.51.100.66' },
    );
    expect(refused.status).toBe(429);
  });

  it('holds back an IPv6 client by its /64, whichever of its addresses it guesses from', async () => {
    const proxied = createApi({ store: t.store, trustProxy: true });
    const from = (address: string, password: string) =>
      new ApiClient(proxied).request('POST', '/api/auth/sign-in', { email: 'lead@example.org', password }, { 'x-forwarded-for': address });
    for (let i = 0; i < 5; i++) expect((await from(`2001:db8:1:2::${i + 1}`, `guess ${i}`)).status).toBe(401);
    expect((await from('2001:db8:1:2:abcd::99', 'guess 5')).status).toBe(429);
    expect((await from('2001:db8:1:3::1', 'correct horse battery')).status).toBe(200);
  });

  it('ignores X-Forwarded-For unless told to trust a proxy: writing it does not escape the limiter', async () => {
    const client = new ApiClient(api);
    for (let i = 0; i < 5; i++)
      await client.request('POST', '/api/auth/sign-in', { email: 'lead@example.org', password: `guess ${i}` }, { 'x-forwarded-for': `203.0.113.${i}` });
    const limited = await client.request(
      'POST',
      '/api/auth/sign-in',
      { email: 'lead@example.org', password: 'correct horse battery' },
      { 'x-forwarded-for': '192.0.2.200' },
    );
    expect(limited.status).toBe(429);
    expect(limited.body.error.message).toMatch(/too many failed sign-ins; try again in \d+ second/);
  });

  it('needs the CSRF token for changes made with the session cookie, and refuses other origins', async () => {
    const client = await signedIn(api, 'lead@example.org', 'correct horse battery');
    const token = client.csrf;
    client.csrf = '';
    const forged = await client.send('POST', `/api/partnerships/${pid}/isfs`, { interview: 'T01-0910' });
    expect(forged.status).toBe(403);
    client.csrf = token;
    const crossSite = await client.request('POST', `/api/partnerships/${pid}/isfs`, { interview: 'T01-0910' }, { origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect((await client.send('POST', `/api/partnerships/${pid}/isfs`, { interview: 'T01-0910' })).status).toBe(201);
  });

  it('signs out of one session, or of every session at once', async () => {
    const laptop = await signedIn(api, 'lead@example.org', 'correct horse battery');
    const phone = await signedIn(api, 'lead@example.org', 'correct horse battery');
    const tablet = await signedIn(api, 'lead@example.org', 'correct horse battery');
    expect((await laptop.send('POST', '/api/auth/sign-out')).status).toBe(200);
    expect((await laptop.get('/api/auth/me')).status).toBe(401);
    expect((await phone.get('/api/auth/me')).status).toBe(200);
    expect((await phone.send('POST', '/api/auth/sign-out-everywhere')).body).toEqual({ sessionsEnded: 2 });
    expect((await tablet.get('/api/auth/me')).status).toBe(401);
  });

  it('invites a partner leader by link, who then sees only their partnership', async () => {
    const lead = await signedIn(api, 'lead@example.org', 'correct horse battery');
    const invitation = await lead.send('POST', `/api/partnerships/${pid}/invitations`, {
      email: 'sup@northfield.k12.example',
      role: 'partner',
      district: 'Northfield District',
    });
    expect(invitation.status).toBe(201);
    const token = new URL(invitation.body.url).searchParams.get('token')!;
    expect(invitation.body.url).toMatch(/\/invitation\?token=/);
    // Leads cannot make administrators.
    expect((await lead.send('POST', `/api/partnerships/${pid}/invitations`, { email: 'x@example.org', role: 'admin' })).status).toBe(403);

    const page = await new ApiClient(api).get(`/invitation?token=${token}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<form method="post" action="\/invitation">/);
    const accepted = await api.request('/invitation', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token, displayName: 'Superintendent', password: 'a long passphrase' }).toString(),
    });
    expect(accepted.status).toBe(200);
    expect(await accepted.text()).toMatch(/is ready/);
    const again = await new ApiClient(api).send('POST', '/api/auth/invitations/accept', { token, password: 'a long passphrase' });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/used already/);

    const partner = await signedIn(api, 'sup@northfield.k12.example', 'a long passphrase');
    expect((await partner.get('/api/auth/me')).body.memberships).toEqual([{ partnershipId: pid, role: 'partner', districtId: expect.stringMatching(/^org_/) }]);
    expect((await partner.get(`/api/partnerships/${pid}/interviews`)).status).toBe(403);
  });

  it('takes no password for an existing account through an invitation link, and answers as for a new email: the account accepts signed in', async () => {
    await createAccount(t.ctx, { email: 'admin@example.org', displayName: 'Admin', password: 'admin password!', isAdmin: true });
    const lead = await signedIn(api, 'lead@example.org', 'correct horse battery');
    const tokenFor = async (email: string) =>
      new URL((await lead.send('POST', `/api/partnerships/${pid}/invitations`, { email, role: 'observer' })).body.url).searchParams.get('token')!;
    const existing = await tokenFor('admin@example.org');
    const fresh = await tokenFor('new@example.org');

    // The lead guesses the administrator's password through the invitation: every answer is the one a new email gets.
    const answers = async (token: string, email: string) => {
      const anonymous = new ApiClient(api);
      const seen = [await anonymous.send('POST', '/api/auth/invitations/accept', { token, password: 'password12' })];
      for (const guess of ['admin password!', 'guess number two', 'guess number three'])
        seen.push(await anonymous.send('POST', '/api/auth/invitations/accept', { token, password: guess }));
      return seen.map((a) => [
        a.status,
        JSON.stringify(a.body)
          .replaceAll(email, 'EMAIL')
          .replace(/"requestId":"[^"]*"/, ''),
      ]);
    };
    const forExisting = await answers(existing, 'admin@example.org');
    expect(forExisting).toEqual(await answers(fresh, 'new@example.org'));
    expect(forExisting.map(([status]) => status)).toEqual([400, 200, 400, 400]);
    expect(forExisting[1]![1]).toMatch(/If EMAIL is new to Warrant, its account is ready .*If it had an account already, nothing about it has changed/);
    expect(forExisting[2]![1]).toMatch(/used already/);
    // Nothing changed for the administrator, whose password was guessed right.
    const admin = await signedIn(api, 'admin@example.org', 'admin password!');
    expect((await admin.get('/api/auth/me')).body.memberships).toEqual([]);
    // The new email has its account, with the password first given.
    expect((await signedIn(api, 'new@example.org', 'admin password!').then((c) => c.get('/api/auth/me'))).body.memberships).toEqual([
      { partnershipId: pid, role: 'observer', districtId: null },
    ]);

    // The administrator, signed in, finds the invitation and accepts it; no one else can.
    const open = await admin.get('/api/auth/invitations');
    expect(open.body).toEqual([
      expect.objectContaining({ partnershipId: pid, partnershipName: 'Northfield RPP', role: 'observer', districtId: null, invitedBy: 'lead@example.org' }),
    ]);
    expect((await lead.get('/api/auth/invitations')).body).toEqual([]);
    const byLead = await lead.send('POST', '/api/auth/memberships', { invitation: open.body[0].id });
    const unknown = await lead.send('POST', '/api/auth/memberships', { invitation: 'lnk_0000000000000000' });
    expect([byLead.status, unknown.status]).toEqual([404, 404]);
    const accepted = await admin.send('POST', '/api/auth/memberships', { invitation: open.body[0].id });
    expect(accepted.status).toBe(201);
    expect(accepted.body).toEqual({ partnershipId: pid, role: 'observer', districtId: null });
    expect((await admin.get('/api/auth/me')).body.memberships).toEqual([{ partnershipId: pid, role: 'observer', districtId: null }]);
    expect((await admin.send('POST', '/api/auth/memberships', { invitation: open.body[0].id })).body.error.message).toMatch(/accepted already/);
    expect((await admin.get('/api/auth/invitations')).body).toEqual([]);
  });

  it("lets a lead researcher change members' roles, but neither an administrator's nor anyone's who is not a member", async () => {
    await createAccount(t.ctx, { email: 'root@example.org', displayName: 'Root', password: 'root of all trust', isAdmin: true });
    const partnershipAdmin = await createAccount(t.ctx, { email: 'padmin@example.org', displayName: 'Partnership admin', password: 'steady ferns at dawn' });
    await grantRole(t.ctx, { accountId: partnershipAdmin.id, partnershipId: pid, role: 'admin' });
    const installationAdmin = (await t.store.accounts.byEmail('root@example.org'))!;
    await grantRole(t.ctx, { accountId: installationAdmin.id, partnershipId: pid, role: 'analyst' });
    const analyst = await createAccount(t.ctx, { email: 'analyst@example.org', displayName: 'Analyst', password: 'analyst password' });
    await grantRole(t.ctx, { accountId: analyst.id, partnershipId: pid, role: 'analyst' });
    const other = await createPartnership(t.ctx, 'Another partnership');
    const elsewhere = await createAccount(t.ctx, { email: 'elsewhere@example.org', displayName: 'Elsewhere', password: 'far away from here' });
    await grantRole(t.ctx, { accountId: elsewhere.id, partnershipId: other.id, role: 'analyst' });

    const lead = await signedIn(api, 'lead@example.org', 'correct horse battery');
    const put = (accountId: string, role: string) => lead.send('PUT', `/api/partnerships/${pid}/members/${accountId}`, { role });
    expect((await put(partnershipAdmin.id, 'observer')).status).toBe(403);
    expect((await put(installationAdmin.id, 'observer')).status).toBe(403);
    expect((await put(analyst.id, 'observer')).status).toBe(200);

    // An account of another partnership answers as one that does not exist, and is not pulled in.
    const foreign = await put(elsewhere.id, 'observer');
    const missing = await put('acc_00000000000000000000000000', 'observer');
    expect([foreign.status, missing.status]).toEqual([404, 404]);
    expect(foreign.body.error.message.replace(elsewhere.id, 'ID')).toBe(missing.body.error.message.replace('acc_00000000000000000000000000', 'ID'));
    expect(JSON.stringify(foreign.body)).not.toContain('elsewhere@example.org');
    const members = (await lead.get(`/api/partnerships/${pid}/members`)).body.map((m: { email: string; role: string }) => `${m.email} ${m.role}`);
    expect(members).toEqual(['analyst@example.org observer', 'lead@example.org lead', 'padmin@example.org admin', 'root@example.org analyst']);

    // Administrators change administrators; the account elsewhere joins by accepting an invitation.
    const root = await signedIn(api, 'root@example.org', 'root of all trust');
    expect((await root.send('PUT', `/api/partnerships/${pid}/members/${partnershipAdmin.id}`, { role: 'lead' })).status).toBe(200);
    await lead.send('POST', `/api/partnerships/${pid}/invitations`, { email: 'elsewhere@example.org', role: 'analyst' });
    const invited = await signedIn(api, 'elsewhere@example.org', 'far away from here');
    const [invitation] = (await invited.get('/api/auth/invitations')).body;
    expect((await invited.send('POST', '/api/auth/memberships', { invitation: invitation.id })).status).toBe(201);
    expect((await lead.get(`/api/partnerships/${pid}/members`)).body.map((m: { email: string }) => m.email)).toContain('elsewhere@example.org');
  });

  it('lets a lead researcher remove a member, who sees nothing of the partnership from the next request; not an administrator, not oneself', async () => {
    const partnershipAdmin = await createAccount(t.ctx, { email: 'padmin@example.org', displayName: 'Partnership admin', password: 'steady ferns at dawn' });
    await grantRole(t.ctx, { accountId: partnershipAdmin.id, partnershipId: pid, role: 'admin' });
    const leader = await createAccount(t.ctx, { email: 'sup@northfield.k12.example', displayName: 'Superintendent', password: 'a long passphrase' });
    await grantRole(t.ctx, { accountId: leader.id, partnershipId: pid, role: 'partner', district: 'Northfield District' });
    const lead = await signedIn(api, 'lead@example.org', 'correct horse battery');
    const partner = await signedIn(api, 'sup@northfield.k12.example', 'a long passphrase');
    const membership = (await t.store.accounts.memberships(leader.id))[0]!;
    expect((await partner.get('/api/partnerships')).body.map((p: { id: string }) => p.id)).toEqual([pid]);
    const district = (await t.store.organizations.list(pid)).find((o) => o.name === 'Northfield District')!;
    const sharedBefore = (await partner.get(`/api/districts/${district.id}/design-document`)).status;

    const remove = (client: ApiClient, accountId: string, reason = 'left the district office') =>
      client.send('DELETE', `/api/partnerships/${pid}/members/${accountId}`, { reason });
    expect((await remove(lead, leader.id, ' ')).status).toBe(400);
    expect((await remove(lead, partnershipAdmin.id)).status).toBe(403);
    const me = (await lead.get('/api/auth/me')).body.account.id;
    const self = await remove(lead, me);
    expect([self.status, self.body.error.message]).toEqual([400, 'you cannot remove yourself: ask another lead researcher or an administrator']);
    expect((await remove(lead, 'acc_00000000000000000000000000')).status).toBe(404);

    expect((await remove(lead, leader.id)).body).toEqual({ removed: true });
    // The same session, at once: nothing of the partnership, as if it did not exist.
    expect((await partner.get('/api/partnerships')).body).toEqual([]);
    expect([sharedBefore, (await partner.get(`/api/districts/${district.id}/design-document`)).status]).toEqual([200, 404]);
    expect((await partner.get('/api/member-checks')).body).toEqual([]);
    expect((await lead.get(`/api/partnerships/${pid}/members`)).body.map((m: { email: string }) => m.email)).not.toContain('sup@northfield.k12.example');
    const [entry] = (await t.store.audit.forEntity(membership.id)).filter((a) => a.action === 'membership.remove');
    expect(entry).toMatchObject({ actor: 'lead@example.org', reason: 'left the district office' });
    expect(JSON.parse(entry!.data)).toMatchObject({ accountId: leader.id, role: 'partner' });
    expect((await remove(lead, leader.id)).status).toBe(404);
  });

  /** What a link answers, through the API and through its page, without what differs between any two requests. */
  const linkAnswer = async (token: string) => {
    const json = await new ApiClient(api).send('POST', '/api/auth/invitations/accept', { token, displayName: 'Someone', password: 'tidal wombat ledger' });
    const page = await api.request('/invitation', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token, displayName: 'Someone', password: 'tidal wombat ledger' }).toString(),
    });
    const html = (await page.text()).replaceAll(token, 'TOKEN');
    return { status: json.status, body: JSON.stringify(json.body).replace(/"requestId":"[^"]*"/, ''), page: [page.status, html] };
  };
  const tokenOf = (answer: { body: { url: string } }) => new URL(answer.body.url).searchParams.get('token')!;

  it('withdraws the invitations still open to a member removed or given another role, so that no link lets them back in', async () => {
    const leader = await createAccount(t.ctx, { email: 'sup@northfield.k12.example', displayName: 'Superintendent', password: 'a long passphrase' });
    await grantRole(t.ctx, { accountId: leader.id, partnershipId: pid, role: 'partner', district: 'Northfield District' });
    const analyst = await createAccount(t.ctx, { email: 'analyst@example.org', displayName: 'Analyst', password: 'analyst password' });
    await grantRole(t.ctx, { accountId: analyst.id, partnershipId: pid, role: 'analyst' });
    const lead = await signedIn(api, 'lead@example.org', 'correct horse battery');
    const invite = (email: string, role: string) => lead.send('POST', `/api/partnerships/${pid}/invitations`, { email, role });
    // Each is invited to a role on the team, then removed or moved before accepting it.
    const toLeader = tokenOf(await invite('sup@northfield.k12.example', 'analyst'));
    await invite('analyst@example.org', 'lead');
    const untouched = tokenOf(await invite('newcomer@example.org', 'observer'));
    const partner = await signedIn(api, 'sup@northfield.k12.example', 'a long passphrase');
    const moved = await signedIn(api, 'analyst@example.org', 'analyst password');
    const [forLeader] = (await partner.get('/api/auth/invitations')).body;
    const [forAnalyst] = (await moved.get('/api/auth/invitations')).body;

    expect((await lead.send('DELETE', `/api/partnerships/${pid}/members/${leader.id}`, { reason: 'left the district office' })).status).toBe(200);
    expect((await lead.send('PUT', `/api/partnerships/${pid}/members/${analyst.id}`, { role: 'observer' })).status).toBe(200);

    // Neither finds the invitation any more, nor can accept it signed in, nor through its link.
    for (const [client, invitation] of [
      [partner, forLeader],
      [moved, forAnalyst],
    ] as const) {
      expect((await client.get('/api/auth/invitations')).body).toEqual([]);
      const accepted = await client.send('POST', '/api/auth/memberships', { invitation: invitation.id });
      expect([accepted.status, accepted.body.error.message]).toEqual([400, 'this invitation is no longer open: ask for a new one']);
    }
    expect(await linkAnswer(toLeader)).toEqual(await linkAnswer('not-a-token-anyone-was-given'));
    expect((await partner.get('/api/auth/me')).body.memberships).toEqual([]);
    expect((await moved.get('/api/auth/me')).body.memberships).toEqual([{ partnershipId: pid, role: 'observer', districtId: null }]);
    const open = (await lead.get(`/api/partnerships/${pid}/invitations`)).body.map((i: { email: string }) => i.email);
    expect(open).toEqual(['newcomer@example.org']);

    // Audited like the removal and the role change, in the same transaction, with why.
    const [removal] = (await t.store.audit.forEntity(forLeader.id)).filter((a) => a.action === 'invitation.withdraw');
    expect(removal).toMatchObject({ actor: 'lead@example.org', reason: 'left the district office' });
    expect(JSON.parse(removal!.data)).toMatchObject({ email: 'sup@northfield.k12.example', role: 'analyst', because: 'membership.remove' });
    const [change] = (await t.store.audit.forEntity(forAnalyst.id)).filter((a) => a.action === 'invitation.withdraw');
    expect(change).toMatchObject({ actor: 'lead@example.org', reason: 'their role was changed to observer' });
    expect(JSON.parse(change!.data)).toMatchObject({ email: 'analyst@example.org', role: 'lead', because: 'membership.update' });
    // Someone else's invitation still admits them.
    expect((await linkAnswer(untouched)).status).toBe(200);
  });

  it('lets a lead researcher list the open invitations and withdraw one, whose link then answers as any invalid link', async () => {
    await createAccount(t.ctx, { email: 'root@example.org', displayName: 'Root', password: 'root of all trust', isAdmin: true });
    const analyst = await createAccount(t.ctx, { email: 'analyst@example.org', displayName: 'Analyst', password: 'analyst password' });
    await grantRole(t.ctx, { accountId: analyst.id, partnershipId: pid, role: 'analyst' });
    const lead = await signedIn(api, 'lead@example.org', 'correct horse battery');
    const root = await signedIn(api, 'root@example.org', 'root of all trust');
    const path = `/api/partnerships/${pid}/invitations`;
    const sent = await lead.send('POST', path, { email: 'sup@northfield.k12.example', role: 'partner', district: 'Northfield District' });
    const token = tokenOf(sent);
    const toLapse = tokenOf(await lead.send('POST', path, { email: 'late@example.org', role: 'observer' }));
    await root.send('POST', path, { email: 'padmin@example.org', role: 'admin' });

    const listed = await lead.get(path);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([
      expect.objectContaining({ email: 'padmin@example.org', role: 'admin', invitedBy: 'root@example.org' }),
      expect.objectContaining({ email: 'late@example.org', role: 'observer', districtId: null, districtName: null }),
      {
        id: expect.stringMatching(/^lnk_/),
        email: 'sup@northfield.k12.example',
        role: 'partner',
        districtId: expect.stringMatching(/^org_/),
        districtName: 'Northfield District',
        invitedBy: 'lead@example.org',
        createdAt: expect.any(String),
        expiresAt: sent.body.expiresAt,
      },
    ]);
    // Never the link, nor anything that would say whether the email has an account.
    const link = (await t.store.sessions.linkById(listed.body[2].id))!;
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect(JSON.stringify(listed.body)).not.toContain(link.token_hash);

    const withdraw = (client: ApiClient, id: string, reason = 'sent to the wrong address') => client.send('DELETE', `${path}/${id}`, { reason });
    const invitation = listed.body[2].id;
    expect((await withdraw(lead, invitation, ' ')).status).toBe(400);
    expect((await withdraw(lead, listed.body[0].id)).status).toBe(403); // only administrators withdraw an invitation to be one
    expect((await withdraw(lead, invitation)).body).toEqual({ withdrawn: true });
    expect((await lead.get(path)).body.map((i: { email: string }) => i.email)).toEqual(['padmin@example.org', 'late@example.org']);
    const again = await withdraw(lead, invitation);
    expect([again.status, again.body.error.message]).toEqual([400, 'this invitation is no longer open: it has been accepted, has expired or was withdrawn']);
    const [entry] = (await t.store.audit.forEntity(invitation)).filter((a) => a.action === 'invitation.withdraw');
    expect(entry).toMatchObject({ actor: 'lead@example.org', reason: 'sent to the wrong address' });
    expect((await withdraw(root, listed.body[0].id, 'no longer needed')).status).toBe(200);

    // A withdrawn link, and one that has expired, answer word for word as a link that never was.
    await t.store.db.updateTable('account_link').set({ expires_at: '2020-01-01T00:00:00.000Z' }).where('id', '=', listed.body[1].id).execute();
    const never = await linkAnswer('not-a-token-anyone-was-given');
    expect(never).toMatchObject({ status: 400, body: expect.stringContaining('this link is not valid: ask for a new one') });
    expect(await linkAnswer(token)).toEqual(never);
    expect(await linkAnswer(toLapse)).toEqual(never);
    expect(await t.store.accounts.byEmail('sup@northfield.k12.example')).toBeUndefined();
  });

  it("shows and withdraws invitations only to those who invite, and another partnership's invitation answers as one that does not exist", async () => {
    const analyst = await createAccount(t.ctx, { email: 'analyst@example.org', displayName: 'Analyst', password: 'analyst password' });
    await grantRole(t.ctx, { accountId: analyst.id, partnershipId: pid, role: 'analyst' });
    const leader = await createAccount(t.ctx, { email: 'sup@northfield.k12.example', displayName: 'Superintendent', password: 'a long passphrase' });
    await grantRole(t.ctx, { accountId: leader.id, partnershipId: pid, role: 'partner', district: 'Northfield District' });
    const other = await createPartnership(t.ctx, 'Another partnership');
    const otherLead = await createAccount(t.ctx, { email: 'elsewhere@example.org', displayName: 'Elsewhere', password: 'far away from here' });
    await grantRole(t.ctx, { accountId: otherLead.id, partnershipId: other.id, role: 'lead' });

    const lead = await signedIn(api, 'lead@example.org', 'correct horse battery');
    const elsewhere = await signedIn(api, 'elsewhere@example.org', 'far away from here');
    const ours = (await lead.send('POST', `/api/partnerships/${pid}/invitations`, { email: 'new@example.org', role: 'analyst' })).body;
    const theirs = (await elsewhere.send('POST', `/api/partnerships/${other.id}/invitations`, { email: 'new@example.org', role: 'observer' })).body;
    const [ourId] = (await lead.get(`/api/partnerships/${pid}/invitations`)).body.map((i: { id: string }) => i.id);
    const [theirId] = (await elsewhere.get(`/api/partnerships/${other.id}/invitations`)).body.map((i: { id: string }) => i.id);
    expect([ours.url, theirs.url]).toEqual([expect.any(String), expect.any(String)]);

    // Members who do not invite are refused; the lead of another partnership finds nothing of this one.
    for (const [email, password] of [
      ['analyst@example.org', 'analyst password'],
      ['sup@northfield.k12.example', 'a long passphrase'],
    ]) {
      const client = await signedIn(api, email!, password!);
      expect((await client.get(`/api/partnerships/${pid}/invitations`)).status).toBe(403);
      expect((await client.send('DELETE', `/api/partnerships/${pid}/invitations/${ourId}`, { reason: 'why not' })).status).toBe(403);
    }
    expect((await elsewhere.get(`/api/partnerships/${pid}/invitations`)).status).toBe(404);
    expect((await elsewhere.send('DELETE', `/api/partnerships/${pid}/invitations/${ourId}`, { reason: 'why not' })).status).toBe(404);
    // Naming another partnership's invitation under one's own answers as an invitation that does not exist, and withdraws nothing.
    const foreign = await lead.send('DELETE', `/api/partnerships/${pid}/invitations/${theirId}`, { reason: 'why not' });
    const missing = await lead.send('DELETE', `/api/partnerships/${pid}/invitations/lnk_00000000000000zz`, { reason: 'why not' });
    expect([foreign.status, missing.status]).toEqual([404, 404]);
    expect(foreign.body.error.message.replace(theirId, 'ID')).toBe(missing.body.error.message.replace('lnk_00000000000000zz', 'ID'));
    expect((await elsewhere.get(`/api/partnerships/${other.id}/invitations`)).body).toHaveLength(1);
    expect((await lead.get(`/api/partnerships/${pid}/invitations`)).body).toHaveLength(1);
  });

  it('resets a password with a link from an administrator, ending the old sessions', async () => {
    await createAccount(t.ctx, { email: 'admin@example.org', displayName: 'Admin', password: 'admin password!', isAdmin: true });
    const admin = await signedIn(api, 'admin@example.org', 'admin password!');
    const old = await signedIn(api, 'lead@example.org', 'correct horse battery');
    const lead = (await admin.get('/api/accounts')).body.find((a: { email: string }) => a.email === 'lead@example.org');
    const link = await admin.send('POST', `/api/accounts/${lead.id}/reset-link`);
    expect(link.status).toBe(201);
    const token = new URL(link.body.url).searchParams.get('token')!;
    const tooShort = await new ApiClient(api).send('POST', '/api/auth/password-reset', { token, password: 'short' });
    expect(tooShort.status).toBe(400);
    expect((await new ApiClient(api).send('POST', '/api/auth/password-reset', { token, password: 'a brand new secret' })).status).toBe(200);
    expect((await old.get('/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(api).signIn('lead@example.org', 'correct horse battery')).status).toBe(401);
    expect((await new ApiClient(api).signIn('lead@example.org', 'a brand new secret')).status).toBe(200);
  });

  it('refuses common, all-space and control-character passwords wherever one is set, saying why', async () => {
    await createAccount(t.ctx, { email: 'admin@example.org', displayName: 'Admin', password: 'admin password!', isAdmin: true });
    const admin = await signedIn(api, 'admin@example.org', 'admin password!');
    const weak: [string, RegExp][] = [
      ['password12', /too easy to guess: it is a commonly used password/],
      ['1234567890', /too easy to guess: it is one of the hundred most common passwords/],
      ['qwertyuiop', /too easy to guess/],
      ['newcomer@example.org', /too easy to guess: it is made of the email address or the name/],
      [' '.repeat(10), /only spaces/],
      ['\u3000'.repeat(10), /only spaces/],
      ['\0'.repeat(10), /control character/],
      ['a long\npassphrase', /control character/],
      ['a long \u009b passphrase', /control character/],
      ['short', /at least 10 characters/],
    ];
    for (const [password, why] of weak) {
      const created = await admin.send('POST', '/api/accounts', { email: 'newcomer@example.org', displayName: 'Newcomer', password });
      expect([password, created.status, created.body.error?.message]).toEqual([password, 400, expect.stringMatching(why)]);
      expect(created.body.error.details).toMatchObject({ field: 'password' });
    }
    expect((await admin.get('/api/accounts')).body.map((a: { email: string }) => a.email)).not.toContain('newcomer@example.org');
    // The message says what would do.
    expect(
      (await admin.send('POST', '/api/accounts', { email: 'newcomer@example.org', displayName: 'Newcomer', password: 'password12' })).body.error.message,
    ).toMatch(/a few unrelated words/);

    // A reset link, the set-up link and an invitation refuse them too, and stay good for a better password.
    const lead = (await admin.get('/api/accounts')).body.find((a: { email: string }) => a.email === 'lead@example.org');
    const reset = new URL((await admin.send('POST', `/api/accounts/${lead.id}/reset-link`)).body.url).searchParams.get('token')!;
    expect((await new ApiClient(api).send('POST', '/api/auth/password-reset', { token: reset, password: '1234567890' })).status).toBe(400);
    expect((await new ApiClient(api).send('POST', '/api/auth/password-reset', { token: reset, password: 'lead@example.org' })).status).toBe(400);
    expect((await new ApiClient(api).send('POST', '/api/auth/password-reset', { token: reset, password: 'tidal wombat ledger' })).status).toBe(200);
    const invitation = await admin.send('POST', `/api/partnerships/${pid}/invitations`, { email: 'newcomer@example.org', role: 'analyst' });
    const token = new URL(invitation.body.url).searchParams.get('token')!;
    const page = await api.request('/invitation', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token, displayName: 'Newcomer', password: 'password12' }).toString(),
    });
    expect(page.status).toBe(400);
    expect(await page.text()).toMatch(/role="alert">this password is too easy to guess: it is a commonly used password/);
    expect(
      (await new ApiClient(api).send('POST', '/api/auth/invitations/accept', { token, displayName: 'Newcomer', password: 'tidal wombat ledger' })).status,
    ).toBe(200);
    expect((await new ApiClient(api).signIn('newcomer@example.org', 'tidal wombat ledger')).status).toBe(200);
  });

  it('creates the first administrator from the set-up link, once', async () => {
    const link = (await setupLink(t.ctx))!;
    expect(link.token).toBeTruthy();
    const weak = await new ApiClient(api).send('POST', '/api/auth/setup', {
      token: link.token,
      email: 'root@example.org',
      displayName: 'Root',
      password: 'administrator',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.message).toMatch(/too easy to guess/);
    const done = await new ApiClient(api).send('POST', '/api/auth/setup', {
      token: link.token,
      email: 'root@example.org',
      displayName: 'Root',
      password: 'the first admin',
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ email: 'root@example.org', isAdmin: true });
    expect(await setupLink(t.ctx)).toBeNull();
    expect(
      (await new ApiClient(api).send('POST', '/api/auth/setup', { token: link.token, email: 'x@example.org', displayName: 'X', password: 'another admin!' }))
        .status,
    ).toBe(400);
  });

  it('lets demo accounts in only on a demo server, and disabled accounts never', async () => {
    await createAccount(t.ctx, { email: 'demo@demo.warrant.test', displayName: 'Demo', password: 'published password', isDemo: true });
    expect((await new ApiClient(api).signIn('demo@demo.warrant.test', 'published password')).status).toBe(401);
    const demoApi = createApi({ store: t.store, demoMode: true });
    expect((await new ApiClient(demoApi).signIn('demo@demo.warrant.test', 'published password')).status).toBe(200);

    await createAccount(t.ctx, { email: 'admin@example.org', displayName: 'Admin', password: 'admin password!', isAdmin: true });
    const admin = await signedIn(api, 'admin@example.org', 'admin password!');
    const lead = await signedIn(api, 'lead@example.org', 'correct horse battery');
    const id = (await lead.get('/api/auth/me')).body.account.id;
    expect((await admin.send('POST', `/api/accounts/${id}/disable`, { reason: 'left the team' })).status).toBe(200);
    expect((await lead.get('/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(api).signIn('lead@example.org', 'correct horse battery')).status).toBe(401);
  });
});

describe.each(DIALECTS)('withdrawing invitations (%s)', (dialect) => {
  let t: TestDatabase;
  afterEach(() => t.close());

  it('ends the invitations open to a member removed, and one withdrawn by hand, in the database itself', async () => {
    t = await openTestDatabase(dialect, 'lead@example.org');
    const pid = (await importBundle(t.ctx, writeBundleFiles(VALID_BUNDLE), { partnership: 'Northfield RPP' })).partnership!.id;
    const member = await createAccount(t.ctx, { email: 'member@example.org', displayName: 'Member', password: 'steady ferns at dawn' });
    await grantRole(t.ctx, { accountId: member.id, partnershipId: pid, role: 'observer' });
    const toMember = await invite(t.ctx, { partnershipId: pid, email: 'member@example.org', role: 'analyst' });
    const toNewcomer = await invite(t.ctx, { partnershipId: pid, email: 'new@example.org', role: 'partner', district: 'Northfield District' });
    const open = await partnershipInvitations(t.ctx, pid);
    const [newcomer, forMember] = ['new@example.org', 'member@example.org'].map((email) => open.find((i) => i.email === email));
    expect([open.length, newcomer!.district_name, forMember!.role]).toEqual([2, 'Northfield District', 'analyst']);

    await removeMember(t.ctx, { accountId: member.id, partnershipId: pid, reason: 'left the project', byAdministrator: false });
    expect((await partnershipInvitations(t.ctx, pid)).map((i) => i.email)).toEqual(['new@example.org']);
    await withdrawInvitation(t.ctx, { partnershipId: pid, invitationId: newcomer!.id, reason: 'sent twice', byAdministrator: false });
    expect(await partnershipInvitations(t.ctx, pid)).toEqual([]);
    for (const { token } of [toMember, toNewcomer]) {
      await expect(answerInvitationLink(t.ctx, { token, displayName: 'Someone', password: 'tidal wombat ledger' })).rejects.toThrow(
        'this link is not valid: ask for a new one',
      );
    }
    const withdrawals = await t.store.db
      .selectFrom('audit_log')
      .select(['entity_id', 'reason'])
      .where('action', '=', 'invitation.withdraw')
      .orderBy('seq')
      .execute();
    expect(withdrawals).toEqual([
      { entity_id: forMember!.id, reason: 'left the project' },
      { entity_id: newcomer!.id, reason: 'sent twice' },
    ]);
  });
});
