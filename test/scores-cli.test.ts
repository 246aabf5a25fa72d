import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
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

const levels = [1, 2, 3, 4].map((value) => ({ value, descriptor: `discourse at level ${value}` }));

describe('rubrics and construct scores on the command line', () => {
  it('adds a rubric from a file, scores interviews citing their words, and reads trajectories and distributions', () => {
    const dir = temporaryFolder('warrant-scores-cli-');
    const db = ['--db', join(dir, 'warrant.db')];
    const as = ['--as', 'lead@example.org'];
    expect(warrant(['import', writeBundleFiles(VALID_BUNDLE), ...db, ...as]).code).toBe(0);
    expect(
      warrant(['user', 'add', '--email', 'lead@example.org', '--name', 'Lead', '--role', 'lead', '--password-stdin', ...db], 'a long enough password\n').code,
    ).toBe(0);

    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ name: 'Vision', dimensions: [{ name: 'Classroom discourse', levels: [...levels, { value: 2, descriptor: 'again' }] }] }),
    );
    expect(warrant(['rubric', 'add', bad, ...db, ...as])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining(`${bad}: dimensions[0].levels[4].value: "Classroom discourse" has two levels of value 2`),
    });
    expect(warrant(['rubric', 'list', '--json', ...db]).json()).toEqual([]);

    const file = join(dir, 'vision.json');
    writeFileSync(
      file,
      JSON.stringify({
        name: 'Vision',
        dimensions: [
          { name: 'Classroom discourse', levels },
          { name: 'Mathematical tasks', levels },
        ],
      }),
    );
    expect(warrant(['rubric', 'add', file, ...db, ...as]).stdout).toMatch(/defined the rubric "Vision": 2 dimensions/);
    expect(warrant(['rubric', 'show', ...db]).stdout).toMatch(/Classroom discourse\n {2}1 {2}Level 1: discourse at level 1/);

    const score = (interview: string, level: string, ...more: string[]) =>
      warrant(['score', interview, '--dimension', 'Classroom discourse', '--level', level, ...more, ...db, ...as]);
    expect(score('T01-0910', '1', '--cite', 'We rarely look at student work together.').stdout).toMatch(
      /T01-0910 scored 1 \(Level 1\) on Classroom discourse, version 1, citing 1 passage/,
    );
    expect(score('T01-0910', '2', '--turn', '1')).toMatchObject({ code: 2, stderr: expect.stringContaining('--expected-version 1') });
    expect(score('T01-0910', '2', '--turn', '1', '--expected-version', '1', '--reason', 'read again').stdout).toMatch(/scored 2 .* version 2/);
    expect(score('T01-1011', '3', '--cite', 'Now we bring student work to the Tuesday meeting.').code).toBe(0);
    expect(score('T03-0910', '3').stderr).toMatch(/cite the passages of the interview that justify the score/);

    const path = warrant(['scores', '--participant', 'T01', '--json', ...db]).json();
    expect(path.dimensions[0].points.map((p: any) => [p.cycleLabel, p.level, p.change])).toEqual([
      ['2009-10', 2, null],
      ['2010-11', 3, 1],
    ]);
    expect(warrant(['scores', '--participant', 'T01', ...db]).stdout).toMatch(/Classroom discourse\s+2\s+3 \(\+1\)/);
    const byRole = warrant(['scores', '--by', 'role', '--json', ...db]).json();
    expect(byRole.rows.find((r: any) => r.cycleLabel === '2010-11' && r.dimensionName === 'Classroom discourse')).toMatchObject({
      groupLabel: 'Teachers',
      participants: 1,
      previousMean: 2,
      change: { improved: 1, meanChange: 1, quality: 'improved' },
    });
    expect(warrant(['scores', '--by', 'district', ...db]).stdout).toMatch(/Northfield District\s+2010-11\s+1/);
    expect(warrant(['scores', '--interview', 'T01-0910', ...db]).stdout).toMatch(/Classroom discourse\s+2 Level 2\s+Lead\s+2/);
    expect(warrant(['scores', '--by', 'school', ...db])).toMatchObject({ code: 2, stderr: expect.stringContaining('role, district, cycle') });
  });
});
