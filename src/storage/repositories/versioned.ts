import type { Kysely } from 'kysely';
import type { TableOf, VersionedKind } from '../../domain/record-kinds.js';
import type { Database } from '../schema.js';

type VersionedTable = TableOf<VersionedKind>;

export interface VersionedChange {
  fromVersion: number;
  by: string;
  at: string;
  /** Refuse the change if the record was retired meanwhile. */
  live?: boolean;
}

/**
 * Saves changes as the next version only if the record is still at `fromVersion`: two people
 * editing the same record never overwrite each other unknowingly. False if it was changed since.
 */
export async function updateIfVersion<T extends VersionedTable>(
  db: Kysely<Database>,
  table: T,
  id: string,
  changes: Partial<Database[T]>,
  { fromVersion, by, at, live = false }: VersionedChange,
): Promise<boolean> {
  // Kysely cannot type a query over a union of tables; every table here has these columns.
  const untyped = db as unknown as Kysely<Record<string, Record<string, unknown>>>;
  let q = untyped
    .updateTable(table as string)
    .set({ ...changes, version: fromVersion + 1, updated_by: by, updated_at: at })
    .where('id', '=', id)
    .where('version', '=', fromVersion);
  if (live) q = q.where('retired_at', 'is', null);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
