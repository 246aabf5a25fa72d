import { type Kysely, type CreateTableBuilder, sql } from 'kysely';
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

export async function up(db: Db, dialect: DialectName): Promise<void> {
  await text(id(db, 'partnership'), 'name', 'created_at').addUniqueConstraint('partnership_name', ['name']).execute();

  await optionalText(text(id(db, 'organization'), 'partnership_id', 'kind', 'name', 'created_at'), 'district_id').execute();
  await db.schema.createIndex('organization_by_name').on('organization').columns(['partnership_id', 'kind', 'name']).execute();

  await text(id(db, 'cycle'), 'partnership_id', 'label', 'created_at').addUniqueConstraint('cycle_label', ['partnership_id', 'label']).execute();

  await versioned(optionalText(text(id(db, 'participant'), 'partnership_id', 'code', 'pseudonym', 'role', 'district_id', 'organization_id'), 'unit_id'))
    .addUniqueConstraint('participant_code', ['partnership_id', 'code'])
    .execute();

  await versioned(
    text(
      id(db, 'interview'),
      'partnership_id',
      'code',
      'participant_id',
      'cycle_id',
      'date',
      'interviewer',
      'protocol',
      'role',
      'district_id',
      'organization_id',
      'source_file',
    ),
  )
    .addUniqueConstraint('interview_code', ['partnership_id', 'code'])
    .execute();
  await db.schema.createIndex('interview_by_participant').on('interview').column('participant_id').execute();

  await optionalText(
    integer(
      text(id(db, 'transcript'), 'interview_id', 'format', 'encoding', 'source_file', 'source_sha256', 'content_sha256', 'imported_by', 'imported_at'),
      'version',
      'turn_count',
      'word_count',
      'length',
    ),
    'superseded_at',
  )
    .addUniqueConstraint('transcript_version', ['interview_id', 'version'])
    .execute();

  await integer(
    text(
      db.schema.createTable('turn').addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) => c.primaryKey()),
      'transcript_id',
      'speaker',
      'speaker_role',
      'text',
    ),
    'seq',
    'start_offset',
    'text_offset',
    'end_offset',
    'words',
  )
    .addColumn('start_ms', 'integer')
    .addColumn('end_ms', 'integer')
    .execute();
  await db.schema.createIndex('turn_by_transcript').on('turn').columns(['transcript_id', 'seq']).unique().execute();

  await retirable(
    integer(
      text(id(db, 'excerpt'), 'transcript_id', 'interview_id', 'quote', 'quote_sha256', 'note', 'created_by', 'created_at'),
      'start_offset',
      'end_offset',
    ),
  ).execute();
  await db.schema.createIndex('excerpt_by_interview').on('excerpt').column('interview_id').execute();

  await versioned(optionalText(text(id(db, 'isf_template'), 'partnership_id', 'role'), 'district_id', 'based_on_id')).execute();
  await integer(text(id(db, 'isf_field'), 'template_id', 'key', 'label', 'guidance'), 'position', 'added_in_version')
    .addColumn('retired_in_version', 'integer')
    .addUniqueConstraint('isf_field_key', ['template_id', 'key'])
    .execute();

  await versioned(integer(text(id(db, 'isf'), 'interview_id', 'template_id', 'status'), 'template_version'))
    .addUniqueConstraint('isf_interview', ['interview_id'])
    .execute();
  await retirable(versioned(text(id(db, 'isf_entry'), 'isf_id', 'field_id', 'text'))).execute();
  await db.schema.createIndex('isf_entry_by_isf').on('isf_entry').columns(['isf_id', 'field_id']).execute();

  await versioned(optionalText(text(id(db, 'summary'), 'partnership_id', 'kind', 'cycle_id', 'district_id', 'title'), 'school_id', 'role')).execute();
  await retirable(versioned(text(id(db, 'claim'), 'summary_id', 'text', 'triangulation_note'))).execute();
  await db.schema.createIndex('claim_by_summary').on('claim').column('summary_id').execute();
  await retirable(versioned(text(id(db, 'finding'), 'partnership_id', 'district_id', 'cycle_id', 'text'))).execute();

  await retirable(
    integer(
      text(id(db, 'citation'), 'partnership_id', 'citing_kind', 'citing_id', 'cited_kind', 'cited_id', 'stance', 'note', 'created_by', 'created_at'),
      'ordinal',
    ),
  ).execute();
  await db.schema.createIndex('citation_by_citing').on('citation').column('citing_id').execute();
  await db.schema.createIndex('citation_by_cited').on('citation').column('cited_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('seq', dialect === 'postgres' ? 'bigserial' : 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_kind', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer')
    .addColumn('reason', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_by_entity').on('audit_log').columns(['entity_id', 'seq']).execute();

  if (dialect === 'sqlite') {
    await sql`CREATE VIRTUAL TABLE turn_fts USING fts5(text, content='turn', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
  } else {
    // English stemming with accents folded, as FTS5's remove_diacritics does ("cafe" finds "café"),
    // and no stop words, as FTS5 has none: "one of the" and "-the" mean the same on both engines.
    await sql`CREATE EXTENSION IF NOT EXISTS unaccent`.execute(db);
    await sql`CREATE TEXT SEARCH DICTIONARY warrant_english_stem (TEMPLATE = snowball, Language = english)`.execute(db);
    await sql`CREATE TEXT SEARCH CONFIGURATION warrant_english (COPY = english)`.execute(db);
    await sql`ALTER TEXT SEARCH CONFIGURATION warrant_english ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, hword, hword_part, word WITH unaccent, warrant_english_stem`.execute(
      db,
    );
    await sql`ALTER TABLE turn ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('warrant_english', text)) STORED`.execute(db);
    await sql`CREATE INDEX turn_tsv ON turn USING gin (tsv)`.execute(db);
  }
}

export async function down(db: Db): Promise<void> {
  await sql`DROP TEXT SEARCH CONFIGURATION IF EXISTS warrant_english`.execute(db).catch(() => undefined);
  await sql`DROP TEXT SEARCH DICTIONARY IF EXISTS warrant_english_stem`.execute(db).catch(() => undefined);
  for (const table of [
    'turn_fts',
    'audit_log',
    'citation',
    'finding',
    'claim',
    'summary',
    'isf_entry',
    'isf',
    'isf_field',
    'isf_template',
    'excerpt',
    'turn',
    'transcript',
    'interview',
    'participant',
    'cycle',
    'organization',
    'partnership',
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
