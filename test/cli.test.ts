import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { createAccount } from '../src/services/accounts.js';
import { createContext } from '../src/services/context.js';
import { answerInvitationLink, invite } from '../src/services/invitations.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { manyPages } from '../src/soak/hostile-pdfs.js';
import { freePort } from '../src/soak/kill-test.js';
import { connect } from '../src/storage/database.js';
import { Store } from '../src/storage/store.js';
import { manyInterviews, T01, VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { freshTarget } from './support/databases.js';
import { temporaryFolder } from './support/temporary-folders.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'warrant.js');

function warrant(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', WARRANT_DATABASE_URL: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as any };
}

const tempDb = () => join(temporaryFolder('warrant-cli-'), 'warrant.db');

describe('the warrant command line', () => {
  it('imports a bundle and answers stats, search, trace and check about it', () => {
    const db = tempDb();
    const imported = warrant(['import', writeBundleFiles(VALID_BUNDLE), '--db', db, '--as', 'Ana Morales']);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/interviews\s+7 added/);

    const stats = warrant(['stats', '--json', '--db', db]).json();
    expect(stats).toMatchObject({ districts: 1, schools: 2, participants: { total: 6 }, interviews: { byCycle: { '2009-10': 6, '2010-11': 1 } }, turns: 16 });

    const search = warrant(['search', '"purple giraffe"', '--json', '--db', db]).json();
    expect(search.hits.map((h: any) => [h.interviewCode, h.role, h.pseudonym])).toEqual([['T01-0910', 'teacher', 'Ms. Rivera']]);

    expect(warrant(['check', '--db', db]).code).toBe(0);
    const isf = warrant(['isf', 'create', 'T01-0910', '--json', '--db', db]).json();
    const excerpt = warrant(['excerpt', 'T01-0910', '--quote', 'Maybe twice this year', '--json', '--db', db]).json();
    const entry = warrant([
      'isf',
      'write',
      isf.isf.id,
      'work_with_school_leaders',
      'Observed twice.',
      '--cite',
      excerpt.id,
      '--json',
      '--db',
      db,
      '--as',
      'Chloe Nguyen',
    ]).json();
    const summary = warrant([
      'summary',
      'create',
      '--district',
      'Northfield District',
      '--cycle',
      '2009-10',
      '--school',
      'Maple Middle School',
      '--json',
      '--db',
      db,
    ]).json();
    const claim = warrant(['claim', 'add', summary.id, 'Rarely observed.', '--cite', entry.id, '--json', '--db', db]).json();
    const orphan = warrant(['claim', 'add', summary.id, 'A claim nobody backed.', '--json', '--db', db]).json();
    const finding = warrant([
      'finding',
      'add',
      'Principals rarely observe.',
      '--district',
      'Northfield District',
      '--cite',
      claim.claim.id,
      '--cycle',
      '2009-10',
      '--json',
      '--db',
      db,
    ]).json();

    const traced = warrant(['trace', finding.finding.id, '--json', '--db', db]).json();
    expect(traced.passages.map((p: any) => [p.interviewCode, p.pseudonym, p.quote])).toEqual([['T01-0910', 'Ms. Rivera', 'Maybe twice this year']]);
    const readable = warrant(['trace', finding.finding.id, '--db', db]);
    expect(readable.stdout).toMatch(/T01-0910 · Ms\. Rivera · teacher · Maple Middle School/);

    const check = warrant(['check', '--db', db]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(orphan.claim.id);
    expect(check.stdout).toMatch(/cites no ISF entry/);

    const history = warrant(['history', entry.id, '--json', '--db', db]).json();
    expect(history[0]).toMatchObject({ actor: 'Chloe Nguyen', action: 'isf_entry.create' });
  });

  it("marks a template's fields required, reorders them, and refuses to complete an ISF while a required field is empty", () => {
    const db = tempDb();
    expect(warrant(['import', writeBundleFiles(VALID_BUNDLE), '--db', db]).code).toBe(0);
    const required = warrant([
      'template',
      'edit-field',
      'accountability',
      '--role',
      'teacher',
      '--required',
      '--guidance',
      'To whom, for what.',
      '--reason',
      'protocol',
      '--db',
      db,
    ]);
    expect(required.stdout).toMatch(/is at version 2; "accountability" changed/);
    const shown = warrant(['template', 'show', '--role', 'teacher', '--db', db]).stdout;
    expect(shown).toMatch(/accountability\s+Accountability \[required\]/);
    const keys = warrant(['template', 'show', '--role', 'teacher', '--json', '--db', db])
      .json()
      .fields.map((f: any) => f.key) as string[];
    expect(warrant(['template', 'reorder', '--role', 'teacher', ...[...keys].reverse(), '--db', db]).stdout).toMatch(/is at version 3/);
    const incomplete = warrant(['template', 'reorder', '--role', 'teacher', ...keys.slice(1), '--db', db]);
    expect(incomplete.code).not.toBe(0);
    expect(incomplete.stderr).toMatch(/give every field in use once, in its new order; missing: “Teaching responsibilities”/);

    const isf = warrant(['isf', 'create', 'T01-0910', '--json', '--db', db]).json();
    const excerpt = warrant(['excerpt', 'T01-0910', '--quote', 'Maybe twice this year', '--json', '--db', db]).json();
    warrant(['isf', 'write', isf.isf.id, 'work_with_school_leaders', 'Observed twice.', '--cite', excerpt.id, '--db', db]);
    const refused = warrant(['isf', 'complete', isf.isf.id, '--db', db]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/the template requires the field “Accountability” before the ISF is complete: write it first/);
    warrant(['template', 'edit-field', 'accountability', '--role', 'teacher', '--optional', '--db', db]);
    const completed = warrant(['isf', 'complete', isf.isf.id, '--db', db]);
    expect(completed.stdout).toMatch(/is complete\n8 of 9 fields are empty \(optional\): “/);
  });

  it('moves passages of a corrected transcript whose words are unchanged, and settles the changed one with excerpt review and accept', () => {
    const db = tempDb();
    const dir = writeBundleFiles(VALID_BUNDLE);
    expect(warrant(['import', dir, '--db', db]).code).toBe(0);
    const kept = warrant(['excerpt', 'T01-0910', '--quote', 'Maybe twice this year', '--json', '--db', db]).json().id as string;
    const changed = warrant(['excerpt', 'T01-0910', '--quote', 'mostly about the pacing calendar', '--json', '--db', db]).json().id as string;
    const isf = warrant(['isf', 'create', 'T01-0910', '--json', '--db', db]).json().isf.id as string;
    expect(warrant(['isf', 'write', isf, 'collaboration', 'The team meets about pacing.', '--cite', changed, '--cite', kept, '--db', db]).code).toBe(0);

    writeFileSync(join(dir, 't01.txt'), T01.replace('mostly', 'largely'));
    expect(warrant(['import', dir, '--db', db]).stdout).toMatch(/passages\s+1 moved to the corrected transcripts \(words unchanged\), 1 to review/);
    const check = warrant(['check', '--db', db]).stdout;
    expect(check).toContain('cites a passage of Ms. Rivera’s interview (T01-0910) whose transcript was corrected since');
    expect(
      warrant(['excerpt', 'review', '--json', '--db', db])
        .json()
        .map((e: any) => e.id),
    ).toEqual([changed]);

    const accepted = warrant(['excerpt', 'accept', changed, '--db', db]);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toMatch(/kept as it was said/);
    expect(warrant(['excerpt', 'review', '--db', db]).stdout).toMatch(/No passage is to review/);
    expect(warrant(['check', '--db', db]).stdout).not.toContain('corrected since');
  });

  it('refuses a bad bundle, listing each problem with file and line, and writes nothing', () => {
    const db = tempDb();
    const dir = writeBundleFiles({
      ...VALID_BUNDLE,
      'interviews.csv': `${VALID_BUNDLE['interviews.csv']}\nX-1,NOBODY,2009-10,2010-01-12,Ana Morales,teacher,nowhere.txt`,
    });
    const r = warrant(['import', dir, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/interviews\.csv, line 9, field "participant_id": unknown participant "NOBODY"/);
    expect(r.stderr).toMatch(/interviews\.csv, line 9, field "file": .*nowhere\.txt.* does not exist/);
    expect(r.stderr).toMatch(/Nothing was imported/);
    const stats = warrant(['stats', '--db', db]);
    expect(stats.code).toBe(2);
    expect(stats.stderr).toMatch(/holds no partnership/);
  });

  it('imports a transcript without speaker labels as one speaker with --unlabelled, and says who was taken as the interviewer', () => {
    const db = tempDb();
    const dir = writeBundleFiles({ ...VALID_BUNDLE, 't03.txt': 'Students explain their reasoning to each other.\n' });
    const refused = warrant(['import', dir, '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/t03\.txt, line 1: no speaker label before this text; .*--unlabelled/);
    const imported = warrant(['import', dir, '--db', db, '--unlabelled']);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toMatch(/warning: t03\.txt, line 1: .*imported as spoken by "Unlabelled"/);
    expect(imported.stdout).toMatch(/interviewer\s+"Interviewer" in 5, "Ana Morales" in 1; no speaker taken as the interviewer in 1 \(T03-0910\)/);
  });

  it('adds a "Speaker 1"/"Speaker 2" transcript to an interview once told whose each label is, and remembers it for a corrected file', () => {
    const db = tempDb();
    expect(warrant(['import', writeBundleFiles(VALID_BUNDLE), '--db', db]).code).toBe(0);
    const dir = temporaryFolder('warrant-cli-transcript-');
    const file = join(dir, 't01-otter.txt');
    writeFileSync(file, 'Speaker 1: How often does the coach visit?\nSpeaker 2: Twice a month.\nSpeaker 1: And the principal?\n');

    const refused = warrant(['interview', 'add', 'T01-0910', file, '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      't01-otter.txt: the speaker labels do not say which is the interviewer and which the participant: "Speaker 1" (2 turns: "How often does the coach visit?"), ' +
        '"Speaker 2" (1 turn: "Twice a month."); say whose each label is with --speaker LABEL=ROLE for each, e.g. --speaker "Speaker 1=interviewer" --speaker "Speaker 2=participant"',
    );
    expect(warrant(['interview', 'add', 'T01-0910', file, '--speaker', 'Speaker 1=boss', '--db', db]).stderr).toMatch(
      /speaker "Speaker 1=boss" is not LABEL=ROLE, with ROLE one of interviewer, participant, other/,
    );

    const added = warrant(['interview', 'add', 'T01-0910', file, '--speaker', 'Speaker 1=interviewer', '--speaker', 'Speaker 2=participant', '--db', db]);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/T01-0910: transcript version 2 stored \(3 turns; interviewer: "Speaker 1"\)/);
    const turns = warrant(['transcript', 'T01-0910', '--db', db]).stdout;
    expect(turns).toMatch(/Speaker 2: Twice a month\./);

    // A corrected version of the same file: the mapping given before is used without asking.
    writeFileSync(file, 'Speaker 1: How often does the coach visit you?\nSpeaker 2: Twice a month.\n');
    const corrected = warrant(['interview', 'add', 'T01-0910', file, '--json', '--db', db]);
    expect(corrected.code).toBe(0);
    expect(corrected.json()).toMatchObject({ interview: 'T01-0910', version: 3, stored: true, interviewer: { labels: ['Speaker 1'], by: 'mapping' } });
  });

  it('names unknown IDs and bad arguments clearly', () => {
    const db = tempDb();
    warrant(['import', writeBundleFiles(VALID_BUNDLE), '--db', db]);
    const unknown = warrant(['trace', 'fnd_nosuchfinding00', '--db', db]);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toMatch(/finding fnd_nosuchfinding00 does not exist/);
    const badOffset = warrant(['excerpt', 'T01-0910', '--start', 'ten', '--end', '20', '--db', db]);
    expect(badOffset.code).not.toBe(0);
    expect(badOffset.stderr).toMatch(/"ten" is not a whole number/);
  });

  it('cuts passages on whole words and removes evidence where it was cited, with the reason kept', () => {
    const db = tempDb();
    warrant(['import', writeBundleFiles(VALID_BUNDLE), '--db', db]);
    const whole = warrant(['excerpt', 'T01-0910', '--quote', 'Maybe twice this year', '--json', '--db', db]).json();
    // Offsets two characters into the first word and two short of the end of the last one.
    const cut = warrant(['excerpt', 'T01-0910', '--start', String(whole.start_offset + 2), '--end', String(whole.end_offset - 2), '--json', '--db', db]).json();
    expect([cut.start_offset, cut.end_offset, cut.quote]).toEqual([whole.start_offset, whole.end_offset, 'Maybe twice this year']);

    const isf = warrant(['isf', 'create', 'T01-0910', '--json', '--db', db]).json();
    const entry = warrant(['isf', 'write', isf.isf.id, 'work_with_school_leaders', 'Observed twice.', '--cite', cut.id, '--json', '--db', db]).json();
    const summary = warrant([
      'summary',
      'create',
      '--district',
      'Northfield District',
      '--cycle',
      '2009-10',
      '--school',
      'Maple Middle School',
      '--json',
      '--db',
      db,
    ]).json();
    const claim = warrant(['claim', 'add', summary.id, 'Rarely observed.', '--cite', entry.id, '--json', '--db', db]).json();
    const finding = warrant([
      'finding',
      'add',
      'Principals rarely observe.',
      '--district',
      'Northfield District',
      '--cycle',
      '2009-10',
      '--cite',
      claim.claim.id,
      '--json',
      '--db',
      db,
    ]).json();
    expect(warrant(['check', '--db', db]).code).toBe(0);

    const unexplained = warrant(['uncite', finding.finding.id, claim.claim.id, '--db', db]);
    expect(unexplained.code).not.toBe(0);
    expect(unexplained.stderr).toMatch(/--reason/);
    const removed = warrant(['uncite', finding.finding.id, claim.claim.id, '--reason', 'The claim is about coaches', '--db', db]);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toMatch(new RegExp(`^${finding.finding.id} no longer cites ${claim.claim.id} \\(citation cit_\\w+ withdrawn at `));
    const check = warrant(['check', '--db', db]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(finding.finding.id);
    expect(check.stdout).toMatch(/cites no claim/);
    const history = warrant(['history', finding.finding.id, '--json', '--db', db]).json();
    expect(history.at(-1)).toMatchObject({ action: 'citation.retire', reason: 'The claim is about coaches' });
    const again = warrant(['uncite', finding.finding.id, claim.claim.id, '--reason', 'again', '--db', db]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/does not cite .* already withdrawn/);
  });

  it('adds an account, keeps a verifiable audit trail, and backs up and restores the database', () => {
    const db = tempDb();
    warrant(['import', writeBundleFiles(VALID_BUNDLE), '--db', db]);
    const add = spawnSync(
      process.execPath,
      [BIN, 'user', 'add', '--email', 'Lead@Example.org', '--name', 'Lead', '--role', 'lead', '--password-stdin', '--db', db],
      {
        input: 'a long enough password\n',
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', WARRANT_DATABASE_URL: '' },
      },
    );
    expect(add.status).toBe(0);
    expect(add.stdout).toMatch(/created lead@example\.org .*, lead/);
    expect(warrant(['user', 'list', '--db', db]).stdout).toMatch(/lead@example\.org\s+Lead\s+lead in .*\s+active/);
    const tooShort = spawnSync(process.execPath, [BIN, 'user', 'add', '--email', 'x@example.org', '--name', 'X', '--password-stdin', '--db', db], {
      input: 'short\n',
      encoding: 'utf8',
    });
    expect(tooShort.status).toBe(2);
    expect(tooShort.stderr).toMatch(/at least 10 characters/);
    for (const [password, why] of [
      ['password12', /too easy to guess: it is a commonly used password/],
      [' '.repeat(12), /only spaces/],
      ['ten\u0007bells ring', /control characters/],
    ] as const) {
      const weak = spawnSync(process.execPath, [BIN, 'user', 'add', '--email', 'x@example.org', '--name', 'X', '--password-stdin', '--db', db], {
        input: `${password}\n`,
        encoding: 'utf8',
      });
      expect([weak.status, weak.stderr]).toEqual([2, expect.stringMatching(why)]);
    }
    expect(warrant(['user', 'list', '--db', db]).stdout).not.toMatch(/x@example\.org/);
    // A reset link is built on the public URL, named as for `warrant serve`.
    const reset = warrant(['user', 'reset-link', 'lead@example.org', '--public-url', 'https://warrant.example.edu', '--db', db]);
    expect([reset.code, reset.stdout]).toEqual([
      0,
      expect.stringMatching(/^https:\/\/warrant\.example\.edu\/reset-password\?token=[\w-]{40,}\nvalid until 20/),
    ]);
    expect(warrant(['user', 'reset-link', 'lead@example.org', '--db', db]).stdout).toMatch(/^http:\/\/127\.0\.0\.1:3000\/reset-password\?token=/);
    expect(warrant(['user', 'reset-link', 'lead@example.org', '--public-url', 'https://warrant.example.edu/reset', '--db', db]).code).toBe(2);
    const unexplained = warrant(['user', 'remove', 'lead@example.org', '--db', db]);
    expect([unexplained.code, unexplained.stderr]).toEqual([2, expect.stringMatching(/--reason/)]);
    const removed = warrant(['user', 'remove', 'lead@example.org', '--reason', 'moved to another project', '--db', db]);
    expect([removed.code, removed.stdout]).toEqual([0, expect.stringMatching(/^lead@example\.org no longer takes part in /)]);
    expect(warrant(['user', 'list', '--db', db]).stdout).toMatch(/lead@example\.org\s+Lead\s+-\s+active/);

    const verify = warrant(['audit', 'verify', '--json', '--db', db]);
    expect(verify.code).toBe(0);
    expect(verify.json()).toMatchObject({ ok: true, broken: null });
    const csv = warrant(['audit', 'export', '--db', db]).stdout;
    expect(csv.split('\n')[0]).toBe('seq,at,actor,action,entity_kind,entity_id,version,reason,data,prev_hash,hash');

    const backup = join(temporaryFolder('warrant-backup-'), 'backup.db');
    expect(warrant(['backup', backup, '--db', db]).code).toBe(0);
    const restored = tempDb();
    expect(warrant(['restore', backup, '--db', restored]).code).toBe(0);
    expect(warrant(['stats', '--json', '--db', restored]).json()).toEqual(warrant(['stats', '--json', '--db', db]).json());
    const again = warrant(['restore', backup, '--db', restored]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/holds data; restore with --replace/);
  }, 120_000);

  it("lists a partnership's open invitations and withdraws one, whose link no longer admits", async () => {
    const db = tempDb();
    warrant(['import', writeBundleFiles(VALID_BUNDLE), '--db', db, '--partnership', 'Northfield RPP']);
    const store = Store.of(await connect({ dialect: 'sqlite', path: db }));
    const ctx = createContext(store, 'lead@example.org');
    const pid = (await resolvePartnership(ctx, 'Northfield RPP')).id;
    const { token } = await invite(ctx, { partnershipId: pid, email: 'coach@example.org', role: 'partner', district: 'Northfield District' });
    await store.destroy();

    const listed = warrant(['user', 'invitations', '--partnership', 'Northfield RPP', '--db', db]);
    expect([listed.code, listed.stdout]).toEqual([
      0,
      expect.stringMatching(/coach@example\.org\s+partner \(Northfield District\)\s+lead@example\.org\s+20\S+\s+20/),
    ]);
    expect(listed.stdout).not.toContain(token);
    const [open] = warrant(['user', 'invitations', '--json', '--partnership', 'Northfield RPP', '--db', db]).json();
    expect(open).toMatchObject({
      id: expect.stringMatching(/^lnk_/),
      email: 'coach@example.org',
      role: 'partner',
      districtName: 'Northfield District',
      invitedBy: 'lead@example.org',
    });

    const unexplained = warrant(['user', 'withdraw-invitation', open.id, '--partnership', 'Northfield RPP', '--db', db]);
    expect([unexplained.code, unexplained.stderr]).toEqual([2, expect.stringMatching(/--reason/)]);
    const unknown = warrant(['user', 'withdraw-invitation', 'lnk_00000000000000zz', '--reason', 'sent twice', '--partnership', 'Northfield RPP', '--db', db]);
    expect([unknown.code, unknown.stderr]).toEqual([expect.any(Number), expect.stringMatching(/invitation "lnk_00000000000000zz"/)]);
    expect(unknown.code).not.toBe(0);
    const withdrawn = warrant(['user', 'withdraw-invitation', open.id, '--reason', 'sent to the wrong address', '--partnership', 'Northfield RPP', '--db', db]);
    expect([withdrawn.code, withdrawn.stdout]).toEqual([0, `invitation ${open.id} to Northfield RPP is withdrawn\n`]);
    expect(warrant(['user', 'invitations', '--partnership', 'Northfield RPP', '--db', db]).stdout).toBe('no invitation to Northfield RPP is open\n');
    // A member's role changed from the command line withdraws the invitations still open to them, as from the web app.
    const again = Store.of(await connect({ dialect: 'sqlite', path: db }));
    await invite(createContext(again, 'lead@example.org'), { partnershipId: pid, email: 'analyst@example.org', role: 'lead' });
    await createAccount(createContext(again, 'admin'), { email: 'analyst@example.org', displayName: 'Analyst', password: 'tidal wombat ledger' });
    await again.destroy();
    expect(warrant(['user', 'grant', 'analyst@example.org', '--role', 'analyst', '--partnership', 'Northfield RPP', '--db', db]).code).toBe(0);
    expect(warrant(['user', 'invitations', '--partnership', 'Northfield RPP', '--db', db]).stdout).toMatch(/analyst@example\.org\s+lead/);
    expect(warrant(['user', 'grant', 'analyst@example.org', '--role', 'observer', '--partnership', 'Northfield RPP', '--db', db]).code).toBe(0);
    expect(warrant(['user', 'invitations', '--partnership', 'Northfield RPP', '--db', db]).stdout).toBe('no invitation to Northfield RPP is open\n');
    expect(warrant(['history', open.id, '--json', '--db', db]).json()).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: 'invitation.withdraw', reason: 'sent to the wrong address' })]),
    );

    const reopened = Store.of(await connect({ dialect: 'sqlite', path: db }));
    try {
      await expect(
        answerInvitationLink(createContext(reopened, 'invitation'), { token, displayName: 'Coach', password: 'tidal wombat ledger' }),
      ).rejects.toThrow('this link is not valid: ask for a new one');
    } finally {
      await reopened.destroy();
    }
  });

  it('adds a district document, and refuses one it will not read with what to do, storing nothing', () => {
    const db = tempDb();
    expect(warrant(['demo', '--db', db]).code).toBe(0);
    const dir = temporaryFolder('warrant-artifacts-');
    writeFileSync(join(dir, 'handbook.pdf'), manyPages(2));
    writeFileSync(join(dir, 'board-minutes.pdf'), manyPages(20_000));
    const district = ['--district', 'Riverton Unified School District'];
    const before = warrant(['artifact', 'list', '--json', '--db', db]).json().length;
    // Read from the file, the bytes are a Buffer, which pdf.js does not take as it is.
    const added = warrant(['artifact', 'add', join(dir, 'handbook.pdf'), ...district, '--json', '--db', db]);
    expect(added.code).toBe(0);
    expect(added.json()).toMatchObject({ file_name: 'handbook.pdf', format: 'pdf', pages: 2, created: true });
    const refused = warrant(['artifact', 'add', join(dir, 'board-minutes.pdf'), ...district, '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/board-minutes\.pdf: the PDF has 20,000 pages, more than the 1,000 that are read; split it into smaller files/);
    expect(warrant(['artifact', 'list', '--json', '--db', db]).json().length).toBe(before + 1);
  });

  describe('on PostgreSQL (WARRANT_DATABASE_URL)', () => {
    let drop: (() => Promise<void>) | undefined;
    afterAll(() => drop?.());

    it('loads the demo and traces its findings end to end', async () => {
      const fresh = await freshTarget('postgres');
      drop = fresh.drop;
      const env = { WARRANT_DATABASE_URL: fresh.target.dialect === 'postgres' ? fresh.target.url : '' };
      expect(warrant(['demo'], env).code).toBe(0);
      const check = warrant(['check', '--json'], env);
      expect(check.code).toBe(0);
      expect(check.json().ok).toBe(true);
      const stats = warrant(['stats', '--json'], env).json();
      expect(stats.analysis.findings).toBeGreaterThan(0);
      const search = warrant(['search', 'benchmark', '--role', 'district_leader', '--limit', '5', '--json'], env).json();
      expect(search.hits.length).toBeGreaterThan(0);
    });

    it('takes a libpq address that names a socket and no host, which is no WHATWG URL', async () => {
      const fresh = await freshTarget('postgres');
      try {
        const url = fresh.target.dialect === 'postgres' ? fresh.target.url.replace('@localhost/', '@/') : '';
        expect(url).toMatch(/^postgresql:\/\/postgres@\/t_\w+\?host=/);
        const demo = warrant(['demo', '--db', url]);
        expect(demo.stderr).toBe('');
        expect(demo.code).toBe(0);
        expect(demo.stdout).toContain(`PostgreSQL ${url}`);
      } finally {
        await fresh.drop();
      }
    });
  });

  describe('warrant serve', () => {
    const servers: ChildProcess[] = [];
    afterAll(() => {
      for (const s of servers) s.kill('SIGTERM');
    });

    /** Starts `warrant serve` and waits until it listens; resolves with the process and what it printed. */
    async function serve(args: string[], env: Record<string, string> = {}) {
      const server = spawn(process.execPath, [BIN, 'serve', ...args], { env: { ...process.env, NO_COLOR: '1', WARRANT_DATABASE_URL: '', ...env } });
      servers.push(server);
      let output = '';
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 60_000);
        server.stdout!.on('data', (d: Buffer) => {
          output += d.toString();
          if (output.includes('Press Ctrl+C')) {
            clearTimeout(timer);
            resolve();
          }
        });
        server.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
      });
      return { server, output };
    }

    async function signIn(base: string, email: string, password: string) {
      const res = await fetch(`${base}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      return {
        res,
        cookie: res.headers.get('set-cookie')?.split(';')[0] ?? '',
        csrf: res.ok ? ((await res.clone().json()) as { csrfToken: string }).csrfToken : '',
      };
    }

    it('hands out links on --public-url, and with --trust-proxy holds back each client behind the proxy on its own', async () => {
      const port = await freePort();
      const { output } = await serve(['--port', String(port), '--public-url', 'https://warrant.example.edu/', '--trust-proxy', '--db', tempDb()]);
      expect(output).toMatch(/\n {2}https:\/\/warrant\.example\.edu\/setup\?token=[\w-]{20,}\n/);
      const signIn = (address: string) =>
        fetch(`http://127.0.0.1:${port}/api/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
          body: JSON.stringify({ email: `someone-${Math.random()}@example.org`, password: 'not a password' }),
        });
      const statuses = [];
      for (let i = 0; i < 52; i++) statuses.push((await signIn('198.51.100.66')).status);
      expect(statuses.slice(0, 50).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(50)).toEqual([429, 429]);
      expect((await signIn('203.0.113.5')).status).toBe(401);

      const refused = warrant(['serve', '--public-url', 'https://warrant.example.edu/warrant?x=1']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/has more than a scheme, host and port/);
    });

    it('starts on a new database with the demo loaded and serves the API', async () => {
      const port = await freePort();
      const { output } = await serve(['--demo', '--port', String(port), '--db', tempDb()]);
      expect(output).toMatch(/Loaded the demo partnership/);
      expect(output).toMatch(/analyst@demo\.warrant\.test\s+demo-analyst-password/);
      const base = `http://127.0.0.1:${port}`;
      expect((await fetch(`${base}/api/partnerships`)).status).toBe(401);
      const signIn = await fetch(`${base}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'analyst@demo.warrant.test', password: 'demo-analyst-password' }),
      });
      expect(signIn.status).toBe(200);
      expect(signIn.headers.get('set-cookie')).toMatch(/warrant_session=[^;]+;.*HttpOnly.*SameSite=Strict/i);
      const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
      const partnerships = (await (await fetch(`${base}/api/partnerships`, { headers: { cookie } })).json()) as { id: string; name: string }[];
      expect(partnerships.map((p) => p.name)).toEqual(['Middle-School Mathematics Partnership (demo)']);
      const check = (await (await fetch(`${base}/api/partnerships/${partnerships[0]!.id}/check`, { headers: { cookie } })).json()) as { ok: boolean };
      expect(check.ok).toBe(true);
    });

    it('removes at start-up the unpacked upload of a server killed during an import, and no other folder', async () => {
      const tmp = temporaryFolder('warrant-cli-tmp-');
      const others = ['warrant-upload-Ab12Cd', 'warrant-upload-1-notmine', 'someone-else'].map((name) => join(tmp, name));
      for (const dir of others) {
        mkdirSync(dir);
        writeFileSync(join(dir, 'keep.txt'), "not the server's");
      }
      const db = tempDb();
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const first = await serve(['--demo', '--port', String(port), '--db', db], { TMPDIR: tmp });
      const { cookie, csrf } = await signIn(base, 'analyst@demo.warrant.test', 'demo-analyst-password');
      const [partnership] = (await (await fetch(`${base}/api/partnerships`, { headers: { cookie } })).json()) as { id: string }[];
      const upload = await fetch(`${base}/api/partnerships/${partnership!.id}/imports?name=bundle.zip`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/zip' },
        body: zipSync(Object.fromEntries(Object.entries(manyInterviews(300)).map(([n, c]) => [n, new TextEncoder().encode(c)]))),
      });
      expect(upload.status).toBe(202);
      // Killed as soon as transcripts are on disk.
      const own = `warrant-upload-${first.server.pid}-`;
      let unpacked: string | undefined;
      for (let waited = 0; !unpacked && waited < 30_000; waited += 5) {
        const dir = readdirSync(tmp).find((n) => n.startsWith(own));
        if (dir && existsSync(join(tmp, dir, 'm', '0.txt'))) unpacked = join(tmp, dir);
        else await new Promise((r) => setTimeout(r, 5));
      }
      expect(unpacked).toBeDefined();
      const exited = new Promise((r) => first.server.once('exit', r));
      first.server.kill('SIGKILL');
      await exited;
      expect(readFileSync(join(unpacked!, 'm', '0.txt'), 'utf8')).toContain('Ms. Rivera');

      const second = await serve(['--port', String(port), '--db', db], { TMPDIR: tmp });
      expect(second.output).toContain(`Removed the unpacked upload left by a server that stopped during an import: ${unpacked}`);
      expect(existsSync(unpacked!)).toBe(false);
      for (const dir of others) expect(existsSync(join(dir, 'keep.txt'))).toBe(true);
    });
  });

  it('records uptake by the recommendation ID that uptake list prints, changes the quote minimum with its reason, and backdates a version issued', () => {
    const db = tempDb();
    expect(warrant(['demo', '--db', db]).code).toBe(0);
    expect(warrant(['cycle', 'add', '2011-12', '--db', db]).code).toBe(0);
    const list = warrant(['uptake', 'list', '--db', db]);
    expect(list.stdout.split('\n')[0]).toMatch(/^recommendation ID\s+district\s+recommended in/);
    const row = list.stdout.split('\n').find((l) => l.includes('Lakeside') && l.includes('2010-11') && l.includes('not recorded'))!;
    const id = /^(rcm_\S+)/.exec(row)![1]!;
    const recorded = warrant(['uptake', 'record', id, '--status', 'partly', '--note', 'Walks began in March.', '--db', db]);
    expect(recorded.stdout).toMatch(/v1: acted on partly/);
    const again = warrant(['uptake', 'list', '--db', db])
      .stdout.split('\n')
      .find((l) => l.startsWith(id))!;
    expect(again).toMatch(/2011-12\s+partly\s+1\s/);
    expect(warrant(['uptake', 'record', id, '--status', 'fully', '--expected-version', '1', '--reason', 'Second interview', '--db', db]).stdout).toMatch(
      /v2: acted on fully/,
    );

    expect(warrant(['quote-minimum', '--db', db]).stdout).toMatch(/at least 3 participants .*\(version 1\)/);
    const noReason = warrant(['quote-minimum', '5', '--expected-version', '1', '--db', db]);
    expect(noReason.code).not.toBe(0);
    expect(noReason.stderr).toMatch(/reason: say why the quote minimum changes/);
    expect(warrant(['quote-minimum', '5', '--expected-version', '1', '--reason', 'Small schools', '--db', db]).stdout).toMatch(
      /at least 5 participants .*\(version 2\)/,
    );

    const future = warrant(['ddd', 'issue', '--district', 'Lakeside Public Schools', '--cycle', '2010-11', '--reason', 'x', '--on', '2999-01-01', '--db', db]);
    expect(future.stderr).toMatch(/the date issued \(2999-01-01\) is in the future/);
  });

  it("documents a district's strategies and writes its design document, one file per district or none at all", () => {
    const db = tempDb();
    expect(warrant(['import', writeBundleFiles(VALID_BUNDLE), '--db', db, '--as', 'Ana Morales']).code).toBe(0);
    const out = temporaryFolder('warrant-ddd-');
    const refused = warrant([
      'report',
      'ddd',
      '--district',
      'Northfield District',
      '--audience',
      'partner',
      '--format',
      'md',
      '-o',
      join(out, 'northfield.md'),
      '--db',
      db,
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/no version of Northfield District's design document for 2010-11 has been issued/);
    expect(existsSync(join(out, 'northfield.md'))).toBe(false);

    const strategy = warrant([
      'strategy',
      'add',
      'Principals as instructional leaders',
      '--district',
      'Northfield District',
      '--cycle',
      '2009-10',
      '--goal',
      'Principals observe mathematics.',
      '--json',
      '--db',
      db,
    ]).json();
    const practice = warrant([
      'strategy',
      'practice',
      strategy.strategy.id,
      'Observe mathematics lessons',
      '--role',
      'school_leader',
      '--target',
      '2 hours a day',
      '--json',
      '--db',
      db,
    ]);
    expect(practice.code).toBe(0);
    const badSupport = warrant(['strategy', 'support', strategy.strategy.id, 'Walks', '--type', 'walks', '--for', 'school_leader', '--db', db]);
    expect(badSupport.stderr).toMatch(/supportType is one of the framework's types \(new_position, /);
    expect(
      warrant([
        'strategy',
        'support',
        strategy.strategy.id,
        'Learning Walks',
        '--type',
        'organizational_routine',
        '--for',
        'school_leader',
        '--frequency',
        'monthly',
        '--co-participation',
        '--db',
        db,
      ]).code,
    ).toBe(0);
    expect(
      warrant(['strategy', 'accountability', strategy.strategy.id, 'observing mathematics', '--holder', 'Supervisors', '--held', 'principals', '--db', db])
        .code,
    ).toBe(0);
    expect(warrant(['ddd', 'issue', '--district', 'Northfield District', '--cycle', '2009-10', '--db', db]).stdout).toMatch(/issued version 1/);

    const badFormat = warrant(['report', 'ddd', '--audience', 'partner', '--format', 'odt', '--cycle', '2009-10', '-o', out, '--db', db]);
    expect(badFormat.stderr).toMatch(/--format is one of docx, pdf, html, md/);
    const written = warrant(['report', 'ddd', '--audience', 'partner', '--format', 'md', '--cycle', '2009-10', '-o', out, '--db', db]);
    expect(written.code).toBe(0);
    const file = join(out, 'northfield-district-2009-10-ddd-partner.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('## 1. Principals as instructional leaders');
    expect(text).toMatch(/\| School leaders \| Observe mathematics lessons \| 2 hours a day \|/);
    expect(text).toMatch(/\| Supervisors \| principals \| observing mathematics \|/);

    const calendar = warrant(['calendar', '--district', 'Northfield District', '--cycle', '2009-10', '--json', '--db', db]).json();
    expect(calendar[0].calendar.find((s: any) => s.key === 'ddd')).toMatchObject({ state: 'done', detail: 'version 1 issued; 1 strategy' });

    // The district keeps its first year's documents once the next year has begun, newest year first.
    expect(warrant(['feedback', 'sent', '--district', 'Northfield District', '--cycle', '2009-10', '--on', '2010-05-14', '--db', db]).code).toBe(0);
    const shared = warrant(['shared', '--district', 'Northfield District', '--json', '--db', db]).json();
    expect(shared.cycles.map((c: any) => c.cycle)).toEqual(['2010-11', '2009-10']);
    expect(shared.cycles[0]).toMatchObject({ versions: [], memberChecks: [], reportsSent: [] });
    expect(shared.cycles[1]).toMatchObject({ versions: [{ number: 1 }], reportsSent: [{ version: 1, sentOn: '2010-05-14', reason: 'first version' }] });
    expect(warrant(['shared', '--district', 'Northfield District', '--db', db]).stdout).toMatch(
      /^Northfield District, 2010-11\n {2}nothing shared yet\nNorthfield District, 2009-10\n {2}design document version 1 \S+ issued \d{4}-\d\d-\d\d\n {2}feedback report version 1 sent on 2010-05-14\n$/,
    );
  });
  it("writes the feedback report's narratives from a file or --text as versions, shows them, and puts them in the report", () => {
    const db = tempDb();
    expect(warrant(['import', writeBundleFiles(VALID_BUNDLE), '--db', db]).code).toBe(0);
    const strategy = warrant([
      'strategy',
      'add',
      'Instructional leadership',
      '--district',
      'Northfield District',
      '--cycle',
      '2009-10',
      '--goal',
      'Principals observe weekly.',
      '--json',
      '--db',
      db,
    ]).json();
    const file = join(temporaryFolder('warrant-narrative-'), 'summary.txt');
    writeFileSync(file, '\uFEFFPrincipals observe more.\n\nLearning Walks lag behind.\n');
    const at = ['--district', 'Northfield District', '--cycle', '2009-10', '--db', db];
    const first = warrant(['feedback', 'narrative', 'set', file, '--section', 'summary', ...at]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^fbn_\w+ v1: summary/);
    const stale = warrant(['feedback', 'narrative', 'set', '--section', 'summary', '--text', 'Shorter.', ...at]);
    expect(stale.code).not.toBe(0);
    expect(stale.stderr).toMatch(/say which version your edit was made on \(expectedVersion 1, or --expected-version 1\)/);
    expect(
      warrant([
        'feedback',
        'narrative',
        'set',
        '--section',
        'summary',
        '--text',
        'Principals observe more; Learning Walks lag.',
        '--expected-version',
        '1',
        '--reason',
        'One paragraph',
        ...at,
      ]).stdout,
    ).toMatch(/ v2: summary/);
    expect(
      warrant(['feedback', 'narrative', 'set', '--section', `strategy:${strategy.strategy.id}`, '--text', 'Observation is the heart of it.', ...at]).code,
    ).toBe(0);
    const unknown = warrant(['feedback', 'narrative', 'set', '--section', 'preface', '--text', 'x', ...at]);
    expect(unknown.stderr).toMatch(/the section is one of: summary, introduction, closing, or strategy:/);
    expect(warrant(['feedback', 'narrative', 'set', file, '--section', 'closing', '--text', 'x', ...at]).stderr).toMatch(
      /either as a file or with --text, not both/,
    );
    const shown = warrant(['feedback', 'narrative', 'show', ...at]);
    expect(shown.stdout).toContain('Principals observe more; Learning Walks lag.');
    expect(shown.stdout).toMatch(/Strategy narrative stg_\w+ fbn_\w+ v1/);
    expect(
      warrant(['feedback', 'narrative', 'show', '--json', ...at])
        .json()
        .map((n: { section: string; version: number }) => [n.section, n.version]),
    ).toEqual([
      [`strategy:${strategy.strategy.id}`, 1],
      ['summary', 2],
    ]);
    const out = join(temporaryFolder('warrant-dfrr-'), 'dfrr.md');
    expect(
      warrant([
        'report',
        'dfrr',
        '--district',
        'Northfield District',
        '--cycle',
        '2009-10',
        '--audience',
        'team',
        '--format',
        'md',
        '--with-design-appendix',
        '-o',
        out,
        '--db',
        db,
      ]).code,
    ).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toMatch(/## Summary\s+Principals observe more; Learning Walks lag\./);
    expect(md).toMatch(/## 1\. Instructional leadership\s+Observation is the heart of it\./);
    expect(md).toContain('## Appendix: the design of each strategy');
  });

  it('warns when text for partners names a participant, and tells which statements of a sent report lost their evidence since', () => {
    const db = tempDb();
    expect(warrant(['import', writeBundleFiles(VALID_BUNDLE), '--db', db]).code).toBe(0);
    const isf = warrant(['isf', 'create', 'T01-0910', '--json', '--db', db]).json();
    const excerpt = warrant(['excerpt', 'T01-0910', '--quote', 'Maybe twice this year', '--json', '--db', db]).json();
    const entry = warrant(['isf', 'write', isf.isf.id, 'work_with_school_leaders', 'Observed twice.', '--cite', excerpt.id, '--json', '--db', db]).json();
    const summary = warrant([
      'summary',
      'create',
      '--district',
      'Northfield District',
      '--cycle',
      '2009-10',
      '--school',
      'Maple Middle School',
      '--json',
      '--db',
      db,
    ]).json();
    const claim = warrant(['claim', 'add', summary.id, 'Rarely observed.', '--cite', entry.id, '--json', '--db', db]).json();
    const finding = warrant([
      'finding',
      'add',
      'Principals rarely observe.',
      '--district',
      'Northfield District',
      '--cite',
      claim.claim.id,
      '--cycle',
      '2009-10',
      '--json',
      '--db',
      db,
    ]).json();

    const named = warrant([
      'strategy',
      'add',
      'Instructional leadership',
      '--district',
      'Northfield District',
      '--cycle',
      '2009-10',
      '--goal',
      'The Maple principal observes weekly, as ms. rivera asked.',
      '--json',
      '--db',
      db,
    ]);
    expect(named.code).toBe(0);
    expect(named.stderr).toContain(
      'warning: this names a participant (“Maple principal”: Principal Gray, the one school leader interviewed at Maple Middle School)',
    );
    expect(named.stderr).toContain('warning: this names a participant (“ms. rivera”: Ms. Rivera)');
    const strategy = named.json();
    const support = warrant([
      'strategy',
      'support',
      strategy.strategy.id,
      'Learning Walks',
      '--type',
      'organizational_routine',
      '--for',
      'school_leader',
      '--json',
      '--db',
      db,
    ]).json();
    const assessed = warrant(['implementation', support.row.id, '--text', 'Held twice.', '--verdict', 'partly', '--finding', finding.finding.id, '--db', db]);
    expect(assessed.code).toBe(0);
    expect(assessed.stderr).toBe('');
    // What the district would read names a participant: it is not sent until reworded.
    const send = ['feedback', 'sent', '--district', 'Northfield District', '--cycle', '2009-10', '--on', '2010-05-20', '--db', db];
    const refused = warrant(send);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('would name a participant (“Maple principal”');
    const reworded = ['strategy', 'edit', strategy.strategy.id, '--goal', 'The principal observes weekly.', '--expected-version', '1', '--db', db];
    expect(warrant(reworded).code).toBe(0);
    const sent = warrant(send);
    expect(sent.code).toBe(0);
    expect(sent.stdout).toMatch(/^fbr_\w+: version 1, sent on 2010-05-20, is kept as sent\n$/);
    expect(warrant(['check', '--db', db]).stdout).not.toMatch(/implementation/);

    expect(warrant(['retire', excerpt.id, '--reason', 'Consent withdrawn', '--db', db]).code).toBe(0);
    const check = warrant(['check', '--db', db]);
    expect(check.stdout).toMatch(
      new RegExp(
        `review  implementation  +imp_\\w+  How “Learning Walks” was implemented: Held twice\\. \\(the feedback report of Northfield District, 2009-10\\)`,
      ),
    );
    // In words, without the records' IDs, and what to do about it.
    expect(check.stdout).toMatch(
      /rests on the finding › the claim › the ISF entry › the passage, withdrawn on \d{4}-\d\d-\d\d, after the report was sent on 2010-05-20: tell the district, and send a corrected report/,
    );
    expect(check.stdout).not.toContain(excerpt.id);
  });
});

describe('memos and retrieval on the command line', () => {
  it('writes, edits, lists, searches and shows memos; retrieves, queries, counts and exports coded segments', () => {
    const db = tempDb();
    expect(warrant(['import', writeBundleFiles(VALID_BUNDLE), '--db', db, '--as', 'Ana Morales']).code).toBe(0);
    const onInterview = warrant([
      'memo',
      'add',
      'Tuesday meetings',
      '--text',
      'Only about the pacing calendar.',
      '--kind',
      'interview',
      '--on',
      'T01-0910',
      '--json',
      '--db',
      db,
    ]).json();
    expect(onInterview).toMatchObject({ title: 'Tuesday meetings', subject: { kind: 'interview', label: 'interview T01-0910' }, version: 1 });
    const free = warrant(['memo', 'add', 'Time', '--text', 'Everyone talks about time.', '--db', db]);
    expect(free.stdout).toMatch(/wrote the memo "Time" \(free-standing\) mmo_/);
    const edited = warrant([
      'memo',
      'edit',
      onInterview.id,
      '--text',
      'About the pacing calendar, never student work.',
      '--expected-version',
      '1',
      '--reason',
      'reread',
      '--json',
      '--db',
      db,
    ]).json();
    expect(edited.version).toBe(2);
    const stale = warrant(['memo', 'edit', onInterview.id, '--text', 'x', '--expected-version', '1', '--db', db]);
    expect(stale.code).not.toBe(0);
    expect(stale.stderr).toMatch(/was changed by someone else/);
    expect(
      warrant(['memo', 'list', '--kind', 'none', '--json', '--db', db])
        .json()
        .map((m: any) => m.title),
    ).toEqual(['Time']);
    expect(
      warrant(['memo', 'search', '"student work" OR giraffe', '--json', '--db', db])
        .json()
        .map((m: any) => m.title),
    ).toEqual(['Tuesday meetings']);
    const shown = warrant(['memo', 'show', onInterview.id, '--db', db]).stdout;
    expect(shown).toMatch(/memo\.update\s+v2 .*: reread/);
    expect(warrant(['retire', onInterview.id, '--reason', 'folded into the ISF', '--db', db]).code).toBe(0);
    expect(
      warrant(['memo', 'list', '--json', '--db', db])
        .json()
        .map((m: any) => m.title),
    ).toEqual(['Time']);

    const missing = warrant(['coded', 'Pacing', '--db', db]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/code "Pacing" does not exist/);
    expect(warrant(['matrix', '--by', 'gender', '--db', db]).stderr).toMatch(/by: "gender" is not what a matrix is drawn by/);
    expect(warrant(['matrix', '--by', 'role', '--json', '--db', db]).json()).toMatchObject({ by: 'role', cells: [] });
    expect(warrant(['cooccurrence', '--json', '--db', db]).json()).toMatchObject({ cells: [] });
    expect(warrant(['code-query', 'Pacing NEAR 3 Coach', '--db', db]).stderr).toMatch(/say within how many turns, as NEAR\/3/);
    const file = join(temporaryFolder('warrant-coded-'), 'segments.csv');
    expect(warrant(['coded', 'export', file, '--db', db]).stdout).toMatch(/wrote 0 coded segments \(17 columns\)/);
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe(
      'coding_id,code,code_id,coder,interview,interview_id,date,protocol,cycle,participant,role_group,district,school,passage_id,start_offset,end_offset,text',
    );
    expect(warrant(['coded', 'export', 'segments.txt', '--db', db]).stderr).toMatch(/segments\.txt: the file's name ends in \.csv or \.xlsx/);
  }, 300_000);
});
