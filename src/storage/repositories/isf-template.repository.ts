import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { RoleGroup } from '../../domain/roles.js';
import type { Database, IsfFieldTable, IsfTemplateTable } from '../schema.js';
import { updateIfVersion } from './versioned.js';

export type IsfTemplateRow = Selectable<IsfTemplateTable>;
export type IsfFieldRow = Selectable<IsfFieldTable>;

/** Interview Summary Form templates: one default per role group, and a district's customised copies. */
export class IsfTemplateRepository {
  constructor(private readonly db: Kysely<Database>) {}

  list(partnershipId: string): Promise<IsfTemplateRow[]> {
    return this.db.selectFrom('isf_template').selectAll().where('partnership_id', '=', partnershipId).orderBy('role').orderBy('district_id').execute();
  }

  byId(id: string): Promise<IsfTemplateRow | undefined> {
    return this.db.selectFrom('isf_template').selectAll().where('id', '=', id).executeTakeFirst();
  }

  find(partnershipId: string, role: RoleGroup, districtId: string | null): Promise<IsfTemplateRow | undefined> {
    let q = this.db.selectFrom('isf_template').selectAll().where('partnership_id', '=', partnershipId).where('role', '=', role);
    q = districtId === null ? q.where('district_id', 'is', null) : q.where('district_id', '=', districtId);
    return q.executeTakeFirst();
  }

  fields(templateIds: string | readonly string[]): Promise<IsfFieldRow[]> {
    const ids = typeof templateIds === 'string' ? [templateIds] : [...templateIds];
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('isf_field').selectAll().where('template_id', 'in', ids).orderBy('position').execute();
  }

  fieldById(id: string): Promise<IsfFieldRow | undefined> {
    return this.db.selectFrom('isf_field').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insert(template: Insertable<IsfTemplateTable>, fields: Insertable<IsfFieldTable>[]): Promise<void> {
    await this.db.insertInto('isf_template').values(template).execute();
    if (fields.length) await this.db.insertInto('isf_field').values(fields).execute();
  }

  async insertField(field: Insertable<IsfFieldTable>): Promise<void> {
    await this.db.insertInto('isf_field').values(field).execute();
  }

  async updateField(id: string, changes: Updateable<IsfFieldTable>): Promise<void> {
    await this.db.updateTable('isf_field').set(changes).where('id', '=', id).execute();
  }

  /** Moves a template to its next version; false if someone else changed it first. */
  bumpVersion(id: string, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'isf_template', id, {}, { fromVersion, by, at });
  }
}
