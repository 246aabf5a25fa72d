import type { Compilable, Kysely } from 'kysely';
import { compiledOnce } from '../compiled-once.js';
import { type EntityKind, kindOfId } from '../../domain/ids.js';
import { RECORD_KINDS } from '../../domain/record-kinds.js';
import type { Database } from '../schema.js';

/** Which partnership a record belongs to, from its ID alone: the basis of every access decision on an item. */
export class OwnershipRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** One compiled query per kind, made on first use: every request that names an item asks. */
  private readonly lookups = new Map<EntityKind, (id: string) => Promise<{ partnership: string }[]>>();

  async partnershipOf(id: string): Promise<string | undefined> {
    const kind = kindOfId(id);
    if (!kind) return undefined;
    let lookup = this.lookups.get(kind);
    if (!lookup) {
      const build = this.ownerQuery(kind);
      if (!build) return undefined;
      this.lookups.set(kind, (lookup = compiledOnce(this.db, build)));
    }
    return (await lookup(id))[0]?.partnership;
  }

  /** The record, then each record it belongs to, joined up to the one that holds the partnership; none for a kind never named by ID. */
  private ownerQuery(kind: EntityKind) {
    const chain: EntityKind[] = [kind];
    let owner = RECORD_KINDS[kind].owner;
    while (owner !== null && typeof owner === 'object') {
      chain.push(owner.through);
      owner = RECORD_KINDS[owner.through].owner;
    }
    if (owner === null) return undefined;
    const column = owner === 'itself' ? 'id' : 'partnership_id';
    // Kysely cannot type a query over a table chosen at run time; the declared tables and columns are checked by test/schema-coverage.
    const untyped = this.db as unknown as Kysely<Record<string, Record<string, string>>>;
    return (id: string) => {
      let q = untyped.selectFrom(`${tableOf(kind)} as k0`);
      for (let i = 1; i < chain.length; i++) {
        const table = tableOf(chain[i]!);
        q = q.innerJoin(`${table} as k${i}`, `k${i}.id`, `k${i - 1}.${table}_id`);
      }
      return q.select(`k${chain.length - 1}.${column} as partnership`).where('k0.id', '=', id) as unknown as Compilable<{ partnership: string }>;
    };
  }

  /**
   * The district a record is shared with, for what partner leaders may see: a district itself, or
   * an issued design-document version, its member check, or a response to it.
   */
  async districtOf(id: string): Promise<string | undefined> {
    const db = this.db;
    switch (kindOfId(id)) {
      case 'organization':
        return (await db.selectFrom('organization').select('id').where('id', '=', id).where('kind', '=', 'district').executeTakeFirst())?.id;
      case 'dddVersion':
        return (await db.selectFrom('ddd_version').select('district_id').where('id', '=', id).executeTakeFirst())?.district_id;
      case 'memberCheck':
        return (
          await db
            .selectFrom('member_check as c')
            .innerJoin('ddd_version as v', 'v.id', 'c.ddd_version_id')
            .select('v.district_id')
            .where('c.id', '=', id)
            .executeTakeFirst()
        )?.district_id;
      default:
        return undefined;
    }
  }
}

/** The table of each kind of record; a kind whose table the schema lacks fails the typecheck here. */
export const tableOf = (kind: EntityKind): keyof Database => RECORD_KINDS[kind].table;
