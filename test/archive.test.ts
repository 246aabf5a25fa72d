import { createReadStream, createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.js';
import { checkPartnership } from '../src/services/check.js';
import { createContext } from '../src/services/context.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { searchTranscripts } from '../src/services/search.js';
import { exportArchive, importArchive } from '../src/storage/archive.js';
import { backupDatabase, restoreDatabase } from '../src/storage/backup.js';
import { connect, type DatabaseTarget } from '../src/storage/database.js';
import { Store } from '../src/storage/store.js';
import { freshTarget, openTestDatabase, type TestDatabase } from './support/databases.js';
import { temporaryFolder } from './support/temporary-folders.js';

const dir = temporaryFolder('warrant-archive-');
let n = 0;
const file = (name: string) => join(dir, `${++n}-${name}`);

/** Every row of an archive, by table, without the export time: what "identical content" means. */
function contents(path: string): Record<string, unknown[]> {
  const lines = gunzipSync(readFileSync(path))
    .toString('utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  const tables: Record<string, unknown[]> = {};
  for (const line of lines.slice(1)) (tables[line.t] ??= []).push(line.r);
  return tables;
}

async function exportTo(target: DatabaseTarget, name: string): Promise<string> {
  const path = file(name);
  await exportArchive(target, createWriteStream(path));
  return path;
}

async function importFrom(target: DatabaseTarget, path: string): Promise<Store> {
  const store = Store.of(await connect(target));
  await importArchive(store, createReadStream(path));
  return store;
}

/** The imported database works: search answers, chains trace, the audit trail verifies. */
async function works(store: Store) {
  const ctx = createContext(store, 'test');
  const pid = (await resolvePartnership(ctx)).id;
  expect((await searchTranscripts(ctx, pid, '"learning walk"')).hits.length).toBeGreaterThan(0);
  expect(await checkPartnership(ctx, pid)).toEqual([]);
  expect((await store.audit.verify()).broken).toBeNull();
}

describe('moving a partnership between SQLite and PostgreSQL', () => {
  let source: TestDatabase;
  let original: string;

  beforeAll(async () => {
    source = await openTestDatabase('sqlite');
    await loadDemo(source.ctx);
    // Whose the labels of a file are, as a team said at an import (the demo's transcripts need no mapping).
    const interview = (await source.store.interviews.listAll((await resolvePartnership(source.ctx)).id))[0]!;
    await source.store.transcripts.rememberSpeakers(
      interview.id,
      'otter.txt',
      { 'Speaker 1': 'interviewer', 'Speaker 2': 'participant' },
      'test',
      '2010-01-12T10:00:00.000Z',
    );
    original = await exportTo(source.target, 'sqlite.warrant');
  });
  afterAll(() => source?.close());

  it('carries every row from SQLite to PostgreSQL and back, identical', async () => {
    const pg = await freshTarget('postgres');
    const pgStore = await importFrom(pg.target, original);
    await works(pgStore);
    await pgStore.destroy();
    const fromPg = await exportTo(pg.target, 'postgres.warrant');
    const originalRows = contents(original);
    expect(contents(fromPg)).toEqual(originalRows);
    expect(originalRows.turn!.length).toBeGreaterThan(1000);
    expect(originalRows.audit_log!.length).toBeGreaterThan(100);
    expect(originalRows.speaker_mapping).toHaveLength(2);

    const back = await freshTarget('sqlite');
    const backStore = await importFrom(back.target, fromPg);
    await works(backStore);
    await backStore.destroy();
    expect(contents(await exportTo(back.target, 'back.warrant'))).toEqual(originalRows);
    await pg.drop();
    await back.drop();
  });

  it('refuses to load an archive into a database that holds data, and a file that is not an archive', async () => {
    await expect(importArchive(source.store, createReadStream(original))).rejects.toThrow(/not empty/);
    const empty = await freshTarget('sqlite');
    const store = Store.of(await connect(empty.target));
    const bogus = file('bogus.warrant');
    writeFileSync(bogus, gzipSync('{"format":"something else"}\n'));
    await expect(importArchive(store, createReadStream(bogus))).rejects.toThrow(/not a Warrant archive/);
    expect(await store.partnerships.list()).toEqual([]);
    await store.destroy();
    await empty.drop();
  });

  it.each(['sqlite', 'postgres'] as const)('refuses on %s an archive whose rows name records it does not hold, and stores none of it', async (dialect) => {
    const lines = gunzipSync(readFileSync(original)).toString('utf8').trim().split('\n');
    // The cycles left out: every interview, summary and strategy names one.
    const damaged = file('damaged.warrant');
    writeFileSync(damaged, gzipSync(`${lines.filter((l) => !l.startsWith('{"t":"cycle"')).join('\n')}\n`));
    expect(lines.length - lines.filter((l) => !l.startsWith('{"t":"cycle"')).length).toBeGreaterThan(0);
    const empty = await freshTarget(dialect);
    const store = Store.of(await connect(empty.target));
    await expect(importArchive(store, createReadStream(damaged))).rejects.toThrow(/the archive is damaged: .*cycle/);
    expect(await store.partnerships.list()).toEqual([]);
    expect(await store.db.selectFrom('interview').select('id').execute()).toEqual([]);
    await store.destroy();
    await empty.drop();
  });
});

describe('backups', () => {
  it.each(['sqlite', 'postgres'] as const)('restore a %s database to identical content, never overwriting one silently', async (dialect) => {
    const t = await openTestDatabase(dialect);
    await loadDemo(t.ctx);
    const backup = file(`${dialect}.backup`);
    expect(await backupDatabase(t.target, backup)).toBe(dialect === 'sqlite' ? 'sqlite' : 'archive');
    await expect(backupDatabase(t.target, backup)).rejects.toThrow(/exists already/);
    const before = contents(await exportTo(t.target, 'before.warrant'));

    const restored = await freshTarget(dialect);
    await restoreDatabase(restored.target, backup);
    expect(contents(await exportTo(restored.target, 'restored.warrant'))).toEqual(before);

    // Over a database that holds data: refused, or, asked to, the old one is kept aside.
    await expect(restoreDatabase(restored.target, backup)).rejects.toThrow(/holds data/);
    if (dialect === 'sqlite' && restored.target.dialect === 'sqlite') {
      const result = await restoreDatabase(restored.target, backup, { replace: true });
      expect(existsSync(result.setAside!)).toBe(true);
    }
    await restored.drop();
    await t.close();
  });
});
