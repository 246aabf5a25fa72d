import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { CodeTable, Database } from '../schema.js';
import type { CodingRow } from './coding.repository.js';
import { updateIfVersion } from './versioned.js';

export type CodeRow = Selectable<CodeTable>;

/** The codebook's codes. */
export class CodeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  byId(id: string): Promise<CodeRow | undefined> {
    return this.db.selectFrom('code').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The partnership's codes (retired ones too), in codebook order among siblings. */
  list(partnershipId: string): Promise<CodeRow[]> {
    return this.db.selectFrom('code').selectAll().where('partnership_id', '=', partnershipId).orderBy('position').orderBy('id').execute();
  }

  byGuid(partnershipId: string, guid: string): Promise<CodeRow | undefined> {
    return this.db.selectFrom('code').selectAll().where('partnership_id', '=', partnershipId).where('guid', '=', guid).executeTakeFirst();
  }

  /** The live codings of a code, oldest first. */
  liveCodings(codeId: string): Promise<CodingRow[]> {
    return this.db.selectFrom('coding').selectAll().where('code_id', '=', codeId).where('retired_at', 'is', null).orderBy('created_at').orderBy('id').execute();
  }

  /** How many live codings each code of the partnership has (codes with none are absent). */
  async codingCounts(partnershipId: string): Promise<Map<string, number>> {
    const rows = await this.db
      .selectFrom('coding')
      .select(['code_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('partnership_id', '=', partnershipId)
      .where('retired_at', 'is', null)
      .groupBy('code_id')
      .execute();
    return new Map(rows.map((r) => [r.code_id, Number(r.n)]));
  }

  async insert(row: Insertable<CodeTable>): Promise<void> {
    await this.db.insertInto('code').values(row).execute();
  }

  /** Saves the next version if the code is still at `fromVersion` and not retired. */
  updateIfVersion(id: string, changes: Updateable<CodeTable>, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'code', id, changes, { fromVersion, by, at, live: true });
  }
}
