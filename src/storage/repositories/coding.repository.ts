import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { CodingTable, Database } from '../schema.js';
import { updateIfVersion } from './versioned.js';

export type CodingRow = Selectable<CodingTable>;

/** Codes applied to passages. */
export class CodingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  byId(id: string): Promise<CodingRow | undefined> {
    return this.db.selectFrom('coding').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The live codings of a transcript, in text order. */
  ofTranscript(transcriptId: string): Promise<CodingRow[]> {
    return this.db
      .selectFrom('coding')
      .selectAll()
      .where('transcript_id', '=', transcriptId)
      .where('retired_at', 'is', null)
      .orderBy('start_offset')
      .orderBy('end_offset')
      .orderBy('id')
      .execute();
  }

  async insert(row: Insertable<CodingTable>): Promise<void> {
    await this.db.insertInto('coding').values(row).execute();
  }

  /** Saves the next version if the coding is still at `fromVersion` and not retired. */
  updateIfVersion(id: string, changes: Updateable<CodingTable>, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'coding', id, changes, { fromVersion, by, at, live: true });
  }
}
