import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { temporaryFolder } from './support/temporary-folders.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'warrant.js');

function warrant(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', WARRANT_DATABASE_URL: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as any };
}

describe('the codebook on the command line', () => {
  it('adds, defines, moves, merges and splits codes, shows their history, and exports and imports the codebook', () => {
    const dir = temporaryFolder('warrant-codebook-cli-');
    const db = join(dir, 'warrant.db');
    expect(warrant(['import', writeBundleFiles(VALID_BUNDLE), '--db', db]).code).toBe(0);
    const w = (...args: string[]) => warrant([...args, '--db', db, '--as', 'Ana Morales']);

    const supports = w('code', 'add', 'Supports', '--definition', 'Help offered.', '--colour', 'rgb(89,161,79)', '--json').json();
    expect(supports).toMatchObject({ name: 'Supports', colour: '#59a14f', version: 1 });
    const coaching = w('code', 'add', 'Coaching', '--parent', 'Supports', '--json').json();
    expect(coaching.path).toBe('Supports > Coaching');
    w('code', 'add', 'Coach support');
    w('code', 'add', 'Role of the teacher');
    const refused = w('code', 'add', 'coaching', '--parent', 'Supports');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/already has a code named "Coaching"/);
    expect(w('code', 'add', 'X', '--colour', 'teal').stderr).toMatch(/colour: "teal" is not a colour/);

    const defined = w('code', 'define', 'Supports > Coaching', '--exclusion', 'Evaluation.', '--expected-version', '1', '--reason', 'agreed', '--json').json();
    expect(defined).toMatchObject({ exclusion: 'Evaluation.', version: 2 });
    expect(w('code', 'define', 'Coaching', '--example', 'x', '--expected-version', '1', '--reason', 'late').stderr).toMatch(/changed by someone else/);
    expect(w('code', 'move', 'Role of the teacher', '--under', 'Supports', '--position', '1', '--expected-version', '1', '--reason', 'a support').code).toBe(0);
    const merged = w('code', 'merge', 'Coach support', 'Coaching', '--expected-version', '1', '--reason', 'the same idea', '--json').json();
    expect(merged.source).toMatchObject({ mergedIntoId: coaching.id });
    const split = w(
      'code',
      'split',
      'Role of the teacher',
      'Teacher as facilitator',
      'Teacher as explainer',
      '--expected-version',
      '2',
      '--reason',
      'two visions',
    );
    expect(split.stdout).toMatch(/split "Role of the teacher" into "Teacher as facilitator"/);

    const list = w('code', 'list', '--json').json();
    expect(list.map((c: any) => `${c.depth}:${c.name}`)).toEqual([
      '0:Supports',
      '1:Role of the teacher',
      '1:Teacher as facilitator',
      '1:Teacher as explainer',
      '1:Coaching',
    ]);
    const history = w('code', 'history', 'Coaching', '--json').json();
    expect(history.entries.map((e: any) => [e.action, e.reason])).toEqual([
      ['code.create', null],
      ['code.update', 'agreed'],
      ['code.merged_in', 'the same idea'],
    ]);
    expect(history.mergedFrom.map((c: any) => c.name)).toEqual(['Coach support']);
    expect(w('code', 'history', 'Coaching').stdout).toMatch(/code\.update .*agreed/);

    const qdc = join(dir, 'codebook.qdc');
    expect(w('codebook', 'export', qdc).stdout).toBe(`wrote 5 codes to ${qdc}\n`);
    expect(readFileSync(qdc, 'utf8')).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    const csv = join(dir, 'codebook.csv');
    expect(w('codebook', 'export', csv).code).toBe(0);
    expect(readFileSync(csv, 'utf8').split('\n')[2]).toMatch(/^Role of the teacher,Supports,/);

    // Into another database: the codes come with their GUIDs; a second import changes nothing.
    const other = join(dir, 'other.db');
    expect(warrant(['import', writeBundleFiles(VALID_BUNDLE), '--db', other]).code).toBe(0);
    const first = warrant(['codebook', 'import', qdc, '--db', other, '--json']).json();
    expect(first.added.map((c: any) => c.name)).toEqual(['Supports', 'Role of the teacher', 'Teacher as facilitator', 'Teacher as explainer', 'Coaching']);
    expect(first.added[0].guid).toBe(supports.guid);
    expect(warrant(['codebook', 'import', qdc, '--db', other]).stdout).toMatch(/0 added, 0 updated, 5 unchanged/);

    const bad = join(dir, 'bad.qdc');
    writeFileSync(bad, '<?xml version="1.0"?>\n<!DOCTYPE CodeBook [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<CodeBook/>');
    const refusedFile = warrant(['codebook', 'import', bad, '--db', other]);
    expect(refusedFile.code).not.toBe(0);
    expect(refusedFile.stderr).toMatch(/bad\.qdc, line 2: .*DOCTYPE/);
    expect(warrant(['codebook', 'import', join(dir, 'codes.txt'), '--db', other]).stderr).toMatch(/\.qdc or a \.csv/);
  }, 400_000);
});
