import type { Insertable, Kysely, Selectable } from 'kysely';
import type { CycleTable, Database } from '../schema.js';

export type CycleRow = Selectable<CycleTable>;

export class CycleRepository {
  constructor(private readonly db: Kysely<Database>) {}

  list(partnershipId: string): Promise<CycleRow[]> {
    return this.db.selectFrom('cycle').selectAll().where('partnership_id', '=', partnershipId).orderBy('label').execute();
  }

  byId(id: string): Promise<CycleRow | undefined> {
    return this.db.selectFrom('cycle').selectAll().where('id', '=', id).executeTakeFirst();
  }

  byLabel(partnershipId: string, label: string): Promise<CycleRow | undefined> {
    return this.db.selectFrom('cycle').selectAll().where('partnership_id', '=', partnershipId).where('label', '=', label).executeTakeFirst();
  }

  async insert(row: Insertable<CycleTable>): Promise<void> {
    await this.db.insertInto('cycle').values(row).execute();
  }
}
