import type { Kysely, Selectable } from 'kysely';
import type { AuditLogTable, Database } from '../schema.js';

export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  entityKind: string;
  entityId: string;
  version?: number | null;
  reason?: string | null;
  data: unknown;
}

export type AuditRow = Selectable<AuditLogTable>;

/** The append-only record of every change: who, when, what, why. Rows are only ever inserted. */
export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async append(entries: AuditEntry | AuditEntry[]): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    for (let i = 0; i < list.length; i += 500) {
      await this.db
        .insertInto('audit_log')
        .values(
          list.slice(i, i + 500).map((e) => ({
            at: e.at,
            actor: e.actor,
            action: e.action,
            entity_kind: e.entityKind,
            entity_id: e.entityId,
            version: e.version ?? null,
            reason: e.reason ?? null,
            data: JSON.stringify(e.data),
          })),
        )
        .execute();
    }
  }

  forEntity(entityId: string): Promise<AuditRow[]> {
    return this.db.selectFrom('audit_log').selectAll().where('entity_id', '=', entityId).orderBy('seq').execute();
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
