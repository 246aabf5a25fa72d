import type { Insertable, Kysely, Selectable } from 'kysely';
import type { CitationTable, Database } from '../schema.js';
import { type Retirement, retireRow } from './retire.js';

export type CitationRow = Selectable<CitationTable>;

/** Links of the evidence chain: an ISF entry cites excerpts, a claim cites ISF entries, a finding cites claims. */
export class CitationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: Insertable<CitationTable>): Promise<void> {
    await this.db.insertInto('citation').values(row).execute();
  }

  byId(id: string): Promise<CitationRow | undefined> {
    return this.db.selectFrom('citation').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Live citations made by the given items, in the order they were made. */
  from(citingIds: readonly string[]): Promise<CitationRow[]> {
    if (citingIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('citation')
      .selectAll()
      .where('citing_id', 'in', [...citingIds])
      .where('retired_at', 'is', null)
      .orderBy('citing_id')
      .orderBy('ordinal')
      .execute();
  }

  /** The IDs of every citation the given items have made, withdrawn ones included (for their history). */
  async idsEverFrom(citingIds: readonly string[]): Promise<string[]> {
    if (citingIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('citation')
      .select('id')
      .where('citing_id', 'in', [...citingIds])
      .execute();
    return rows.map((r) => r.id);
  }

  /** How many citations the item has ever made (retired ones included), to number the next. */
  async countFrom(citingId: string): Promise<number> {
    const row = await this.db
      .selectFrom('citation')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('citing_id', '=', citingId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Live citations of the given evidence (where it is used). */
  to(citedIds: readonly string[]): Promise<CitationRow[]> {
    if (citedIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('citation')
      .selectAll()
      .where('cited_id', 'in', [...citedIds])
      .where('retired_at', 'is', null)
      .execute();
  }

  /** Every citation of the partnership, withdrawn ones included (with when they were withdrawn). */
  all(partnershipId: string): Promise<CitationRow[]> {
    return this.db.selectFrom('citation').selectAll().where('partnership_id', '=', partnershipId).execute();
  }

  live(partnershipId: string): Promise<CitationRow[]> {
    return this.db.selectFrom('citation').selectAll().where('partnership_id', '=', partnershipId).where('retired_at', 'is', null).execute();
  }

  retire(id: string, r: Retirement): Promise<void> {
    return retireRow(this.db, 'citation', id, r);
  }
}
