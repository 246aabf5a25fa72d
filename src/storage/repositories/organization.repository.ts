import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, OrganizationKind, OrganizationTable } from '../schema.js';

export type OrganizationRow = Selectable<OrganizationTable>;

/** Districts, their schools and their central-office units. */
export class OrganizationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  list(partnershipId: string, kind?: OrganizationKind): Promise<OrganizationRow[]> {
    let q = this.db.selectFrom('organization').selectAll().where('partnership_id', '=', partnershipId);
    if (kind) q = q.where('kind', '=', kind);
    return q.orderBy('kind').orderBy('name').execute();
  }

  byId(id: string): Promise<OrganizationRow | undefined> {
    return this.db.selectFrom('organization').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Finds a district, school or unit by name (schools and units within their district). */
  find(partnershipId: string, kind: OrganizationKind, name: string, districtId: string | null = null): Promise<OrganizationRow | undefined> {
    let q = this.db.selectFrom('organization').selectAll().where('partnership_id', '=', partnershipId).where('kind', '=', kind).where('name', '=', name);
    q = districtId === null ? q.where('district_id', 'is', null) : q.where('district_id', '=', districtId);
    return q.executeTakeFirst();
  }

  /** Finds by ID or by name (a user may type either). */
  async resolve(partnershipId: string, kind: OrganizationKind, idOrName: string): Promise<OrganizationRow[]> {
    return this.db
      .selectFrom('organization')
      .selectAll()
      .where('partnership_id', '=', partnershipId)
      .where('kind', '=', kind)
      .where((eb) => eb.or([eb('id', '=', idOrName), eb('name', '=', idOrName)]))
      .execute();
  }

  async insert(row: Insertable<OrganizationTable>): Promise<void> {
    await this.db.insertInto('organization').values(row).execute();
  }

  async rename(id: string, name: string): Promise<void> {
    await this.db.updateTable('organization').set({ name }).where('id', '=', id).execute();
  }
}
