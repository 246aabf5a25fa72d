import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteAdapter,
  type SqliteDialectConfig,
  SqliteDriver,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import pg from 'pg';
import type { DialectName } from './dialect.js';
import { Checkpoints } from './checkpoints.js';
import { migrationProvider } from './migrations/index.js';
import type { Database } from './schema.js';

export const DEFAULT_SQLITE_PATH = './data/warrant.db';

export type DatabaseTarget = { dialect: 'sqlite'; path: string } | { dialect: 'postgres'; url: string };

const isPostgresUrl = (s: string) => /^postgres(ql)?:\/\//i.test(s);

/**
 * Where the data lives: `--db PATH` names a SQLite file (or a postgres:// URL); without it,
 * WARRANT_DATABASE_URL selects PostgreSQL; otherwise the default SQLite file.
 */
export function resolveDatabaseTarget(dbOption: string | undefined, env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  if (dbOption) return isPostgresUrl(dbOption) ? { dialect: 'postgres', url: dbOption } : { dialect: 'sqlite', path: dbOption };
  const url = env.WARRANT_DATABASE_URL;
  if (url) {
    if (!isPostgresUrl(url)) throw new Error(`WARRANT_DATABASE_URL must be a postgres:// URL, not "${url}"`);
    return { dialect: 'postgres', url };
  }
  return { dialect: 'sqlite', path: DEFAULT_SQLITE_PATH };
}

/**
 * The database in words, for the log and messages, with any password hidden. A libpq address need
 * not be a URL that WHATWG's parser takes (`postgres://user@/db?host=/run/postgresql` names a
 * socket and no host), so the password is found in the text itself: describing must never fail.
 */
export function describeTarget(target: DatabaseTarget): string {
  if (target.dialect === 'sqlite') return `SQLite ${resolve(target.path)}`;
  return `PostgreSQL ${target.url.replace(/^(postgres(?:ql)?:\/\/[^:@/?#]*):[^@/?#]*@/i, '$1:***@').replace(/([?&]password=)[^&#]*/i, '$1***')}`;
}

export interface Connection {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The raw SQLite handle, for the few things Kysely does not express (backups, pragmas). */
  sqlite?: SQLite.Database;
  /** When SQLite's write-ahead log is copied into the database: apart from the transactions' commits. */
  checkpoints?: Checkpoints;
}

/**
 * Kysely prepares each statement anew; preparing an eight-way join costs more than running it.
 * This keeps the prepared statements of the queries the application runs, by their SQL text.
 */
function withStatementCache(sqlite: SQLite.Database, size = 500) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let statement = cache.get(text);
      if (!statement) {
        statement = sqlite.prepare(text);
        if (cache.size >= size) cache.delete(cache.keys().next().value!);
        cache.set(text, statement);
      }
      return statement;
    },
  };
}

/**
 * Transactions take the write lock when they begin (BEGIN IMMEDIATE). A deferred transaction that
 * reads and then writes cannot wait for another process's lock and fails at once; an immediate one
 * waits up to busy_timeout for it.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

function sqliteDialect(config: SqliteDialectConfig): Dialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new ImmediateSqliteDriver(config),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  };
}

function openSqlite(path: string): Connection {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new SQLite(path);
  // Set only on a new file (an existing one keeps its pages): transcripts are long rows of text,
  // and 16 KB pages store and index them with fewer page splits than the default 4 KB.
  sqlite.pragma('page_size = 16384');
  sqlite.pragma('journal_mode = WAL');
  // FULL: a commit is on disk when it returns, even if the machine loses power.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -65536'); // 64 MB of page cache: imports and search indexing touch many pages
  // Statement journals (the pages a statement inside a transaction may have to undo, such as each
  // write to the full-text index) kept in memory, not in temporary files: an import writes them by
  // the thousand, and they never outlive the transaction.
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma('foreign_keys = ON');
  return {
    db: new Kysely<Database>({ dialect: sqliteDialect({ database: withStatementCache(sqlite) }) }),
    dialect: 'sqlite',
    sqlite,
    checkpoints: new Checkpoints(sqlite),
  };
}

const INT8_OID = 20;

function openPostgres(url: string): Connection {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // Counts and serial keys come back as numbers, as they do from SQLite.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection dropped by the server (restart, admin) must not bring the process down;
  // the pool replaces it and the next query reports any real outage.
  pool.on('error', () => {});
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), dialect: 'postgres' };
}

export async function connect(target: DatabaseTarget): Promise<Connection> {
  let connection: Connection | undefined;
  try {
    connection = target.dialect === 'sqlite' ? openSqlite(target.path) : openPostgres(target.url);
    await migrate(connection);
    return connection;
  } catch (e) {
    await connection?.db.destroy().catch(() => undefined);
    throw new Error(`cannot use the database (${describeTarget(target)}): ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

export async function migrate({ db, dialect }: Connection): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider(dialect),
    migrationTableName: 'warrant_migration',
    migrationLockTableName: 'warrant_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(failed ? `migration ${failed.migrationName} failed: ${reason}` : reason);
  }
}
