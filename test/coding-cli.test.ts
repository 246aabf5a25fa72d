import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_RETIRED } from '../src/services/context.js';
import { openStore, resolveDatabaseTarget } from '../src/services/database.js';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { temporaryFolder } from './support/temporary-folders.js';

const BIN = join(import.meta.dirname, '..', 'bin', 'warrant.js');

function warrant(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', WARRANT_DATABASE_URL: '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as any };
}

describe('coding passages on the command line', () => {
  it('codes by quote, turn and offsets, lists and filters, refuses a second same coding, recodes and removes', async () => {
    const file = join(temporaryFolder('warrant-coding-cli-'), 'warrant.db');
    const ana = ['--db', file, '--as', 'Ana Morales'];
    const ben = ['--db', file, '--as', 'Ben Okafor'];
    expect(warrant(['import', writeBundleFiles(VALID_BUNDLE), ...ana]).code).toBe(0);
    // The codebook's codes (written here as the codebook would write them).
    const store = await openStore(resolveDatabaseTarget(file));
    const partnershipId = (await store.db.selectFrom('partnership').select('id').executeTakeFirstOrThrow()).id;
    for (const [n, [name, colour]] of [
      ['Pacing', '#ff7f0e'],
      ['Collaboration', '#1f77b4'],
      ['Feedback', '#2ca02c'],
    ].entries()) {
      const at = '2010-02-01T00:00:00.000Z';
      await store.codes.insert({
        id: `cod_00000000000000${n}${n}`,
        partnership_id: partnershipId,
        parent_id: null,
        name: name!,
        definition: '',
        inclusion: '',
        exclusion: '',
        example: '',
        colour: colour!,
        position: n,
        merged_into_id: null,
        split_from_id: null,
        version: 1,
        created_by: 'Ana Morales',
        created_at: at,
        updated_by: 'Ana Morales',
        updated_at: at,
        ...NOT_RETIRED,
      });
    }
    await store.destroy();

    const quoted = warrant(['coding', 'add', 'T01-0910', '--code', 'Pacing', '--code', 'Collaboration', '--quote', 'mostly about the pacing calendar', ...ana]);
    expect(quoted.code).toBe(0);
    expect(quoted.stdout).toMatch(/Pacing .*Ana Morales.*“mostly about the pacing calendar”/);
    expect(quoted.stdout).toMatch(/Collaboration /);
    const turn = warrant(['coding', 'add', 'T01-0910', '--code', 'Feedback', '--turn', '3', '--json', ...ben]).json();
    expect(turn).toEqual([expect.objectContaining({ codeName: 'Feedback', coderName: 'Ben Okafor', quote: expect.stringMatching(/^Maybe twice this year/) })]);
    const offsets = warrant([
      'coding',
      'add',
      'T01-0910',
      '--code',
      'Pacing',
      '--start',
      String(turn[0].start + 1),
      '--end',
      String(turn[0].start + 9),
      '--json',
      ...ben,
    ]);
    expect(offsets.json()[0].quote).toBe('Maybe twice');

    expect(warrant(['coding', 'add', 'T01-0910', '--code', 'Pacing', '--quote', 'mostly about the pacing calendar', ...ana])).toMatchObject({
      code: expect.not.stringMatching(/^0$/),
      stderr: expect.stringMatching(/already coded this passage with "Pacing"/),
    });
    expect(warrant(['coding', 'add', 'T01-0910', '--code', 'Nonsense', '--turn', '1', ...ana]).stderr).toMatch(/code "Nonsense" does not exist/);
    expect(warrant(['coding', 'add', 'T01-0910', '--code', 'Pacing', '--turn', '1', '--quote', 'x', ...ana]).stderr).toMatch(/one way/);

    const listed = warrant(['coding', 'list', 'T01-0910', '--json', ...ana]).json();
    expect(listed.codings.map((c: { codeName: string; coderName: string }) => `${c.codeName} ${c.coderName}`)).toEqual([
      'Collaboration Ana Morales',
      'Pacing Ana Morales',
      'Pacing Ben Okafor',
      'Feedback Ben Okafor',
    ]);
    const table = warrant(['coding', 'list', 'T01-0910', '--code', 'Feedback', ...ana]).stdout;
    expect(table).toMatch(/Feedback\s+Ben Okafor/);
    expect(table).not.toMatch(/Pacing/);

    // A code's passages, and with --with-children those of the codes under it, each naming its code.
    expect(warrant(['code', 'move', 'Feedback', '--under', 'Pacing', '--expected-version', '1', '--reason', 'feedback on pacing', ...ana]).code).toBe(0);
    const names = (args: string[]) =>
      warrant(['coded', 'Pacing', ...args, '--json', ...ana])
        .json()
        .passages.map((p: { code: { name: string }; coder: { name: string } }) => `${p.code.name} ${p.coder.name}`)
        .sort();
    expect(names([])).toEqual(['Pacing Ana Morales', 'Pacing Ben Okafor']);
    expect(names(['--with-children'])).toEqual(['Feedback Ben Okafor', 'Pacing Ana Morales', 'Pacing Ben Okafor']);
    expect(warrant(['coded', 'Pacing', '--with-children', ...ana]).stdout).toMatch(/^Pacing and the codes under it 3 passages/);

    const feedback = turn[0].id as string;
    expect(warrant(['coding', 'recode', feedback, '--code', 'Collaboration', ...ana]).stderr).toMatch(/Ben Okafor's: only its coder/);
    expect(warrant(['coding', 'recode', feedback, '--code', 'Collaboration', '--reason', 'about colleagues', '--json', ...ben]).json()).toMatchObject({
      codeName: 'Collaboration',
      version: 2,
    });
    expect(warrant(['coding', 'remove', feedback, '--reason', 'not a coding after all', ...ben]).stdout).toMatch(/uncoded .* Collaboration/);
    expect(warrant(['coding', 'list', 'T01-0910', '--json', ...ana]).json().codings).toHaveLength(3);
  }, 240_000);
});
