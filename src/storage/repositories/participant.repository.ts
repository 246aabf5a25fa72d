import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { RoleGroup } from '../../domain/roles.js';
import type { Database, ParticipantTable } from '../schema.js';
import { updateIfVersion } from './versioned.js';

export type ParticipantRow = Selectable<ParticipantTable>;

export class ParticipantRepository {
  constructor(private readonly db: Kysely<Database>) {}

  byId(id: string): Promise<ParticipantRow | undefined> {
    return this.db.selectFrom('participant').selectAll().where('id', '=', id).executeTakeFirst();
  }

  byCode(partnershipId: string, code: string): Promise<ParticipantRow | undefined> {
    return this.db.selectFrom('participant').selectAll().where('partnership_id', '=', partnershipId).where('code', '=', code).executeTakeFirst();
  }

  list(partnershipId: string, filter: { districtId?: string; organizationId?: string; role?: RoleGroup } = {}): Promise<ParticipantRow[]> {
    let q = this.db.selectFrom('participant').selectAll().where('partnership_id', '=', partnershipId);
    if (filter.districtId) q = q.where('district_id', '=', filter.districtId);
    if (filter.organizationId) q = q.where('organization_id', '=', filter.organizationId);
    if (filter.role) q = q.where('role', '=', filter.role);
    return q.orderBy('code').execute();
  }

  async insertMany(rows: Insertable<ParticipantTable>[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 200)
      await this.db
        .insertInto('participant')
        .values(rows.slice(i, i + 200))
        .execute();
  }

  async update(id: string, changes: Updateable<ParticipantTable>): Promise<void> {
    await this.db.updateTable('participant').set(changes).where('id', '=', id).execute();
  }

  /** Saves the next version if the participant is still at `fromVersion`. */
  /** Removes a participant no interview, attribute value, memo or exchange GUID refers to any longer; false if something does. */
  async removeUnreferenced(id: string): Promise<boolean> {
    const referenced = await this.db
      .selectFrom('participant as p')
      .select('p.id')
      .where('p.id', '=', id)
      .where((eb) =>
        eb.or([
          eb.exists(eb.selectFrom('interview').select('id').where('participant_id', '=', id)),
          eb.exists(eb.selectFrom('participant_attribute_value').select('participant_id').where('participant_id', '=', id)),
          eb.exists(eb.selectFrom('memo').select('id').where('subject_kind', '=', 'participant').where('subject_id', '=', id)),
        ]),
      )
      .executeTakeFirst();
    if (referenced) return false;
    await this.db.deleteFrom('exchange_guid').where('record_id', '=', id).execute();
    const r = await this.db.deleteFrom('participant').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  updateIfVersion(id: string, changes: Updateable<ParticipantTable>, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'participant', id, changes, { fromVersion, by, at });
  }
}
