import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database, ParticipantAttributeTable, ParticipantAttributeValueTable } from '../schema.js';
import { updateIfVersion } from './versioned.js';

export type ParticipantAttributeRow = Selectable<ParticipantAttributeTable>;
export type ParticipantAttributeValueRow = Selectable<ParticipantAttributeValueTable>;

export class ParticipantAttributeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  byId(id: string): Promise<ParticipantAttributeRow | undefined> {
    return this.db.selectFrom('participant_attribute').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The partnership's attributes in the order they were defined. */
  list(partnershipId: string): Promise<ParticipantAttributeRow[]> {
    return this.db.selectFrom('participant_attribute').selectAll().where('partnership_id', '=', partnershipId).orderBy('position').orderBy('id').execute();
  }

  async nextPosition(partnershipId: string): Promise<number> {
    const row = await this.db
      .selectFrom('participant_attribute')
      .select((eb) => eb.fn.max<number>('position').as('p'))
      .where('partnership_id', '=', partnershipId)
      .executeTakeFirst();
    return Number(row?.p ?? 0) + 1;
  }

  async insert(row: Insertable<ParticipantAttributeTable>): Promise<void> {
    await this.db.insertInto('participant_attribute').values(row).execute();
  }

  /** Saves the next version if the attribute is still at `fromVersion`. */
  updateIfVersion(id: string, changes: Updateable<ParticipantAttributeTable>, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'participant_attribute', id, changes, { fromVersion, by, at });
  }

  /** The values of the participants of a partnership (or of one participant). */
  values(partnershipId: string, participantId?: string): Promise<ParticipantAttributeValueRow[]> {
    let q = this.db
      .selectFrom('participant_attribute_value as v')
      .innerJoin('participant_attribute as a', 'a.id', 'v.attribute_id')
      .selectAll('v')
      .where('a.partnership_id', '=', partnershipId);
    if (participantId) q = q.where('v.participant_id', '=', participantId);
    return q.orderBy('v.participant_id').orderBy('a.position').orderBy('a.id').execute();
  }

  valuesOfAttribute(attributeId: string): Promise<ParticipantAttributeValueRow[]> {
    return this.db.selectFrom('participant_attribute_value').selectAll().where('attribute_id', '=', attributeId).execute();
  }

  async insertValue(row: Insertable<ParticipantAttributeValueTable>): Promise<void> {
    await this.db.insertInto('participant_attribute_value').values(row).execute();
  }

  async updateValue(id: string, value: string, by: string, at: string): Promise<void> {
    await this.db.updateTable('participant_attribute_value').set({ value, set_by: by, set_at: at }).where('id', '=', id).execute();
  }
}
