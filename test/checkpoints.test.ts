import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryFolder } from './support/temporary-folders.js';

const DIST = join(import.meta.dirname, '..', 'dist', 'storage');

/**
 * A large transaction on SQLite, in a process of its own running the compiled storage (the
 * checkpoint's worker thread exists only compiled): the sizes of the database file and its log
 * right after the commit, after the checkpoint, and the rows read back by a new connection.
 */
const SCRIPT = `
import { statSync } from 'node:fs';
const { connect } = await import(${JSON.stringify(join(DIST, 'database.js'))});
const { Store } = await import(${JSON.stringify(join(DIST, 'store.js'))});
const path = process.argv.at(-1);
const size = (p) => statSync(p).size;
const connection = await connect({ dialect: 'sqlite', path });
const store = Store.of(connection);
const before = size(path);
const row = 'x'.repeat(10_000);
await store.transaction(async (tx) => {
  await tx.db.schema.createTable('bulk').addColumn('n', 'integer').addColumn('text', 'text').execute();
  for (let n = 0; n < 3_000; n++) await tx.db.insertInto('bulk').values({ n, text: row }).execute();
});
const committed = { database: size(path), log: size(path + '-wal') };
await connection.checkpoints.settled();
const checkpointed = size(path);
await store.transaction((tx) => tx.db.insertInto('bulk').values({ n: 3_000, text: row }).execute());
await connection.checkpoints.settled();
const nextLog = size(path + '-wal');
await store.destroy();
const again = await connect({ dialect: 'sqlite', path });
const rows = await again.db.selectFrom('bulk').select((eb) => [eb.fn.countAll().as('n'), eb.fn.sum(eb.fn('length', ['text'])).as('chars')]).execute();
await again.db.destroy();
console.log(JSON.stringify({ before, committed, checkpointed, nextLog, rows: rows[0] }));
`;

describe('checkpoints of the SQLite log', () => {
  it('copies a large transaction into the database on a thread of its own after the commit, keeping every row, and starts the log again small', () => {
    const dir = temporaryFolder('warrant-checkpoints-');
    const path = join(dir, 'warrant.db');
    writeFileSync(join(dir, 'transaction.mjs'), SCRIPT);
    const run = spawnSync(process.execPath, [join(dir, 'transaction.mjs'), path], { encoding: 'utf8', cwd: join(import.meta.dirname, '..') });
    expect(run.stderr).toBe('');
    const r = JSON.parse(run.stdout) as {
      before: number;
      committed: { database: number; log: number };
      checkpointed: number;
      nextLog: number;
      rows: { n: number; chars: number };
    };
    const written = 3_000 * 10_000;
    // The commit returned with the 30 MB in the log and none of it yet in the database file…
    expect(r.committed.log).toBeGreaterThan(written);
    expect(r.committed.database).toBeLessThan(r.before + 1024 * 1024);
    // …which the checkpoint then filled, with the connection still open (so not the checkpoint SQLite makes on closing).
    expect(r.checkpointed).toBeGreaterThan(written);
    // The next transaction starts the log again, cut back to SQLite's threshold of 1,000 pages.
    expect(r.nextLog).toBeLessThanOrEqual(1000 * 16384);
    expect(r.rows).toEqual({ n: 3_001, chars: written + 10_000 });
  });
});
