import type { Insertable, Kysely, Selectable } from 'kysely';
import type { RoleGroup } from '../../domain/roles.js';
import type { Database, IsfEntryTable, IsfTable } from '../schema.js';
import { type Retirement, retireRow } from './retire.js';
import { updateIfVersion } from './versioned.js';

export type IsfRow = Selectable<IsfTable>;
export type IsfEntryRow = Selectable<IsfEntryTable>;

/** An ISF entry with its form's field and the interview it summarises. */
export interface IsfEntryInContext extends IsfEntryRow {
  field_key: string;
  field_label: string;
  interview_id: string;
  interview_code: string;
  role: string;
  participant_id: string;
  pseudonym: string;
  organization_id: string;
  organization_name: string;
  district_id: string;
  district_name: string;
  cycle_id: string;
  cycle_label: string;
}

export interface IsfFilter {
  districtId?: string;
  organizationId?: string;
  role?: string;
  cycleId?: string;
  status?: string;
}

/** Interview Summary Forms and their entries (one entry per field). */
export class IsfRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(row: Insertable<IsfTable>): Promise<void> {
    await this.db.insertInto('isf').values(row).execute();
  }

  byId(id: string): Promise<IsfRow | undefined> {
    return this.db.selectFrom('isf').selectAll().where('id', '=', id).executeTakeFirst();
  }

  byInterview(interviewId: string): Promise<IsfRow | undefined> {
    return this.db.selectFrom('isf').selectAll().where('interview_id', '=', interviewId).executeTakeFirst();
  }

  list(partnershipId: string, f: IsfFilter = {}) {
    let q = this.db
      .selectFrom('isf as f')
      .innerJoin('interview as i', 'i.id', 'f.interview_id')
      .innerJoin('participant as p', 'p.id', 'i.participant_id')
      .innerJoin('cycle as c', 'c.id', 'i.cycle_id')
      .selectAll('f')
      .select(['i.code as interview_code', 'i.role', 'p.pseudonym', 'c.label as cycle_label', 'i.organization_id', 'i.district_id'])
      .where('i.partnership_id', '=', partnershipId);
    if (f.districtId) q = q.where('i.district_id', '=', f.districtId);
    if (f.organizationId) q = q.where('i.organization_id', '=', f.organizationId);
    // A filter is what the caller typed: a role that is no role group matches nothing.
    if (f.role) q = q.where('i.role', '=', f.role as RoleGroup);
    if (f.cycleId) q = q.where('i.cycle_id', '=', f.cycleId);
    if (f.status) q = q.where('f.status', '=', f.status);
    return q.orderBy('c.label').orderBy('i.code').execute();
  }

  /** Saves a new status if the form is still at `fromVersion`; false on a concurrent change. */
  /** How many ISFs each template has, and how many of them are complete. */
  async countsByTemplate(templateIds: readonly string[]): Promise<Map<string, { total: number; complete: number }>> {
    if (templateIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('isf')
      .select(['template_id', 'status', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('template_id', 'in', [...templateIds])
      .groupBy(['template_id', 'status'])
      .execute();
    const counts = new Map<string, { total: number; complete: number }>();
    for (const r of rows) {
      const c = counts.get(r.template_id) ?? { total: 0, complete: 0 };
      c.total += Number(r.n);
      if (r.status === 'complete') c.complete += Number(r.n);
      counts.set(r.template_id, c);
    }
    return counts;
  }

  setStatus(id: string, status: string, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'isf', id, { status }, { fromVersion, by, at });
  }

  entries(isfId: string): Promise<IsfEntryRow[]> {
    return this.db.selectFrom('isf_entry').selectAll().where('isf_id', '=', isfId).execute();
  }

  entryById(id: string): Promise<IsfEntryRow | undefined> {
    return this.db.selectFrom('isf_entry').selectAll().where('id', '=', id).executeTakeFirst();
  }

  liveEntry(isfId: string, fieldId: string): Promise<IsfEntryRow | undefined> {
    return this.db
      .selectFrom('isf_entry')
      .selectAll()
      .where('isf_id', '=', isfId)
      .where('field_id', '=', fieldId)
      .where('retired_at', 'is', null)
      .executeTakeFirst();
  }

  async insertEntry(row: Insertable<IsfEntryTable>): Promise<void> {
    await this.db.insertInto('isf_entry').values(row).execute();
  }

  updateEntryText(id: string, text: string, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'isf_entry', id, { text }, { fromVersion, by, at, live: true });
  }

  entriesInContext(ids: readonly string[]): Promise<IsfEntryInContext[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('isf_entry as e')
      .innerJoin('isf_field as fl', 'fl.id', 'e.field_id')
      .innerJoin('isf as f', 'f.id', 'e.isf_id')
      .innerJoin('interview as i', 'i.id', 'f.interview_id')
      .innerJoin('participant as p', 'p.id', 'i.participant_id')
      .innerJoin('organization as o', 'o.id', 'i.organization_id')
      .innerJoin('organization as d', 'd.id', 'i.district_id')
      .innerJoin('cycle as c', 'c.id', 'i.cycle_id')
      .selectAll('e')
      .select([
        'fl.key as field_key',
        'fl.label as field_label',
        'i.id as interview_id',
        'i.code as interview_code',
        'i.role',
        'p.id as participant_id',
        'p.pseudonym',
        'o.id as organization_id',
        'o.name as organization_name',
        'd.id as district_id',
        'd.name as district_name',
        'c.id as cycle_id',
        'c.label as cycle_label',
      ])
      .where('e.id', 'in', [...ids])
      .execute();
  }

  /** Live entries' retirement state across a partnership, for checking chains. */
  entryStates(partnershipId: string) {
    return this.db
      .selectFrom('isf_entry as e')
      .innerJoin('isf as f', 'f.id', 'e.isf_id')
      .innerJoin('interview as i', 'i.id', 'f.interview_id')
      .select([
        'e.id',
        'e.retired_at',
        'e.text',
        'i.id as interview_id',
        'i.code as interview_code',
        'i.district_id',
        'i.organization_id',
        'i.cycle_id',
        'i.role',
      ])
      .where('i.partnership_id', '=', partnershipId)
      .execute();
  }

  retireEntry(id: string, r: Retirement): Promise<void> {
    return retireRow(this.db, 'isf_entry', id, r);
  }
}
