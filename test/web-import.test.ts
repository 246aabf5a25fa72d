import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { type Zippable, zipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Api, createApi } from '../src/api/app.js';
import { createAccount } from '../src/services/accounts.js';
import { newUploadFolder, removeAbandonedUploads } from '../src/services/import-jobs.js';
import { grantRole } from '../src/services/memberships.js';
import { createPartnership } from '../src/services/partnerships.js';
import type { ApiClient } from './support/api-client.js';
import { signedIn } from './support/api-client.js';
import { manyInterviews, T01, VALID_BUNDLE } from './support/bundles.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const zip = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([n, c]) => [n, bytes(c)])));

/** The zipped bundle as the request body, as the web app sends it. */
const upload = (client: ApiClient, pid: string, body: Uint8Array) =>
  client.request('POST', `/api/partnerships/${pid}/imports?name=bundle.zip`, body, { 'content-type': 'application/zip' });

async function finished(client: ApiClient, jobId: string) {
  for (;;) {
    const job = await client.get(`/api/imports/${jobId}`);
    if (job.body.state === 'done' || job.body.state === 'failed') return job.body;
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('importing a zipped bundle through the API', () => {
  let t: TestDatabase;
  let api: Api;
  let pid: string;
  let analyst: ApiClient;

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    pid = (await createPartnership(t.ctx, 'Northfield RPP')).id;
    const account = await createAccount(t.ctx, { email: 'analyst@example.org', displayName: 'Analyst', password: 'analyst password' });
    await grantRole(t.ctx, { accountId: account.id, partnershipId: pid, role: 'analyst' });
    api = createApi({ store: t.store });
    analyst = await signedIn(api, 'analyst@example.org', 'analyst password');
  });
  afterAll(() => t?.close());

  it('imports a bundle zipped as a folder, and reports as the command line does', async () => {
    const started = await upload(analyst, pid, zip(Object.fromEntries(Object.entries(VALID_BUNDLE).map(([n, c]) => [`northfield/${n}`, c]))));
    expect(started.status).toBe(202);
    const job = await finished(analyst, started.body.id);
    expect(job).toMatchObject({ state: 'done', report: { imported: true, interviews: { added: 7 }, transcripts: { added: 7 } } });
    expect(job.total).toBe(7);
    expect((await analyst.get(`/api/partnerships/${pid}/stats`)).body.interviews.total).toBe(7);
  });

  it('refuses a bundle with errors, listing them with file and line, and writes nothing', async () => {
    const audit = await t.store.audit.count();
    const bad = { ...VALID_BUNDLE, 'interviews.csv': `${VALID_BUNDLE['interviews.csv']}\nX9,NOBODY,2009-10,2010-01-12,Ana Morales,teacher,missing.txt` };
    const job = await finished(analyst, (await upload(analyst, pid, zip(bad))).body.id);
    expect(job.state).toBe('done');
    expect(job.report.imported).toBe(false);
    expect(job.report.problems).toEqual(expect.arrayContaining([expect.objectContaining({ file: 'interviews.csv', line: 9, field: 'participant_id' })]));
    expect(await t.store.audit.count()).toBe(audit);
  });

  it('reads a transcript without speaker labels as one speaker when asked to, and reports who was taken as the interviewer', async () => {
    const unlabelled = { ...VALID_BUNDLE, 't03.txt': 'Students explain their reasoning to each other.\n' };
    const refused = await finished(analyst, (await upload(analyst, pid, zip(unlabelled))).body.id);
    expect(refused.report.imported).toBe(false);
    const started = await analyst.request('POST', `/api/partnerships/${pid}/imports?name=bundle.zip&unlabelledSpeaker=Unlabelled`, zip(unlabelled), {
      'content-type': 'application/zip',
    });
    expect(started.status).toBe(202);
    const job = await finished(analyst, started.body.id);
    expect(job.report.imported).toBe(true);
    expect(job.report.problems).toEqual([
      expect.objectContaining({ severity: 'warning', file: 't03.txt', line: 1, message: expect.stringContaining('"Unlabelled"') }),
    ]);
    expect(job.report.interviewers).toContainEqual({ interview: 'T03-0910', file: 't03.txt', labels: [], by: 'none' });
    expect(job.report.interviewers).toContainEqual({ interview: 'T02-0910', file: 't02.vtt', labels: ['Ana Morales'], by: 'label' });
    const bad = await analyst.request('POST', `/api/partnerships/${pid}/imports?unlabelledSpeaker=%20Unlabelled`, zip(unlabelled), {
      'content-type': 'application/zip',
    });
    expect(bad.status).toBe(400);
  });

  it('refuses hostile archives before anything is imported', async () => {
    const slip = await finished(analyst, (await upload(analyst, pid, zip({ '../outside.csv': 'x', ...VALID_BUNDLE }))).body.id);
    expect(slip).toMatchObject({ state: 'failed', error: expect.stringMatching(/points outside it/) });
    const notZip = await finished(analyst, (await upload(analyst, pid, new TextEncoder().encode('just text'))).body.id);
    expect(notZip).toMatchObject({ state: 'failed', error: expect.stringMatching(/not a ZIP archive/) });
    const tooBig = await api.request(`/api/partnerships/${pid}/imports`, {
      method: 'POST',
      headers: { 'content-type': 'application/zip', 'content-length': String(300 * 1024 * 1024) },
      body: new Uint8Array(10),
    });
    expect(tooBig.status).toBe(413);
  });

  it('names the entry and the reason when a bundle cannot be unpacked: a file that is also a folder, a link, a name too long', async () => {
    const cases: [Zippable, RegExp][] = [
      [
        { transcripts: bytes('notes'), 'transcripts/t01.txt': bytes(T01) },
        /^bundle\.zip: the entry "transcripts" is a file, and "transcripts\/t01\.txt" makes it a folder too; rename one of them$/,
      ],
      [
        { transcripts: [bytes('/home/team/transcripts'), { os: 3, attrs: 0o120777 << 16 }] },
        /^bundle\.zip: the entry "transcripts" is a symbolic link; a bundle holds only folders and files/,
      ],
      [
        { [`transcripts/${'t'.repeat(296)}.txt`]: bytes(T01) },
        /^bundle\.zip: the entry "transcripts\/t{296}\.txt" has a name of 300 characters; file and folder names are at most 255/,
      ],
    ];
    for (const [files, message] of cases) {
      const bundle: Zippable = { ...Object.fromEntries(Object.entries(VALID_BUNDLE).map(([n, c]) => [n, bytes(c)])), ...files };
      const job = await finished(analyst, (await upload(analyst, pid, zipSync(bundle))).body.id);
      expect(job).toMatchObject({ state: 'failed', error: expect.stringMatching(message) });
    }
  });

  it('runs one import at a time per partnership, and refuses another with 429 until it has finished', async () => {
    const big = zip(manyInterviews(120));
    const first = await upload(analyst, pid, big);
    expect(first.status).toBe(202);
    const second = await upload(analyst, pid, zip(VALID_BUNDLE));
    expect(second.status).toBe(429);
    expect(second.body.error.message).toMatch(
      /^an import into this partnership is already running \(started by analyst@example\.org at .+\); upload again when it has finished$/,
    );
    // Another partnership's import is not held up.
    const other = (await createPartnership(t.ctx, 'Riverton RPP')).id;
    const account = await t.store.accounts.byEmail('analyst@example.org');
    await grantRole(t.ctx, { accountId: account!.id, partnershipId: other, role: 'analyst' });
    const elsewhere = await upload(analyst, other, zip(VALID_BUNDLE));
    expect(elsewhere.status).toBe(202);
    expect((await finished(analyst, first.body.id)).state).toBe('done');
    await finished(analyst, elsewhere.body.id);
    const after = await upload(analyst, pid, zip(VALID_BUNDLE));
    expect(after.status).toBe(202);
    await finished(analyst, after.body.id);
  });

  it('shows a job only to those who could have started it', async () => {
    const started = await upload(analyst, pid, zip(VALID_BUNDLE));
    await createAccount(t.ctx, { email: 'other@example.org', displayName: 'Other', password: 'other password!' });
    const other = await signedIn(api, 'other@example.org', 'other password!');
    expect((await other.get(`/api/imports/${started.body.id}`)).status).toBe(404);
    await finished(analyst, started.body.id);
  });
});

describe('the unpacked uploads of a server that stopped during an import', () => {
  const systemTmp = process.env.TMPDIR;
  let tmp: string;
  /** A folder of the given name holding a transcript, as an unpacked upload does. */
  const leftBehind = (name: string) => {
    mkdirSync(join(tmp, name));
    writeFileSync(join(tmp, name, 't01.txt'), T01);
    return join(tmp, name);
  };
  /** When a process started, as Linux counts it (clock ticks after boot). */
  const startOf = (pid: number) => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]!;
  };

  afterEach(() => {
    if (systemTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = systemTmp;
    rmSync(tmp, { recursive: true, force: true });
  });

  it("removes those left by an earlier run with this server's process ID (a container's process 1 at every start), keeping this run's", async () => {
    tmp = mkdtempSync(join(tmpdir(), 'warrant-uploads-test-'));
    process.env.TMPDIR = tmp;
    const earlier = leftBehind(`warrant-upload-${process.pid}-12345-Ab12Cd`);
    const running = await newUploadFolder();
    expect(basename(running)).toMatch(new RegExp(`^warrant-upload-${process.pid}-\\d+-[A-Za-z0-9]{6}$`));
    expect(await removeAbandonedUploads()).toEqual([earlier]);
    expect(existsSync(earlier)).toBe(false);
    expect(existsSync(running)).toBe(true);
  });

  it.runIf(process.platform === 'linux')("removes those whose process ID now belongs to another process, keeping a running server's", async () => {
    tmp = mkdtempSync(join(tmpdir(), 'warrant-uploads-test-'));
    process.env.TMPDIR = tmp;
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      const pid = other.pid!;
      const theirs = leftBehind(`warrant-upload-${pid}-${startOf(pid)}-Ab12Cd`);
      // The same ID, used by a run that started at another time and was killed.
      const reused = leftBehind(`warrant-upload-${pid}-${Number(startOf(pid)) - 1}-Ab12Cd`);
      expect(await removeAbandonedUploads()).toEqual([reused]);
      expect(existsSync(theirs)).toBe(true);
    } finally {
      other.kill();
    }
  });
});
