import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { once } from 'node:events';
import { createGunzip, createGzip } from 'node:zlib';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { invalid } from '../domain/errors.js';
import { connect, type DatabaseTarget } from './database.js';
import { migrationNames } from './migrations/index.js';
import type { Database } from './schema.js';
import { Store } from './store.js';
import { segmentStoredTurns } from './turn-segments.js';

/**
 * A portable archive of a whole database: gzip'd JSON lines, a header and then every row of every
 * table. It moves a partnership between SQLite and PostgreSQL (and backs up PostgreSQL): the rows
 * come back identical, IDs, versions and the audit chain included; search indexes (and the turn
 * segments they index) are rebuilt.
 */
export const ARCHIVE_FORMAT = 'warrant-archive';
export const ARCHIVE_VERSION = 1;

/** Tables in the order they are written and loaded, with the key that orders their rows. */
export const ARCHIVE_TABLES = [
  { table: 'partnership', key: 'id' },
  { table: 'organization', key: 'id' },
  { table: 'cycle', key: 'id' },
  { table: 'participant', key: 'id' },
  { table: 'interview', key: 'id' },
  { table: 'transcript', key: 'id' },
  { table: 'turn', key: 'id' },
  { table: 'speaker_mapping', key: 'id' },
  { table: 'excerpt', key: 'id' },
  { table: 'isf_template', key: 'id' },
  { table: 'isf_field', key: 'id' },
  { table: 'isf', key: 'id' },
  { table: 'isf_entry', key: 'id' },
  { table: 'summary', key: 'id' },
  { table: 'claim', key: 'id' },
  { table: 'finding', key: 'id' },
  { table: 'citation', key: 'id' },
  { table: 'support_type', key: 'id' },
  { table: 'strategy', key: 'id' },
  { table: 'strategy_element', key: 'id' },
  { table: 'artifact', key: 'id' },
  { table: 'artifact_passage', key: 'id' },
  { table: 'strategy_evidence', key: 'id' },
  { table: 'assessment', key: 'id' },
  { table: 'ddd_version', key: 'id' },
  { table: 'member_check', key: 'id' },
  { table: 'member_check_recipient', key: 'id' },
  { table: 'member_check_response', key: 'id' },
  { table: 'implementation', key: 'id' },
  { table: 'explanation', key: 'id' },
  { table: 'toa_component', key: 'id' },
  { table: 'conjecture', key: 'id' },
  { table: 'conjecture_revision', key: 'id' },
  { table: 'literature', key: 'id' },
  { table: 'retrospective', key: 'id' },
  { table: 'toa_iteration', key: 'id' },
  { table: 'recommendation', key: 'id' },
  { table: 'feedback_report', key: 'id' },
  { table: 'feedback_meeting', key: 'id' },
  { table: 'feedback_narrative', key: 'id' },
  { table: 'uptake', key: 'id' },
  { table: 'evidence_link', key: 'id' },
  { table: 'participant_attribute', key: 'id' },
  { table: 'participant_attribute_value', key: 'id' },
  { table: 'instrument', key: 'id' },
  { table: 'instrument_item', key: 'id' },
  { table: 'instrument_response', key: 'id' },
  { table: 'instrument_scale', key: 'id' },
  { table: 'lesson_score', key: 'id' },
  { table: 'achievement_result', key: 'id' },
  { table: 'code', key: 'id' },
  { table: 'coding', key: 'id' },
  { table: 'memo', key: 'id' },
  { table: 'coding_assignment', key: 'id' },
  { table: 'rubric', key: 'id' },
  { table: 'rubric_dimension', key: 'id' },
  { table: 'rubric_level', key: 'id' },
  { table: 'score', key: 'id' },
  { table: 'score_passage', key: 'id' },
  { table: 'reconciliation', key: 'id' },
  { table: 'exchange_guid', key: 'record_id' },
  { table: 'unassigned_document', key: 'interview_id' },
  { table: 'account', key: 'id' },
  { table: 'membership', key: 'id' },
  { table: 'session', key: 'id' },
  { table: 'account_link', key: 'id' },
  { table: 'audit_log', key: 'seq' },
] as const satisfies readonly { table: keyof Database; key: string }[];

/** Tables left out of the archive, and why: loading an archive rebuilds them. */
export const NOT_ARCHIVED = {
  turn_segment: 'the turns are cut into search segments again, and indexed, as the archive is loaded',
} as const satisfies Partial<Record<keyof Database, string>>;

// Every table of the schema is archived or said not to be: one left out is named by the typecheck here.
({}) satisfies Record<Exclude<keyof Database, (typeof ARCHIVE_TABLES)[number]['table'] | keyof typeof NOT_ARCHIVED>, never>;

/** Columns the database computes itself (PostgreSQL's search vector) are not archived. */
const COMPUTED = new Set(['tsv']);

export interface ArchiveHeader {
  format: typeof ARCHIVE_FORMAT;
  version: number;
  migrations: string[];
  exportedAt: string;
  source: string;
}

type Row = Record<string, unknown>;

const PAGE = 2000;

/** Reads every table in one consistent snapshot, a page of rows at a time. */
async function* snapshot(target: DatabaseTarget): AsyncGenerator<{ table: string; rows: Row[] }> {
  if (target.dialect === 'sqlite') {
    // A read transaction on its own connection: a consistent snapshot that does not stop writers (WAL).
    const db = new SQLite(target.path, { readonly: true, fileMustExist: true });
    try {
      db.exec('BEGIN');
      for (const { table, key } of ARCHIVE_TABLES) {
        const page: Row[] = [];
        for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY ${key}`).iterate() as IterableIterator<Row>) {
          page.push(row);
          if (page.length === PAGE) yield { table, rows: page.splice(0) };
        }
        if (page.length) yield { table, rows: page };
      }
      db.exec('COMMIT');
    } finally {
      db.close();
    }
    return;
  }
  const store = Store.of(await connect(target));
  try {
    const pages: { table: string; rows: Row[] }[] = [];
    // Collected inside one repeatable-read transaction, then handed out.
    await store.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        for (const { table, key } of ARCHIVE_TABLES) {
          let after: unknown = null;
          for (;;) {
            const rows = (
              await sql<Row>`SELECT * FROM ${sql.table(table)} ${after === null ? sql`` : sql`WHERE ${sql.ref(key)} > ${after}`} ORDER BY ${sql.ref(key)} LIMIT ${PAGE}`.execute(
                trx,
              )
            ).rows;
            if (rows.length) pages.push({ table, rows });
            if (rows.length < PAGE) break;
            after = rows[rows.length - 1]![key];
          }
        }
      });
    yield* pages;
  } finally {
    await store.destroy();
  }
}

/** Binary columns (an artifact's file) travel as base64 in the JSON lines. */
const BINARY = '$base64';

const archived = (row: Row): Row =>
  Object.fromEntries(
    Object.entries(row)
      .filter(([k]) => !COMPUTED.has(k))
      .map(([k, v]) => [k, v instanceof Uint8Array ? { [BINARY]: Buffer.from(v).toString('base64') } : v]),
  );

const restored = (row: Row): Row =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [
      k,
      v && typeof v === 'object' && typeof (v as Row)[BINARY] === 'string' ? Buffer.from((v as Record<string, string>)[BINARY]!, 'base64') : v,
    ]),
  );

/** Writes the archive of the database to `out`; returns the number of rows per table. */
export async function exportArchive(target: DatabaseTarget, out: Writable, now = new Date()): Promise<Record<string, number>> {
  const gzip = createGzip();
  gzip.pipe(out);
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, 'drain');
  };
  const header: ArchiveHeader = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    migrations: migrationNames(),
    exportedAt: now.toISOString(),
    source: target.dialect,
  };
  await write(header);
  const counts: Record<string, number> = Object.fromEntries(ARCHIVE_TABLES.map((t) => [t.table, 0]));
  for await (const { table, rows } of snapshot(target)) {
    for (const row of rows) await write({ t: table, r: archived(row) });
    counts[table] = (counts[table] ?? 0) + rows.length;
  }
  gzip.end();
  await once(out, 'finish');
  return counts;
}

async function* archiveLines(input: Readable): AsyncGenerator<unknown> {
  const lines = createInterface({ input: input.pipe(createGunzip()), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    try {
      yield JSON.parse(line);
    } catch {
      throw invalid(`the archive is damaged at line ${n}: not JSON`);
    }
  }
}

/** An archive whose rows name records it does not hold is damaged: said before the commit would refuse it. */
async function refuseDanglingReferences(tx: Store): Promise<void> {
  if (tx.dialect === 'sqlite') {
    const { rows } = await sql<{ table: string; parent: string }>`PRAGMA foreign_key_check`.execute(tx.db);
    if (rows.length) throw invalid(`the archive is damaged: ${rows.length} row(s) of ${rows[0]!.table} name a ${rows[0]!.parent} it does not hold`);
    return;
  }
  try {
    await sql`SET CONSTRAINTS ALL IMMEDIATE`.execute(tx.db);
  } catch (e) {
    const detail = (e as { detail?: string }).detail;
    throw invalid(`the archive is damaged: ${e instanceof Error ? e.message : String(e)}${detail ? ` (${detail})` : ''}`);
  }
}

/** Loads an archive into an empty database (of either engine); returns the number of rows per table. */
export async function importArchive(store: Store, input: Readable): Promise<Record<string, number>> {
  const known = new Map(ARCHIVE_TABLES.map((t) => [t.table as string, t]));
  const counts: Record<string, number> = {};
  let header: ArchiveHeader | undefined;
  await store.transaction(async (tx) => {
    const occupied =
      (await tx.db.selectFrom('partnership').select('id').limit(1).execute()).length +
      (await tx.db.selectFrom('account').select('id').limit(1).execute()).length;
    if (occupied) throw invalid('the database is not empty: load an archive into a new database');
    // Rows come table by table and a table's rows by key, so a record may come before one it names:
    // the references are checked once, when every row is in.
    await (tx.dialect === 'sqlite' ? sql`PRAGMA defer_foreign_keys = ON` : sql`SET CONSTRAINTS ALL DEFERRED`).execute(tx.db);
    let batch: { table: string; rows: Row[] } | undefined;
    const flush = async () => {
      if (!batch || batch.rows.length === 0) return;
      const columns = Object.keys(batch.rows[0]!).length;
      const size = Math.max(1, Math.floor(30_000 / Math.max(columns, 1)));
      for (let i = 0; i < batch.rows.length; i += size) {
        await tx.db
          .insertInto(batch.table as keyof Database)
          .values(batch.rows.slice(i, i + size) as never)
          .execute();
      }
      counts[batch.table] = (counts[batch.table] ?? 0) + batch.rows.length;
      batch = undefined;
    };
    for await (const item of archiveLines(input)) {
      if (!header) {
        const h = item as Partial<ArchiveHeader>;
        if (h.format !== ARCHIVE_FORMAT) throw invalid('this is not a Warrant archive');
        if (h.version !== ARCHIVE_VERSION) throw invalid(`this archive has format version ${h.version}; this Warrant reads version ${ARCHIVE_VERSION}`);
        const unknown = (h.migrations ?? []).filter((m) => !migrationNames().includes(m));
        if (unknown.length) throw invalid(`this archive comes from a newer Warrant (schema ${unknown.join(', ')}): upgrade first`);
        header = h as ArchiveHeader;
        continue;
      }
      const { t, r } = item as { t?: string; r?: Row };
      if (!t || !known.has(t) || !r || typeof r !== 'object') throw invalid(`the archive holds a row the database has no table for (${String(t)})`);
      if (batch && batch.table !== t) await flush();
      batch ??= { table: t, rows: [] };
      batch.rows.push(restored(r));
      if (batch.rows.length >= PAGE) {
        const table = batch.table;
        await flush();
        batch = { table, rows: [] };
      }
    }
    await flush();
    if (!header) throw invalid('the archive is empty');
    await refuseDanglingReferences(tx);
    await segmentStoredTurns(tx.db, tx.dialect);
    if (tx.dialect === 'sqlite') {
      await sql`INSERT INTO artifact_passage_fts(artifact_passage_fts) VALUES ('rebuild')`.execute(tx.db);
    } else {
      await sql`SELECT setval(pg_get_serial_sequence('turn', 'id'), COALESCE((SELECT max(id) FROM turn), 0) + 1, false)`.execute(tx.db);
      await sql`SELECT setval(pg_get_serial_sequence('speaker_mapping', 'id'), COALESCE((SELECT max(id) FROM speaker_mapping), 0) + 1, false)`.execute(tx.db);
      await sql`SELECT setval(pg_get_serial_sequence('artifact_passage', 'id'), COALESCE((SELECT max(id) FROM artifact_passage), 0) + 1, false)`.execute(tx.db);
      await sql`SELECT setval(pg_get_serial_sequence('audit_log', 'seq'), COALESCE((SELECT max(seq) FROM audit_log), 0) + 1, false)`.execute(tx.db);
    }
  });
  return counts;
}
