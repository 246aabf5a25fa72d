import type SQLite from 'better-sqlite3';
import type { Insertable, Kysely } from 'kysely';
import type { Database, ExchangeGuidTable } from '../schema.js';
import { insertRows } from '../insert-rows.js';

/** The GUIDs other QDA tools know a partnership's imported records by. */
export class ExchangeGuidRepository {
  /** @param sqlite the raw SQLite handle, inside a transaction only (storage/insert-rows). */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly sqlite?: SQLite.Database,
  ) {}

  /** GUID → the record brought in under it. */
  async known(partnershipId: string): Promise<Map<string, string>> {
    const rows = await this.db.selectFrom('exchange_guid').select(['guid', 'record_id']).where('partnership_id', '=', partnershipId).execute();
    return new Map(rows.map((r) => [r.guid, r.record_id]));
  }

  async remember(rows: readonly Insertable<ExchangeGuidTable>[]): Promise<void> {
    await insertRows(this.db, this.sqlite, 'exchange_guid', rows, 500);
  }
}
