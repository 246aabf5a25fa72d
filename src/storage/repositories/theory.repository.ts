import type { Insertable, Kysely, Selectable } from 'kysely';
import type {
  ConjectureRevisionTable,
  ConjectureTable,
  Database,
  LiteratureTable,
  RetrospectiveTable,
  ToaComponentTable,
  ToaIterationTable,
} from '../schema.js';
import { type Retirement, retireRow } from './retire.js';
import { updateIfVersion } from './versioned.js';

export type ToaComponentRow = Selectable<ToaComponentTable>;
export type ConjectureRow = Selectable<ConjectureTable>;
export type ConjectureRevisionRow = Selectable<ConjectureRevisionTable>;
export type LiteratureRow = Selectable<LiteratureTable>;
export type RetrospectiveRow = Selectable<RetrospectiveTable>;
export type ToaIterationRow = Selectable<ToaIterationTable>;

/** The theory of action: components, conjectures and their revisions, the literature and retrospective analyses they draw on, and iterations. */
export class TheoryRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insertComponent(row: Insertable<ToaComponentTable>): Promise<void> {
    await this.db.insertInto('toa_component').values(row).execute();
  }

  componentById(id: string): Promise<ToaComponentRow | undefined> {
    return this.db.selectFrom('toa_component').selectAll().where('id', '=', id).executeTakeFirst();
  }

  components(partnershipId: string, { withRetired = false } = {}): Promise<ToaComponentRow[]> {
    let q = this.db.selectFrom('toa_component').selectAll().where('partnership_id', '=', partnershipId);
    if (!withRetired) q = q.where('retired_at', 'is', null);
    return q.orderBy('position').orderBy('key').execute();
  }

  updateComponent(id: string, changes: Pick<ToaComponentRow, 'name'>, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'toa_component', id, changes, { fromVersion, by, at, live: true });
  }

  async insertConjecture(row: Insertable<ConjectureTable>, revision: Insertable<ConjectureRevisionTable>): Promise<void> {
    await this.db.insertInto('conjecture').values(row).execute();
    await this.db.insertInto('conjecture_revision').values(revision).execute();
  }

  conjectureById(id: string): Promise<ConjectureRow | undefined> {
    return this.db.selectFrom('conjecture').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The conjectures with these IDs, retired ones included. */
  conjecturesById(ids: readonly string[]): Promise<ConjectureRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('conjecture')
      .selectAll()
      .where('id', 'in', [...ids])
      .execute();
  }

  conjectures(partnershipId: string): Promise<ConjectureRow[]> {
    return this.db
      .selectFrom('conjecture')
      .selectAll()
      .where('partnership_id', '=', partnershipId)
      .where('retired_at', 'is', null)
      .orderBy('component_id')
      .orderBy('position')
      .orderBy('created_at')
      .execute();
  }

  async reviseConjecture(
    id: string,
    text: string,
    revision: Insertable<ConjectureRevisionTable>,
    fromVersion: number,
    by: string,
    at: string,
  ): Promise<boolean> {
    if (!(await updateIfVersion(this.db, 'conjecture', id, { text }, { fromVersion, by, at, live: true }))) return false;
    await this.db.insertInto('conjecture_revision').values(revision).execute();
    return true;
  }

  retireConjecture(id: string, r: Retirement): Promise<void> {
    return retireRow(this.db, 'conjecture', id, r);
  }

  revisionById(id: string): Promise<ConjectureRevisionRow | undefined> {
    return this.db.selectFrom('conjecture_revision').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Every revision of the conjectures, oldest first. */
  revisions(conjectureIds: readonly string[]): Promise<ConjectureRevisionRow[]> {
    if (conjectureIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('conjecture_revision')
      .selectAll()
      .where('conjecture_id', 'in', [...conjectureIds])
      .orderBy('conjecture_id')
      .orderBy('version')
      .execute();
  }

  async insertLiterature(row: Insertable<LiteratureTable>): Promise<void> {
    await this.db.insertInto('literature').values(row).execute();
  }

  literature(partnershipId: string): Promise<LiteratureRow[]> {
    return this.db.selectFrom('literature').selectAll().where('partnership_id', '=', partnershipId).orderBy('authors').orderBy('year').execute();
  }

  async insertRetrospective(row: Insertable<RetrospectiveTable>): Promise<void> {
    await this.db.insertInto('retrospective').values(row).execute();
  }

  retrospectives(partnershipId: string): Promise<RetrospectiveRow[]> {
    return this.db.selectFrom('retrospective').selectAll().where('partnership_id', '=', partnershipId).orderBy('created_at').execute();
  }

  async insertIteration(row: Insertable<ToaIterationTable>): Promise<void> {
    await this.db.insertInto('toa_iteration').values(row).execute();
  }

  iterations(partnershipId: string): Promise<ToaIterationRow[]> {
    return this.db.selectFrom('toa_iteration').selectAll().where('partnership_id', '=', partnershipId).orderBy('number').execute();
  }

  iterationById(id: string): Promise<ToaIterationRow | undefined> {
    return this.db.selectFrom('toa_iteration').selectAll().where('id', '=', id).executeTakeFirst();
  }
}
