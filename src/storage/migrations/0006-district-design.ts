import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;
type Table = CreateTableBuilder<string, string>;

const text = (t: Table, ...names: string[]) => names.reduce((b, n) => b.addColumn(n, 'text', (c) => c.notNull()), t);
const optionalText = (t: Table, ...names: string[]) => names.reduce((b, n) => b.addColumn(n, 'text'), t);
const integer = (t: Table, ...names: string[]) => names.reduce((b, n) => b.addColumn(n, 'integer', (c) => c.notNull()), t);
const versioned = (t: Table) => text(integer(t, 'version'), 'created_by', 'created_at', 'updated_by', 'updated_at');
const retirable = (t: Table) => optionalText(t, 'retired_at', 'retired_by', 'retired_reason');
const id = (db: Db, name: string) => db.schema.createTable(name).addColumn('id', 'text', (c) => c.primaryKey());

/**
 * What districts intend: the interpretive framework's types of support, strategies with their
 * envisioned practices, intended supports and accountability relations, the evidence they rest on
 * (leader-interview passages and uploaded artifacts), the team's in-house assessment, and the
 * District Design Document's issued versions with their member checks.
 */
export async function up(db: Db, dialect: DialectName): Promise<void> {
  await retirable(versioned(integer(text(id(db, 'support_type'), 'partnership_id', 'key', 'name', 'category', 'description'), 'position')))
    .addUniqueConstraint('support_type_key', ['partnership_id', 'key'])
    .execute();

  await retirable(versioned(integer(text(id(db, 'strategy'), 'partnership_id', 'district_id', 'cycle_id', 'name', 'goal'), 'position'))).execute();
  await db.schema.createIndex('strategy_by_district').on('strategy').columns(['district_id', 'cycle_id']).execute();

  await retirable(
    versioned(
      optionalText(
        integer(text(id(db, 'strategy_element'), 'strategy_id', 'kind', 'description'), 'position'),
        'role',
        'target',
        'support_type',
        'roles_served',
        'frequency',
        'provider',
        'holder',
        'held',
      ).addColumn('co_participation', 'integer'),
    ),
  ).execute();
  await db.schema.createIndex('strategy_element_by_strategy').on('strategy_element').column('strategy_id').execute();

  await retirable(text(id(db, 'strategy_evidence'), 'partnership_id', 'citing_id', 'cited_kind', 'cited_id', 'note', 'created_by', 'created_at')).execute();
  await db.schema.createIndex('strategy_evidence_by_citing').on('strategy_evidence').column('citing_id').execute();
  await db.schema.createIndex('strategy_evidence_by_cited').on('strategy_evidence').column('cited_id').execute();

  await retirable(
    integer(
      text(
        id(db, 'artifact'),
        'partnership_id',
        'district_id',
        'cycle_id',
        'title',
        'kind',
        'file_name',
        'media_type',
        'format',
        'sha256',
        'text',
        'created_by',
        'created_at',
      ),
      'size',
      'pages',
    ).addColumn('content', dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('artifact_by_district').on('artifact').columns(['district_id', 'cycle_id']).execute();

  await integer(
    text(
      db.schema.createTable('artifact_passage').addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) => c.primaryKey()),
      'artifact_id',
      'text',
    ),
    'seq',
    'start_offset',
  ).execute();
  await db.schema.createIndex('artifact_passage_by_artifact').on('artifact_passage').columns(['artifact_id', 'seq']).unique().execute();
  if (dialect === 'sqlite') {
    await sql`CREATE VIRTUAL TABLE artifact_passage_fts USING fts5(text, content='artifact_passage', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`.execute(
      db,
    );
  } else {
    await sql`ALTER TABLE artifact_passage ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('warrant_english', text)) STORED`.execute(db);
    await sql`CREATE INDEX artifact_passage_tsv ON artifact_passage USING gin (tsv)`.execute(db);
  }

  await versioned(
    optionalText(text(id(db, 'assessment'), 'partnership_id', 'district_id', 'cycle_id', 'aspect', 'judgement', 'rationale', 'framework_refs'), 'strategy_id'),
  ).execute();
  await db.schema.createIndex('assessment_by_district').on('assessment').columns(['district_id', 'cycle_id']).execute();

  await integer(
    optionalText(text(id(db, 'ddd_version'), 'partnership_id', 'district_id', 'cycle_id', 'content', 'reason', 'created_by', 'created_at'), 'based_on_id'),
    'number',
  )
    .addUniqueConstraint('ddd_version_number', ['district_id', 'cycle_id', 'number'])
    .execute();

  await text(id(db, 'member_check'), 'partnership_id', 'ddd_version_id', 'message', 'sent_by', 'sent_at').execute();
  await text(id(db, 'member_check_recipient'), 'member_check_id', 'account_id')
    .addUniqueConstraint('member_check_recipient_once', ['member_check_id', 'account_id'])
    .execute();
  await optionalText(
    text(id(db, 'member_check_response'), 'member_check_id', 'section', 'account_id', 'response', 'text', 'created_at'),
    'applied_in_id',
    'applied_by',
    'applied_at',
  ).execute();
  await db.schema.createIndex('member_check_response_by_check').on('member_check_response').column('member_check_id').execute();
}

export async function down(db: Db): Promise<void> {
  for (const table of [
    'member_check_response',
    'member_check_recipient',
    'member_check',
    'ddd_version',
    'assessment',
    'artifact_passage_fts',
    'artifact_passage',
    'artifact',
    'strategy_evidence',
    'strategy_element',
    'strategy',
    'support_type',
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
