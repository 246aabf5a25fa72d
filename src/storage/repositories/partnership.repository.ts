import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, PartnershipTable } from '../schema.js';

export type PartnershipRow = Selectable<PartnershipTable>;

export class PartnershipRepository {
  constructor(private readonly db: Kysely<Database>) {}

  list(): Promise<PartnershipRow[]> {
    return this.db.selectFrom('partnership').selectAll().orderBy('name').execute();
  }

  byId(id: string): Promise<PartnershipRow | undefined> {
    return this.db.selectFrom('partnership').selectAll().where('id', '=', id).executeTakeFirst();
  }

  byName(name: string): Promise<PartnershipRow | undefined> {
    return this.db.selectFrom('partnership').selectAll().where('name', '=', name).executeTakeFirst();
  }

  async setQuoteMinimum(id: string, minimum: number): Promise<void> {
    await this.db.updateTable('partnership').set({ quote_min_participants: minimum }).where('id', '=', id).execute();
  }

  async insert(row: Insertable<PartnershipTable>): Promise<void> {
    await this.db.insertInto('partnership').values(row).execute();
  }
}
