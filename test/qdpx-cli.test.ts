import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { brokenLaterSources } from './support/refi-qda-projects.js';
import { temporaryFolder } from './support/temporary-folders.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'warrant.js');
const SAMPLES = 'test/support/refi-qda/samples';

function warrant(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', WARRANT_DATABASE_URL: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as any };
}

describe('warrant qdpx', () => {
  it('exports the demo partnership, one district and one cycle, and checks what it wrote', () => {
    const dir = temporaryFolder('warrant-qdpx-cli-');
    const db = ['--db', join(dir, 'warrant.db'), '--as', 'Ana Morales'];
    expect(warrant(['demo', ...db]).code).toBe(0);
    const all = warrant(['qdpx', 'export', join(dir, 'all.qdpx'), ...db]);
    expect(all).toMatchObject({ code: 0, stdout: expect.stringMatching(/Wrote .*all\.qdpx .*\n {2}sources +\d+ transcripts/) });
    const cycle = warrant(['qdpx', 'export', join(dir, 'cycle.qdpx'), '--cycle', '2010-11', '--json', ...db]).json();
    expect(cycle.sources).toBeGreaterThan(0);
    expect(warrant(['qdpx', 'export', join(dir, 'x.qdpx'), '--district', 'Nowhere', ...db])).toMatchObject({
      code: 3,
      stderr: expect.stringContaining('Nowhere'),
    });

    const check = warrant(['qdpx', 'check', join(dir, 'cycle.qdpx'), '--json']).json();
    expect(check).toMatchObject({ file: 'cycle.qdpx', valid: true, problems: [], holds: { sources: cycle.sources, notes: cycle.notes } });
  }, 240_000);

  it('prints the validation report of real exports and of a hostile file, naming the file and element', () => {
    const demo = warrant(['qdpx', 'check', join(SAMPLES, 'demo.qdpx')]);
    expect(demo.code).toBe(0);
    expect(demo.stdout).toMatch(/demo\.qdpx: "qc project" from qc 1\.3\.2 can be read\n {2}holds {2}2 text sources, 158 selections, 205 codings/);
    expect(demo.stderr).toContain(
      'warning: project.qde: TextSource guid="33663939-3636-3632-3038-613431643463" (line 1): plainTextPath "board_2017.txt" has no internal:// prefix',
    );

    const dir = temporaryFolder('warrant-qdpx-cli-');
    const qde = '<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>';
    writeFileSync(join(dir, 'evil.qdpx'), zipSync({ 'project.qde': new TextEncoder().encode(qde) }));
    const evil = warrant(['qdpx', 'check', join(dir, 'evil.qdpx')]);
    expect(evil.code).toBe(1);
    expect(evil.stderr).toContain('error: project.qde: line 2: a DOCTYPE declaration is not accepted');
    expect(evil.stderr).toContain('evil.qdpx cannot be brought in: it has 1 error');
  });

  it('imports a project unattended, lists the documents no case placed, and assigns one', () => {
    const dir = temporaryFolder('warrant-qdpx-cli-');
    const db = ['--db', join(dir, 'warrant.db'), '--as', 'Ana Morales'];
    writeFileSync(join(dir, 'later.qdpx'), brokenLaterSources());
    const later = warrant(['qdpx', 'import', join(dir, 'later.qdpx'), ...db]);
    expect(later.code).toBe(1);
    expect(later.stderr).toContain('error: sources/b.txt: is not UTF-8 text');
    expect(later.stderr).toMatch(/error: project\.qde: PlainTextSelection guid="[^"]+" \(line 7\): ends at 99, past the end of its source/);
    const dry = warrant(['qdpx', 'import', join(SAMPLES, 'demo.qdpx'), '--dry-run', ...db]);
    expect(dry).toMatchObject({ code: 0, stdout: expect.stringContaining('nothing was written (--dry-run)') });
    const r = warrant(['qdpx', 'import', join(SAMPLES, 'demo.qdpx'), '--cycle', '2017-18', '--json', ...db]).json();
    expect(r).toMatchObject({ imported: true, partnership: { name: 'qc project', created: true }, interviews: { added: 2 }, codings: { added: 205 } });
    expect(r.unassigned.map((u: { interview: string }) => u.interview)).toEqual(['board_2017', 'admin-1']);
    const listed = warrant(['qdpx', 'unassigned', ...db]);
    expect(listed.stdout).toContain('2 documents to assign in "qc project":');
    expect(listed.stdout).toMatch(/ {2}board_2017 {2}from demo\.qdpx \("board_2017"\), [\d,]+ words; for now Teacher T0\d in qc project, cycle 2017-18/);
    const wrong = warrant(['qdpx', 'assign', 'board_2017', '--role', 'parent', '--cycle', '2017-18', '--reason', 'minutes', ...db]);
    expect(wrong).toMatchObject({ code: 2, stderr: expect.stringContaining('"parent" is not a role group') });
    const assigned = warrant([
      'qdpx',
      'assign',
      'board_2017',
      '--role',
      'district_leader',
      '--district',
      'Chicago',
      '--pseudonym',
      'Board member',
      '--cycle',
      '2017-18',
      '--reason',
      'the board meeting of 2017',
      ...db,
    ]);
    expect(assigned).toMatchObject({ code: 0, stdout: expect.stringContaining('Assigned board_2017: District leader') });
    expect(
      warrant(['qdpx', 'unassigned', '--json', ...db])
        .json()
        .map((d: { interview_code: string }) => d.interview_code),
    ).toEqual(['admin-1']);
    // The other document is the district leader's too: it goes to them, and the stand-in made for it goes.
    const both = warrant([
      'qdpx',
      'assign',
      'admin-1',
      '--participant',
      assignedTo(assigned.stdout),
      '--role',
      'teacher',
      '--cycle',
      '2017-18',
      '--reason',
      'x',
      ...db,
    ]);
    expect(both).toMatchObject({ code: 2, stderr: expect.stringContaining('either the participant') });
    const moved = warrant([
      'qdpx',
      'assign',
      'admin-1',
      '--participant',
      assignedTo(assigned.stdout),
      '--cycle',
      '2017-18',
      '--reason',
      'the same notes',
      '--json',
      ...db,
    ]).json();
    expect(moved).toMatchObject({ interview: 'admin-1', participant: assignedTo(assigned.stdout), role: 'district_leader', district: 'Chicago' });
    expect(warrant(['qdpx', 'unassigned', '--json', ...db]).json()).toEqual([]);
    // Again: nothing new comes in.
    const again = warrant(['qdpx', 'import', join(SAMPLES, 'demo.qdpx'), '--json', ...db]).json();
    expect(again).toMatchObject({ imported: true, interviews: { added: 0, unchanged: 2 }, codings: { added: 0 } });
  }, 240_000);
});

/** The participant ID in "Assigned X: Role CODE (pseudonym), …". */
const assignedTo = (stdout: string) => /Assigned \S+: [^(]*? (\S+) \(/.exec(stdout)![1]!;
