import type { Kysely } from 'kysely';
import type { RetirableKind, TableOf } from '../../domain/record-kinds.js';
import type { Database } from '../schema.js';

type RetirableTable = TableOf<RetirableKind>;

export interface Retirement {
  at: string;
  by: string;
  reason: string;
}

/** Withdraws a record without deleting it: it stays for the audit trail and for what cited it. */
export async function retireRow(db: Kysely<Database>, table: RetirableTable, id: string, r: Retirement): Promise<void> {
  await db
    .updateTable(table)
    .set({ retired_at: r.at, retired_by: r.by, retired_reason: r.reason })
    .where('id', '=', id)
    .where('retired_at', 'is', null)
    .execute();
}
