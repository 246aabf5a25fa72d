import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { temporaryFolder } from './support/temporary-folders.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'warrant.js');

function warrant(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', WARRANT_DATABASE_URL: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as any };
}

describe("participants' attributes on the command line", () => {
  it('defines attributes, sets and lists values, refuses one that does not fit naming the attribute, and corrects past interviews when asked', () => {
    const db = ['--db', join(temporaryFolder('warrant-attributes-cli-'), 'warrant.db'), '--as', 'Ana Morales'];
    expect(warrant(['import', writeBundleFiles(VALID_BUNDLE), ...db]).code).toBe(0);

    expect(warrant(['attribute', 'add', 'years of experience', '--kind', 'number', ...db]).stdout).toMatch(
      /defined the participant attribute "years of experience" \(number\)/,
    );
    expect(warrant(['attribute', 'add', 'grades taught', '--kind', 'choices', '--choices', '6,7,8', ...db]).code).toBe(0);
    expect(warrant(['attribute', 'add', 'band', '--kind', 'choice', ...db])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/choices: band is one of the choices: list them/),
    });
    expect(warrant(['attribute', 'list', '--json', ...db]).json()).toEqual([
      expect.objectContaining({ name: 'years of experience', kind: 'number', choices: [], version: 1 }),
      expect.objectContaining({ name: 'grades taught', kind: 'choices', choices: ['6', '7', '8'] }),
    ]);

    const refused = warrant([
      'participant',
      'edit',
      'T01',
      '--set',
      'years of experience=12 yrs',
      '--expected-version',
      '1',
      '--reason',
      'from the interview',
      ...db,
    ]);
    expect(refused).toMatchObject({ code: 2, stderr: expect.stringContaining('years of experience is a number; "12 yrs" is not') });
    expect(warrant(['participant', 'edit', 'T01', '--set', 'years of experience', '--expected-version', '1', '--reason', 'x', ...db]).stderr).toMatch(
      /--set: "years of experience" is not an attribute and its value/,
    );
    const set = warrant([
      'participant',
      'edit',
      'T01',
      '--set',
      'years of experience=12',
      '--set',
      'grades taught=8, 7',
      '--expected-version',
      '1',
      '--reason',
      'from the interview',
      ...db,
    ]);
    expect(set).toMatchObject({ code: 0, stdout: expect.stringMatching(/T01 is at version 2/) });
    const listed = warrant(['participant', 'list', '--where', 'grades taught=7', '--json', ...db]).json();
    expect(listed).toEqual([expect.objectContaining({ code: 'T01', attributes: { 'years of experience': 12, 'grades taught': ['7', '8'] }, version: 2 })]);
    expect(warrant(['participant', 'list', ...db]).stdout).toMatch(/years of experience\s+grades taught\s+Version[\s\S]*T01\s.*\s12\s+7, 8\s+2/);

    // A move keeps the past interviews as given; a correction corrects them, each with the reason.
    const corrected = warrant([
      'participant',
      'edit',
      'T02',
      '--role',
      'coach',
      '--school',
      'Oak Middle School',
      '--also-past-interviews',
      '--expected-version',
      '1',
      '--reason',
      'was always the coach at Oak',
      '--json',
      ...db,
    ]);
    expect(corrected.json()).toMatchObject({ code: 'T02', role: 'coach', version: 2, interviewsCorrected: 1, interviewsKept: 0 });
    const interviews = warrant(['interviews', '--participant', 'T02', '--json', ...db]);
    expect(interviews.code).toBe(0);
    expect(interviews.json()).toEqual([expect.objectContaining({ code: 'T02-0910', role: 'coach', organization_name: 'Oak Middle School', version: 2 })]);
  });
});
