import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { temporaryFolder } from './support/temporary-folders.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'warrant.js');

function warrant(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', WARRANT_DATABASE_URL: '' },
    ...(input !== undefined && { input }),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as any };
}

describe('double coding and reconciliation on the command line', () => {
  it('assigns an interview to two coders blind, marks each done, reads agreement and disagreements, and records who decided and why', () => {
    const db = ['--db', join(temporaryFolder('warrant-assignments-cli-'), 'warrant.db')];
    const lead = [...db, '--as', 'lead@example.org'];
    const ana = [...db, '--as', 'ana@example.org'];
    const ben = [...db, '--as', 'ben@example.org'];
    expect(warrant(['import', writeBundleFiles(VALID_BUNDLE), ...lead]).code).toBe(0);
    for (const [email, name, role] of [
      ['lead@example.org', 'Lead', 'lead'],
      ['ana@example.org', 'Ana', 'analyst'],
      ['ben@example.org', 'Ben', 'analyst'],
      ['obs@example.org', 'Olu', 'observer'],
    ])
      expect(warrant(['user', 'add', '--email', email!, '--name', name!, '--role', role!, '--password-stdin', ...db], 'a long enough password\n').code).toBe(0);
    for (const name of ['Pacing', 'Feedback']) expect(warrant(['code', 'add', name, ...lead]).code).toBe(0);

    // Only members who code are assigned; nothing is assigned when one of them is refused.
    expect(warrant(['assign', 'T01-0910', '--coder', 'ana@example.org', '--coder', 'obs@example.org', ...lead])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/Olu is an observer and does not code/),
    });
    expect(warrant(['assign', 'T01-0910', '--coder', 'nobody@example.org', ...lead]).stderr).toMatch(/nobody@example\.org is not a member of the partnership/);
    expect(warrant(['assignments', '--json', ...lead]).json()).toEqual([]);

    const assigned = warrant(['assign', 'T01-0910', '--coder', 'ana@example.org', '--coder', 'BEN@example.org', ...lead]);
    expect(assigned.code).toBe(0);
    expect(assigned.stdout).toMatch(/T01-0910\s+Ana\s+\d{4}-\d\d-\d\d\s+not yet/);
    expect(assigned.stdout).toMatch(/T01-0910\s+Ben\s+\d{4}-\d\d-\d\d\s+not yet/);
    // Assigning again keeps the assignments made before.
    expect(warrant(['assign', 'T01-0910', '--coder', 'ana@example.org', '--json', ...lead]).json()).toHaveLength(2);

    // Ana codes turn 1 with both codes, Ben with Pacing only; each sees only their own until done.
    expect(warrant(['coding', 'add', 'T01-0910', '--code', 'Pacing', '--code', 'Feedback', '--turn', '1', ...ana]).code).toBe(0);
    expect(warrant(['coding', 'add', 'T01-0910', '--code', 'Pacing', '--turn', '1', ...ben]).code).toBe(0);
    expect(warrant(['coding', 'list', 'T01-0910', '--json', ...ana]).json()).toMatchObject({ othersShown: false, codings: [{}, {}] });

    expect(warrant(['assignment', 'done', 'T01-0910', ...ana]).stdout).toMatch(/your coding of T01-0910 is done/);
    expect(warrant(['coding', 'list', 'T01-0910', '--json', ...ana]).json().codings).toHaveLength(3);
    // One coder done is not double coding yet; and Ben, still at work, sees nothing of its agreement.
    expect(warrant(['agreement', '--json', ...lead]).json().interviews).toEqual([]);
    expect(warrant(['assignment', 'done', 'T01-0910', ...ben]).code).toBe(0);
    expect(warrant(['assignment', 'reopen', 'T01-0910', ...ben]).stdout).toMatch(/open again/);
    expect(warrant(['disagreements', '--json', ...ben]).json()).toEqual({ total: 0, disagreements: [] });
    expect(warrant(['assignment', 'done', 'T01-0910', ...ben]).code).toBe(0);

    const assignments = warrant(['assignments', '--coder', 'ana@example.org', '--json', ...lead]).json();
    expect(assignments).toEqual([expect.objectContaining({ interviewCode: 'T01-0910', coderName: 'Ana', doneAt: expect.any(String) })]);

    const agreement = warrant(['agreement', '--json', ...lead]).json();
    expect(agreement.interviews).toEqual([expect.objectContaining({ code: 'T01-0910' })]);
    expect(agreement.coders.map((c: { name: string }) => c.name)).toEqual(expect.arrayContaining(['Ana', 'Ben']));
    const byCode = Object.fromEntries(agreement.codes.map((c: { code: string }) => [c.code, c]));
    expect(byCode.Pacing).toMatchObject({ percentAgreement: 1, disagreements: 0 });
    expect(byCode.Feedback).toMatchObject({ disagreements: 1, reconciled: 0, appliedBy: expect.any(Object) });
    expect(warrant(['agreement', '--code', 'Feedback', ...lead]).stdout).toMatch(/Feedback\s+\S+\s+\S+\s+75\.0%\s+\S+\s+1\s+0/);

    const side = warrant(['disagreements', 'T01-0910', '--code', 'Feedback', ...lead]).stdout;
    expect(side).toMatch(/T01-0910 turn 1 · Feedback/);
    expect(side).toMatch(/Ms\. Rivera: “Our grade-level team meets on Tuesdays/);
    expect(side).toMatch(/applied by Ana cdg_/);
    expect(side).toMatch(/not applied by Ben/);
    expect(side).toMatch(/not reconciled yet/);

    // The decision needs its unit, one way, and its reason; the coder still at work may not decide.
    expect(warrant(['reconcile', 'T01-0910', '--code', 'Feedback', '--decision', 'not_applied', '--turn', '1', ...lead]).code).toBe(2);
    expect(
      warrant([
        'reconcile',
        'T01-0910',
        '--code',
        'Feedback',
        '--decision',
        'not_applied',
        '--turn',
        '1',
        '--start',
        '0',
        '--end',
        '3',
        '--reason',
        'r',
        ...lead,
      ]).stderr,
    ).toMatch(/one way: --turn N, or --start S --end E/);
    expect(warrant(['reconcile', 'T01-0910', '--code', 'Feedback', '--decision', 'maybe', '--turn', '1', '--reason', 'r', ...lead]).stderr).toMatch(
      /applied or not_applied/,
    );
    expect(warrant(['reconciliations', '--json', ...lead]).json()).toEqual([]);

    const reason = 'Read together: the turn is about the team meeting, not about feedback on teaching.';
    const decided = warrant(['reconcile', 'T01-0910', '--code', 'Feedback', '--decision', 'not-applied', '--turn', '1', '--reason', reason, ...lead]);
    expect(decided.code).toBe(0);
    expect(decided.stdout).toMatch(/T01-0910 turn 1: "Feedback" does not apply decided by Lead on \d{4}-\d\d-\d\d/);
    expect(decided.stdout).toContain(`why: ${reason}`);

    const listed = warrant(['reconciliations', '--code', 'Feedback', '--json', ...lead]).json();
    expect(listed).toEqual([expect.objectContaining({ decision: 'not_applied', turnSeq: 1, decidedByName: 'Lead', reason, codingId: null })]);
    expect(warrant(['reconciliations', ...lead]).stdout).toMatch(/T01-0910 turn 1: "Feedback" does not apply decided by Lead/);
    expect(warrant(['disagreements', '--json', ...lead]).json().disagreements[0].reconciliation).toMatchObject({ decision: 'not_applied', reason });
    expect(
      Object.fromEntries(
        warrant(['agreement', '--json', ...lead])
          .json()
          .codes.map((c: { code: string; reconciled: number }) => [c.code, c.reconciled]),
      ),
    ).toMatchObject({ Feedback: 1 });
    expect(warrant(['history', listed[0].id, ...lead]).stdout).toContain(reason);

    // Reopened, Ana is blind again: she sees no decision on the interview.
    expect(warrant(['assignment', 'reopen', 'T01-0910', ...ana]).code).toBe(0);
    expect(warrant(['reconciliations', '--json', ...ana]).json()).toEqual([]);
    expect(warrant(['reconcile', 'T01-0910', '--code', 'Pacing', '--decision', 'applied', '--turn', '1', '--reason', 'r', ...ana]).stderr).toMatch(
      /mark your coding done before reconciling it/,
    );

    expect(warrant(['assignment', 'done', 'T03-0910', ...ana])).toMatchObject({ code: 3, stderr: expect.stringMatching(/not assigned to code T03-0910/) });
    expect(warrant(['assignment', 'withdraw', 'T01-0910', '--coder', 'ben@example.org', '--reason', 'left the team', ...lead]).stdout).toMatch(
      /Ben is no longer assigned to code T01-0910/,
    );
    expect(
      warrant(['assignments', '--interview', 'T01-0910', '--json', ...lead])
        .json()
        .map((a: { coderName: string }) => a.coderName),
    ).toEqual(['Ana']);
  }, 300_000);
});
