import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/cli/exit-codes.js';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { temporaryFolder } from './support/temporary-folders.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'warrant.js');

function warrant(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', WARRANT_DATABASE_URL: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as any };
}

describe('warrant instrument import', () => {
  it('imports a Qualtrics export, refuses a bad file whole unless told to skip its invalid responses, and counts them in stats', () => {
    const folder = temporaryFolder('warrant-instrument-');
    const db = join(folder, 'w.db');
    expect(warrant(['import', writeBundleFiles(VALID_BUNDLE), '--db', db]).code).toBe(0);
    const importIds = ['startDate', 'status', 'externalDataReference', 'QID1', 'QID2_TEXT'].map((id) => `"{""ImportId"":""${id}""}"`).join(',');
    const qualtrics = join(folder, 'survey.csv');
    writeFileSync(
      qualtrics,
      [
        'StartDate,Status,ExternalReference,Q1,Q2_TEXT',
        'Start Date,Response Type,External Data Reference,Years teaching?,Anything else?',
        importIds,
        '2009-11-02 09:00:00,IP Address,T01,12,We plan together',
        '2009-11-02 10:00:00,Survey Preview,,1,',
        '2009-11-03 09:00:00,IP Address,T02,4,',
        '2009-11-03 09:30:00,IP Address,T77,9,',
      ].join('\n'),
    );
    const args = ['instrument', 'import', qualtrics, '--instrument', 'Teacher survey', '--format', 'qualtrics', '--cycle', '2009-10', '--db', db];
    const refused = warrant(args);
    expect(refused.code).toBe(EXIT.invalid);
    expect(refused.stderr).toContain(`error: ${qualtrics}, line 7, field "ExternalReference": T77 is not a participant of the roster (nor mapped to one)`);
    expect(refused.stderr).toContain('nothing stored (1 error; --skip-invalid stores the valid responses)');
    expect(warrant(['stats', '--json', '--db', db]).json().measures).toEqual({ instruments: 0, responses: 0 });

    const stored = warrant([...args, '--skip-invalid', '--json']);
    expect(stored.code).toBe(0);
    expect(stored.json()).toMatchObject({
      written: true,
      instrument: { created: true },
      items: { added: ['Q1', 'Q2_TEXT'] },
      responses: { read: 3, added: 2, skipped: 1 },
    });
    expect(stored.json().problems).toContainEqual({
      severity: 'warning',
      file: qualtrics,
      line: 5,
      message: "left out: a survey preview, not a participant's response",
    });
    const again = warrant([...args, '--skip-invalid']);
    expect(again.stdout).toContain('responses stored: 0 added, 0 corrected (as new versions), 2 unchanged, 1 skipped as invalid');
    expect(warrant(['stats', '--db', db]).stdout).toContain('measures: 1 instrument; 2 responses');
  });
});
