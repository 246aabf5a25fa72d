import type SQLite from 'better-sqlite3';
import { type Kysely, type Selectable, sql } from 'kysely';
import { type ChainBreak, chainHash, GENESIS, verifyChain } from '../../domain/audit-chain.js';
import type { DialectName } from '../dialect.js';
import type { AuditLogTable, Database } from '../schema.js';
import { insertRows } from '../insert-rows.js';

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

/**
 * The append-only record of every change: who, when, what, why, each entry chained to the one
 * before by hash. Rows are only ever inserted (the database refuses the rest).
 */
export class AuditRepository {
  /** @param sqlite the raw SQLite handle, inside a transaction only (storage/insert-rows). */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
    private readonly sqlite?: SQLite.Database,
  ) {}

  async append(entries: AuditEntry | AuditEntry[]): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (list.length === 0) return;
    if (!this.db.isTransaction) {
      await this.db.transaction().execute((trx) => new AuditRepository(trx, this.dialect).append(list));
      return;
    }
    // One writer at a time extends the chain (SQLite's write lock does this already).
    if (this.dialect === 'postgres') await sql`SELECT pg_advisory_xact_lock(20091011)`.execute(this.db);
    const last = await this.db.selectFrom('audit_log').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst();
    let previous = last?.hash ?? GENESIS;
    const rows = list.map((e) => {
      const fields = {
        at: e.at,
        actor: e.actor,
        action: e.action,
        entity_kind: e.entityKind,
        entity_id: e.entityId,
        version: e.version ?? null,
        reason: e.reason ?? null,
        data: JSON.stringify(e.data),
      };
      const hash = chainHash(previous, fields);
      const row = { ...fields, prev_hash: previous, hash };
      previous = hash;
      return row;
    });
    await insertRows(this.db, this.sqlite, 'audit_log', rows, 500);
  }

  forEntity(entityId: string): Promise<AuditRow[]> {
    return this.db.selectFrom('audit_log').selectAll().where('entity_id', '=', entityId).orderBy('seq').execute();
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Every entry, in order, a page at a time (the log can be long). */
  async *pages(pageSize = 5000): AsyncGenerator<AuditRow[]> {
    for (let after = 0; ;) {
      const page = await this.db.selectFrom('audit_log').selectAll().where('seq', '>', after).orderBy('seq').limit(pageSize).execute();
      if (page.length) yield page;
      if (page.length < pageSize) return;
      after = page[page.length - 1]!.seq;
    }
  }

  /** Checks the whole chain; returns where it first breaks (or null) and how many entries were checked. */
  async verify(): Promise<{ entries: number; broken: ChainBreak | null }> {
    let entries = 0;
    let previous = GENESIS;
    for await (const page of this.pages()) {
      const broken = verifyChain(page, previous);
      if (broken) return { entries: entries + page.findIndex((r) => r.seq === broken.seq) + 1, broken };
      entries += page.length;
      previous = page[page.length - 1]!.hash!;
    }
    return { entries, broken: null };
  }
}
