import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from './support/temporary-folders.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'warrant.js');

function warrant(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', WARRANT_DATABASE_URL: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as any };
}

describe('starting a partnership on the command line', () => {
  it('creates a partnership, its districts, schools, cycles and participants, and refuses bad input naming the field', () => {
    const db = ['--db', join(temporaryFolder('warrant-setup-cli-'), 'warrant.db'), '--as', 'Ana Morales'];
    expect(warrant(['stats', ...db]).stderr).toMatch(/warrant partnership create NAME/);
    const created = warrant(['partnership', 'create', 'Riverton RPP', '--cycle', '2009-10', '--quote-minimum', '4', '--json', ...db]);
    expect(created.code).toBe(0);
    expect(created.json()).toMatchObject({ name: 'Riverton RPP', quoteMinimum: 4, cycles: ['2009-10'] });
    expect(warrant(['partnership', 'create', 'Riverton RPP', ...db])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/name: a partnership named "Riverton RPP" already exists/),
    });

    expect(warrant(['district', 'add', 'Riverton', ...db]).code).toBe(0);
    expect(warrant(['district', 'add', 'Lakeside', ...db]).code).toBe(0);
    expect(warrant(['district', 'add', 'Riverton', ...db]).stderr).toMatch(/name: the partnership already has a district named "Riverton"/);
    expect(warrant(['school', 'add', 'Oak Ridge Middle School', '--district', 'Riverton', ...db]).code).toBe(0);
    expect(warrant(['school', 'add', 'Oak Ridge Middle School', '--district', 'Lakeside', ...db]).code).toBe(0);
    expect(warrant(['school', 'add', 'Elm Middle School', '--district', 'Nowhere', ...db]).stderr).toMatch(/district: there is no district "Nowhere"/);
    expect(warrant(['cycle', 'add', '2010-11', ...db]).code).toBe(0);
    expect(warrant(['cycle', 'add', '2010-12', ...db]).stderr).toMatch(/label: "2010-12" is not a school year/);

    const ambiguous = warrant(['participant', 'add', '--pseudonym', 'Ms. Rivera', '--role', 'teacher', '--school', 'Oak Ridge Middle School', ...db]);
    expect(ambiguous.stderr).toMatch(/"Oak Ridge Middle School \(Lakeside\)" or "Oak Ridge Middle School \(Riverton\)"/);
    const teacher = warrant([
      'participant',
      'add',
      '--pseudonym',
      'Ms. Rivera',
      '--role',
      'teacher',
      '--school',
      'Oak Ridge Middle School (Riverton)',
      '--json',
      ...db,
    ]);
    expect(teacher.json()).toMatchObject({ code: 'T01', role: 'teacher' });
    const leader = warrant(['participant', 'add', '--pseudonym', 'Dr. Amari', '--role', 'district_leader', '--district', 'Lakeside', '--id', 'LK-D01', ...db]);
    expect(leader).toMatchObject({ code: 0, stdout: expect.stringMatching(/added LK-D01, Dr\. Amari \(district leader, Lakeside\)/) });
    expect(
      warrant(['participant', 'add', '--pseudonym', 'Mr. Osei', '--role', 'principal', '--school', 'Oak Ridge Middle School (Lakeside)', ...db]).stderr,
    ).toMatch(/role: "principal" is not a role group \(one of teacher, coach, school_leader, district_leader\)/);
    expect(
      warrant(['participant', 'edit', 'T01', '--school', 'Oak Ridge Middle School (Lakeside)', '--expected-version', '1', '--reason', 'moved schools', ...db])
        .stdout,
    ).toMatch(/T01 is at version 2/);
    expect(warrant(['participant', 'list', '--json', ...db]).json()).toEqual([
      expect.objectContaining({ code: 'LK-D01', organization: 'Lakeside' }),
      expect.objectContaining({ code: 'T01', organization: 'Oak Ridge Middle School', version: 2 }),
    ]);
    expect(warrant(['stats', '--json', ...db]).json()).toMatchObject({ districts: 2, schools: 2, participants: { total: 2 } });

    // The first interview, typed up by hand: no bundle, roster or interviews.csv.
    const file = join(temporaryFolder('warrant-setup-cli-transcript-'), 'rivera.txt');
    writeFileSync(file, 'Interviewer: How often does the coach visit?\nMs. Rivera: Twice a month.\n');
    const interview = ['interview', 'add', '--participant', 'T01', '--cycle', '2009-10', '--date', '2010-01-12', file, ...db];
    expect(warrant([...interview.slice(0, -db.length - 1), 'rivera.docx', ...db]).stderr).toMatch(/no such file|ENOENT|does not exist/i);
    const added = warrant(interview);
    expect(added).toMatchObject({ code: 0, stdout: 'T01-0910: interview of 2010-01-12 added, 2 turns (interviewer: "Interviewer")\n' });
    expect(warrant(['interviews', '--json', ...db]).json()).toEqual([
      expect.objectContaining({ code: 'T01-0910', date: '2010-01-12', interviewer: 'Ana Morales', role: 'teacher' }),
    ]);
    expect(warrant([...interview.slice(0, 6), '--date', '2010-09-01', file, ...db]).stderr).toMatch(
      /2010-09-01 is outside the 2009-10 school year \(July to June\)/,
    );
  });
});
