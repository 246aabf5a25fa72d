import { randomBytes, randomInt } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { seededIdSource } from '../../src/domain/ids.js';
import { createContext, type ServiceContext } from '../../src/services/context.js';
import { connect, type DatabaseTarget } from '../../src/storage/database.js';
import type { DialectName } from '../../src/storage/dialect.js';
import { Store } from '../../src/storage/store.js';
import { seedFrom } from './seeds.js';
import { temporaryFolder } from './temporary-folders.js';

/** Every storage test runs on both engines. */
export const DIALECTS: DialectName[] = ['sqlite', 'postgres'];

/** A new, empty database: a SQLite file in a temp folder, or a new database in the test cluster. */
export async function freshTarget(dialect: DialectName): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = temporaryFolder('warrant-test-');
    return { target: { dialect, path: join(dir, 'warrant.db') }, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const adminUrl = inject('postgresUrl');
  if (!adminUrl) throw new Error('no PostgreSQL cluster for this test file: a test that opens a database is not a unit test (vitest.config.ts)');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    target: { dialect, url: adminUrl.replace('/postgres?', `/${name}?`) },
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name}`);
      await c.end();
    },
  };
}

export interface TestDatabase {
  store: Store;
  ctx: ServiceContext;
  target: DatabaseTarget;
  close: () => Promise<void>;
}

// The run's seed (vitest.config.ts), and from it one for each database a test file opens, in order:
// a failed run prints the seed, and WARRANT_TEST_SEED set to it gives each database the same identifiers again.
const RUN_SEED = seedFrom('WARRANT_TEST_SEED', randomInt(2 ** 32));
let opened = 0;

export async function openTestDatabase(dialect: DialectName, actor = 'analyst@test'): Promise<TestDatabase> {
  const seed = RUN_SEED + opened++;
  const { target, drop } = await freshTarget(dialect);
  const store = Store.of(await connect(target));
  return {
    store,
    target,
    ctx: createContext(store, actor, { ids: seededIdSource(seed) }),
    close: async () => {
      await store.destroy();
      await drop();
    },
  };
}
