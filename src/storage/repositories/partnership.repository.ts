import type { Insertable, Kysely, Selectable } from 'kysely';
import { compiledOnce } from '../compiled-once.js';
import type { Database, PartnershipTable } from '../schema.js';

export type PartnershipRow = Selectable<PartnershipTable>;

export class PartnershipRepository {
  // Every request to a partnership's routes reads it by ID (or name).
  private readonly withId;
  private readonly named;

  constructor(private readonly db: Kysely<Database>) {
    this.withId = compiledOnce(db, (id: string) => db.selectFrom('partnership').selectAll().where('id', '=', id));
    this.named = compiledOnce(db, (name: string) => db.selectFrom('partnership').selectAll().where('name', '=', name));
  }

  list(): Promise<PartnershipRow[]> {
    return this.db.selectFrom('partnership').selectAll().orderBy('name').execute();
  }

  async byId(id: string): Promise<PartnershipRow | undefined> {
    return (await this.withId(id))[0];
  }

  async byName(name: string): Promise<PartnershipRow | undefined> {
    return (await this.named(name))[0];
  }

  /** Sets the minimum if it is still at `fromVersion`, raising the version; false when someone changed it since. */
  async setQuoteMinimum(id: string, minimum: number, fromVersion: number): Promise<boolean> {
    const result = await this.db
      .updateTable('partnership')
      .set({ quote_min_participants: minimum, quote_min_version: fromVersion + 1 })
      .where('id', '=', id)
      .where('quote_min_version', '=', fromVersion)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async insert(row: Insertable<PartnershipTable>): Promise<void> {
    await this.db.insertInto('partnership').values(row).execute();
  }
}
