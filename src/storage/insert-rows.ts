import type SQLite from 'better-sqlite3';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from './schema.js';

const prepared = new WeakMap<SQLite.Database, Map<string, SQLite.Statement>>();

/**
 * Inserts many rows of one table. Inside a transaction on SQLite (its raw handle given), each row
 * runs through one prepared statement for its columns: Kysely builds and compiles a statement of
 * hundreds of rows at a cost above running it (a third of the time a project's 20,000 codings
 * took). Elsewhere, Kysely statements of `batch` rows each. Columns left undefined are left out,
 * as Kysely leaves them, so that their defaults apply.
 */
export async function insertRows<T extends keyof Database & string>(
  db: Kysely<Database>,
  sqlite: SQLite.Database | undefined,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  batch: number,
): Promise<void> {
  if (!sqlite) {
    for (let i = 0; i < rows.length; i += batch)
      await db
        .insertInto(table)
        .values(rows.slice(i, i + batch) as never)
        .execute();
    return;
  }
  let statements = prepared.get(sqlite);
  if (!statements) prepared.set(sqlite, (statements = new Map()));
  for (const row of rows as readonly Record<string, unknown>[]) {
    const columns = Object.keys(row).filter((c) => row[c] !== undefined);
    const key = `${table}(${columns.join(',')})`;
    let statement = statements.get(key);
    if (!statement) {
      statement = sqlite.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      statements.set(key, statement);
    }
    statement.run(columns.map((c) => row[c]));
  }
}
