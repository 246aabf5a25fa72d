import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/cli/exit-codes.js';
import { ROSTER, VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { closeTo, EXPECTED_STATISTICS, STATISTICS_FIXTURES } from './support/reference-values.js';
import { temporaryFolder } from './support/temporary-folders.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'warrant.js');

function warrant(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', WARRANT_DATABASE_URL: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as any };
}

const expected = EXPECTED_STATISTICS.stored;
const fixture = (name: string) => join(STATISTICS_FIXTURES, name);

describe('warrant instrument and warrant measure', () => {
  it('defines a reverse-coded item and a scale, then describes it, its α and its change as pandas and scipy compute them', () => {
    const db = join(temporaryFolder('warrant-measure-'), 'w.db');
    const roster = [ROSTER, ...readFileSync(fixture('measures-roster.csv'), 'utf8').trim().split('\n').slice(1)].join('\n');
    expect(warrant(['import', writeBundleFiles({ ...VALID_BUNDLE, 'roster.csv': roster }), '--db', db]).code).toBe(0);
    for (const cycle of ['2009-10', '2010-11'])
      expect(
        warrant(['instrument', 'import', fixture(`measures-${cycle}.csv`), '--instrument', 'Teacher survey', '--format', 'csv', '--cycle', cycle, '--db', db])
          .code,
      ).toBe(0);

    const stale = warrant([
      'instrument',
      'item',
      'Teacher survey',
      'q3',
      '--min',
      '1',
      '--max',
      '5',
      '--reverse',
      '--expected-version',
      '7',
      '--reason',
      'x',
      '--db',
      db,
    ]);
    expect(stale.code).not.toBe(0);
    expect(stale.stderr).toMatch(/version/);
    let version = warrant(['instrument', 'show', 'Teacher survey', '--json', '--db', db]).json().version;
    for (const item of ['q1', 'q2', 'q3', 'q4']) {
      const args = ['instrument', 'item', 'Teacher survey', item, '--min', '1', '--max', '5', ...(item === 'q3' ? ['--reverse'] : [])];
      const edited = warrant([...args, '--expected-version', String(version), '--reason', 'a 1-to-5 agreement scale', '--json', '--db', db]);
      expect(edited.code, edited.stderr).toBe(0);
      version = edited.json().version;
    }
    const shown = warrant(['instrument', 'show', 'Teacher survey', '--db', db]).stdout;
    expect(shown).toMatch(/q3\s+number\s+1 to 5\s+yes\s+2009-10/);

    const added = warrant(['instrument', 'scale', 'add', 'Teacher survey', '--name', 'Collaboration', '--items', 'q1,q2,q3,q4', '--minimum', '3', '--db', db]);
    expect(added.stdout).toContain('defined the scale Collaboration: mean of q1, q2, q3, q4, at least 3 answered');

    const described = warrant([
      'measure',
      'describe',
      '--instrument',
      'Teacher survey',
      '--measure',
      'Collaboration',
      '--by',
      'school',
      '--json',
      '--db',
      db,
    ]).json();
    for (const g of described.groups) closeTo(g, expected.bySchool[g.cycle][g.group.school], `${g.cycle} ${g.group.school}`);
    const table = warrant(['measure', 'describe', '--instrument', 'Teacher survey', '--measure', 'Collaboration', '--db', db]).stdout;
    expect(table).toMatch(/2009-10\s+45\s+1\s+3\.148\s+0\.787/);

    const alpha = warrant(['measure', 'alpha', '--instrument', 'Teacher survey', '--json', '--db', db]).json();
    for (const s of alpha.scales) closeTo(s, expected.alpha[s.cycle], s.cycle);

    const change = warrant(['measure', 'change', '--instrument', 'Teacher survey', '--measure', 'Collaboration', '--by', 'role', '--json', '--db', db]).json();
    closeTo(change.all, expected.change, 'all');
    expect(warrant(['measure', 'participant', 'S102', '--db', db]).stdout).toMatch(/Collaboration\s+4\.25\s+/);

    const unknown = warrant(['measure', 'describe', '--instrument', 'Teacher survey', '--measure', 'trust', '--db', db]);
    expect(unknown.code).toBe(EXIT.notFound);
    expect(unknown.stderr).toContain('its scales and items: Collaboration, q1, q2, q3, q4, years');

    const now = warrant(['instrument', 'show', 'Teacher survey', '--json', '--db', db]).json().version;
    const reworded = warrant([
      'instrument',
      'item',
      'Teacher survey',
      'q2',
      '--reworded-in',
      '2010-11',
      '--expected-version',
      String(now),
      '--reason',
      'reworded',
      '--db',
      db,
    ]);
    expect(reworded.code, reworded.stderr).toBe(0);
    expect(reworded.stdout).toMatch(/q2\s+number\s+1 to 5\s+2009-10\s+2010-11 \(not comparable\)/);
    const across = warrant(['measure', 'change', '--instrument', 'Teacher survey', '--measure', 'Collaboration', '--db', db]);
    expect(across.code).toBe(EXIT.invalid);
    expect(across.stderr).toMatch(/item q2 was reworded in 2010-11, so its values before and after do not compare/);
  });

  it("imports lesson scores on a rubric and gives the raters' agreement per dimension as NLTK computes it", () => {
    const lessons = JSON.parse(readFileSync(fixture('lesson-scores.json'), 'utf8'));
    const db = join(temporaryFolder('warrant-lessons-'), 'w.db');
    const roster = [ROSTER, ...readFileSync(fixture('measures-roster.csv'), 'utf8').trim().split('\n').slice(1)].join('\n');
    expect(warrant(['import', writeBundleFiles({ ...VALID_BUNDLE, 'roster.csv': roster }), '--db', db]).code).toBe(0);
    const args = ['instrument', 'import', fixture('lesson-scores-2009-10.csv'), '--instrument', 'IQA', '--format', 'lessons', '--cycle', '2009-10'];
    const bad = warrant([...args, '--levels', 'four', '--db', db]);
    expect(bad.code).toBe(EXIT.invalid);
    expect(bad.stderr).toMatch(/levels: "four" is not a range of levels; write the lowest and the highest, e\.g\. 1-4/);
    const imported = warrant([...args, '--levels', '1-4', '--db', db]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/raters' scores of lessons stored: 32 added, 0 corrected \(as new versions\), 0 unchanged/);
    expect(imported.stdout).toMatch(/dimensions: 4 \(4 added in 2009-10: Potential of the task, /);

    const agreement = warrant(['measure', 'agreement', '--instrument', 'IQA', '--cycle', '2009-10', '--json', '--db', db]);
    expect(agreement.code, agreement.stderr).toBe(0);
    const r = agreement.json();
    expect([r.lessons, r.doubleRated, r.raters]).toEqual([lessons.lessons, lessons.doubleRated, ['AB', 'CD', 'EF']]);
    for (const d of r.dimensions) closeTo(d.alpha.alpha, lessons.dimensions[d.dimension].alpha, d.dimension);
    const table = warrant(['measure', 'agreement', '--instrument', 'IQA', '--db', db]).stdout;
    expect(table).toMatch(/IQA: 8 of 24 lessons scored by two raters or more \(raters: AB, CD, EF\)/);
    expect(table).toMatch(new RegExp(`Rigor of the discussion\\s+8\\s+${lessons.dimensions['Rigor of the discussion'].alpha.toFixed(3)}\\s+75%\\s+100%`));
    const survey = warrant(['measure', 'agreement', '--instrument', 'Teacher survey', '--db', db]);
    expect(survey.code).toBe(EXIT.notFound);
  });
});
