import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.js';
import { ENTITY_KINDS, type EntityKind, RECORD_KINDS } from '../src/domain/record-kinds.js';
import { ARCHIVE_TABLES, NOT_ARCHIVED } from '../src/storage/archive.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';
import { importInstrumentResponses } from '../src/services/instrument-import.js';

/**
 * The migrated schema, on both engines, against what the code says of it: `storage/schema.ts`
 * (tables, columns, which may be null), the archive (every table written, or rebuilt on load) and
 * the kinds of record (every table holds one, or is part of one; the policy finds the partnership
 * of every kind named by ID).
 */

/** Tables of the engines themselves, not of Warrant's schema. */
const ENGINE_TABLES = [
  // The migrator's bookkeeping: an archive names its migrations in its header instead.
  'warrant_migration',
  'warrant_migration_lock',
];
/** SQLite's full-text indexes (FTS5 and its shadow tables), rebuilt from their content table when an archive is loaded. */
const SEARCH_INDEX = /^(turn_segment|artifact_passage)_fts(_(data|idx|docsize|config))?$/;
/** PostgreSQL's search vector, computed by the database from the text. */
const COMPUTED_COLUMNS = new Set(['tsv']);

/**
 * Tables that hold no kind of record of their own (no prefixed ID): rows of a record found through
 * it, never named by ID in a request.
 */
const NOT_A_KIND: Record<string, string> = {
  turn: 'a turn of a transcript, read with the transcript',
  turn_segment: 'the search segments of a turn',
  speaker_mapping: 'whose a speaker label of a transcript file is, read when the file is imported again',
  artifact_passage: 'the search passages of an artifact',
  audit_log: 'the audit trail, keyed by its sequence and read by administrators only',
  exchange_guid: 'the GUID another QDA tool knows an imported record by, read when its project is imported again',
  unassigned_document: 'an interview brought in from a document to assign, read with the interview',
};

type Columns = Map<string, { nullable: boolean }>;

/** Tables and columns as `storage/schema.ts` types them, read by the TypeScript compiler (extends, imported fields and Generated<> resolved). */
function declaredSchema(): Map<string, Columns> {
  const file = fileURLToPath(new URL('../src/storage/schema.ts', import.meta.url));
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2023,
  });
  const checker = program.getTypeChecker();
  const database = program
    .getSourceFile(file)!
    .statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Database');
  if (!database) throw new Error('src/storage/schema.ts declares no Database interface');
  const tables = new Map<string, Columns>();
  for (const table of checker.getPropertiesOfType(checker.getTypeAtLocation(database.name))) {
    const columns: Columns = new Map();
    for (const column of checker.getPropertiesOfType(checker.getTypeOfSymbol(table))) {
      let type = checker.getTypeOfSymbol(column);
      // Generated<T> and ColumnType<S, I, U>: what a select reads.
      const selected = type.getProperty('__select__');
      if (selected) type = checker.getTypeOfSymbol(selected);
      const nullable = (type.isUnion() ? type.types : [type]).some((t) => (t.flags & ts.TypeFlags.Null) !== 0);
      columns.set(column.name, { nullable });
    }
    tables.set(table.name, columns);
  }
  return tables;
}

/** Tables and columns as the migrations made them. */
async function migratedSchema(t: TestDatabase): Promise<Map<string, Columns>> {
  const tables = new Map<string, Columns>();
  const add = (table: string, column: string, nullable: boolean) => {
    if (ENGINE_TABLES.includes(table) || SEARCH_INDEX.test(table) || COMPUTED_COLUMNS.has(column)) return;
    if (!tables.has(table)) tables.set(table, new Map());
    tables.get(table)!.set(column, { nullable });
  };
  if (t.store.dialect === 'sqlite') {
    const names = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(
      t.store.db,
    );
    for (const { name } of names.rows) {
      const info = await sql<{ name: string; notnull: number; pk: number }>`SELECT name, "notnull", pk FROM pragma_table_info(${name})`.execute(t.store.db);
      // A primary key is never null here: every one is an ID the code gives, or an integer row ID.
      for (const c of info.rows) add(name, c.name, c.notnull === 0 && c.pk === 0);
    }
  } else {
    const columns = await sql<{ table_name: string; column_name: string; is_nullable: string }>`
      SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`.execute(
      t.store.db,
    );
    for (const c of columns.rows) add(c.table_name, c.column_name, c.is_nullable === 'YES');
  }
  return tables;
}

const differences = (declared: Map<string, Columns>, migrated: Map<string, Columns>): string[] => {
  const out: string[] = [];
  for (const table of migrated.keys()) if (!declared.has(table)) out.push(`table ${table} is migrated but not in src/storage/schema.ts`);
  for (const table of declared.keys()) if (!migrated.has(table)) out.push(`table ${table} is in src/storage/schema.ts but not migrated`);
  for (const [table, columns] of migrated) {
    const typed = declared.get(table);
    if (!typed) continue;
    for (const [column, { nullable }] of columns) {
      const declaredColumn = typed.get(column);
      if (!declaredColumn) out.push(`${table}.${column} is migrated but not in src/storage/schema.ts`);
      else if (declaredColumn.nullable !== nullable)
        out.push(
          `${table}.${column} is ${nullable ? 'nullable' : 'NOT NULL'} as migrated, typed ${declaredColumn.nullable ? 'with' : 'without'} null in src/storage/schema.ts`,
        );
    }
    for (const column of typed.keys()) if (!columns.has(column)) out.push(`${table}.${column} is in src/storage/schema.ts but not migrated`);
  }
  return out;
};

const declared = declaredSchema();

describe.each(DIALECTS)('the migrated schema on %s', (dialect) => {
  let t: TestDatabase;
  let migrated: Map<string, Columns>;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    migrated = await migratedSchema(t);
  });
  afterAll(() => t?.close());

  it('is what src/storage/schema.ts says: the same tables, columns and nullable columns', () => {
    expect(migrated.size).toBeGreaterThan(40);
    expect(differences(declared, migrated)).toEqual([]);
  });

  it('is archived whole: every table is written to the archive or rebuilt when one is loaded', () => {
    const archived = new Set<string>(ARCHIVE_TABLES.map((a) => a.table));
    const left = [...migrated.keys()].filter((table) => !archived.has(table) && !(table in NOT_ARCHIVED));
    expect(left.map((table) => `table ${table} is neither in ARCHIVE_TABLES nor in NOT_ARCHIVED (src/storage/archive.ts)`)).toEqual([]);
    for (const { table, key } of ARCHIVE_TABLES) expect(migrated.get(table)?.has(key), `${table} is archived in the order of ${key}`).toBe(true);
  });

  it('holds a kind of record in every table, with the columns its declaration relies on', () => {
    const tableKinds = new Map(ENTITY_KINDS.map((k) => [RECORD_KINDS[k].table as string, k]));
    const wrong: string[] = [];
    for (const table of migrated.keys()) {
      if (!tableKinds.has(table) && !(table in NOT_A_KIND))
        wrong.push(`table ${table} is the table of no kind in src/domain/record-kinds.ts, nor in NOT_A_KIND`);
    }
    for (const kind of ENTITY_KINDS) {
      const { table, owner, versioned, retirable } = RECORD_KINDS[kind] as (typeof RECORD_KINDS)[EntityKind];
      const columns = migrated.get(table);
      if (!columns) {
        wrong.push(`${kind}: table ${table} is not migrated`);
        continue;
      }
      const needs = (column: string, why: string) => columns.has(column) || wrong.push(`${kind}: ${table}.${column} is missing (${why})`);
      needs('id', 'its ID');
      if (owner === 'column') needs('partnership_id', 'its partnership is found in it');
      if (owner !== null && typeof owner === 'object') needs(`${RECORD_KINDS[owner.through].table}_id`, `its partnership is that of its ${owner.through}`);
      for (const column of ['version', 'updated_by', 'updated_at']) {
        if (versioned) needs(column, 'it is versioned');
        else if (column !== 'version' && columns.has(column)) wrong.push(`${kind}: ${table} has ${column} but the kind is not declared versioned`);
      }
      if (retirable) for (const column of ['retired_at', 'retired_by', 'retired_reason']) needs(column, 'it is retirable');
    }
    expect(wrong).toEqual([]);
  });

  it('finds the partnership of every record named by ID, and of nothing else', async () => {
    await loadDemo(t.ctx);
    const partnership = (await t.store.db.selectFrom('partnership').select('id').executeTakeFirstOrThrow()).id;
    // The demo's records, and a survey's responses (the demo holds no instrument yet).
    const participant = (await t.store.participants.list(partnership))[0]!;
    const cycle = (await t.store.cycles.list(partnership))[0]!;
    const survey = await importInstrumentResponses(t.ctx, {
      partnershipId: partnership,
      instrument: 'Teacher survey',
      format: 'csv',
      file: 'survey.csv',
      bytes: `participant_id,years\n${participant.code},12\n`,
      cycle: cycle.label,
    });
    expect(survey.written).toBe(true);
    const wrong: string[] = [];
    const untested: string[] = [];
    for (const kind of ENTITY_KINDS) {
      const { table, prefix, owner } = RECORD_KINDS[kind];
      if (owner === null) {
        const found = await t.store.ownership.partnershipOf(`${prefix}_0000000000000000`);
        if (found !== undefined) wrong.push(`${kind} is never named by ID, yet its partnership was found`);
        continue;
      }
      const row = (await sql<{ id: string }>`SELECT id FROM ${sql.table(table)} ORDER BY id LIMIT 1`.execute(t.store.db)).rows[0];
      if (!row) untested.push(kind);
      else if ((await t.store.ownership.partnershipOf(row.id)) !== partnership) wrong.push(`${kind} ${row.id}: its partnership was not found`);
    }
    expect(wrong).toEqual([]);
    // Together they hold a record of every kind named by ID.
    expect(untested).toEqual([]);
  });
});
