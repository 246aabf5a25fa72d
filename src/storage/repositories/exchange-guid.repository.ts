import type { Insertable, Kysely } from 'kysely';
import type { Database, ExchangeGuidTable } from '../schema.js';

/** The GUIDs other QDA tools know a partnership's imported records by. */
export class ExchangeGuidRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** GUID → the record brought in under it. */
  async known(partnershipId: string): Promise<Map<string, string>> {
    const rows = await this.db.selectFrom('exchange_guid').select(['guid', 'record_id']).where('partnership_id', '=', partnershipId).execute();
    return new Map(rows.map((r) => [r.guid, r.record_id]));
  }

  async remember(rows: readonly Insertable<ExchangeGuidTable>[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 500)
      await this.db
        .insertInto('exchange_guid')
        .values(rows.slice(i, i + 500))
        .execute();
  }
}
