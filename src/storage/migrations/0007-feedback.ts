import { type CreateTableBuilder, type Kysely, sql } from 'kysely';

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
 * From findings to feedback: how intended supports and envisioned practices were implemented,
 * explanations, the theory of action (components, conjectures and their revisions with the
 * evidence for each, iterations), recommendations, the feedback report's sending and meeting, the
 * next cycle's uptake, and which passages may be quoted to partners.
 */
export async function up(db: Db): Promise<void> {
  await versioned(
    optionalText(
      text(id(db, 'implementation'), 'partnership_id', 'district_id', 'cycle_id', 'element_id', 'kind', 'text'),
      'verdict',
      'frequency',
      'focus',
      'frequency_change',
      'quality_change',
    ),
  )
    .addUniqueConstraint('implementation_of_element', ['element_id', 'cycle_id'])
    .execute();

  await versioned(text(id(db, 'explanation'), 'partnership_id', 'strategy_id', 'learning_opportunities', 'press', 'text', 'framework_refs')).execute();
  await db.schema.createIndex('explanation_by_strategy').on('explanation').column('strategy_id').execute();

  await retirable(versioned(integer(text(id(db, 'toa_component'), 'partnership_id', 'key', 'name'), 'position')))
    .addUniqueConstraint('toa_component_key', ['partnership_id', 'key'])
    .execute();
  await retirable(versioned(integer(text(id(db, 'conjecture'), 'partnership_id', 'component_id', 'text'), 'position'))).execute();
  await integer(text(id(db, 'conjecture_revision'), 'conjecture_id', 'text', 'reason', 'created_by', 'created_at'), 'version')
    .addUniqueConstraint('conjecture_revision_version', ['conjecture_id', 'version'])
    .execute();
  await optionalText(text(id(db, 'literature'), 'partnership_id', 'authors', 'title', 'source', 'created_by', 'created_at'), 'url')
    .addColumn('year', 'integer')
    .execute();
  await text(id(db, 'retrospective'), 'partnership_id', 'title', 'summary', 'created_by', 'created_at').execute();
  await integer(text(id(db, 'toa_iteration'), 'partnership_id', 'label', 'dated', 'content', 'created_by', 'created_at'), 'number')
    .addUniqueConstraint('toa_iteration_number', ['partnership_id', 'number'])
    .execute();

  await retirable(versioned(integer(text(id(db, 'recommendation'), 'partnership_id', 'strategy_id', 'text', 'rationale'), 'position'))).execute();
  await db.schema.createIndex('recommendation_by_strategy').on('recommendation').column('strategy_id').execute();

  await text(id(db, 'feedback_report'), 'partnership_id', 'district_id', 'cycle_id', 'sent_on', 'note', 'created_by', 'created_at').execute();
  await text(id(db, 'feedback_meeting'), 'partnership_id', 'district_id', 'cycle_id', 'held_on', 'attendees', 'notes', 'created_by', 'created_at').execute();
  await versioned(text(id(db, 'uptake'), 'partnership_id', 'recommendation_id', 'cycle_id', 'status', 'note'))
    .addUniqueConstraint('uptake_of_recommendation', ['recommendation_id', 'cycle_id'])
    .execute();

  await retirable(
    text(id(db, 'evidence_link'), 'partnership_id', 'citing_id', 'cited_kind', 'cited_id', 'bearing', 'note', 'created_by', 'created_at'),
  ).execute();
  await db.schema.createIndex('evidence_link_by_citing').on('evidence_link').column('citing_id').execute();
  await db.schema.createIndex('evidence_link_by_cited').on('evidence_link').column('cited_id').execute();

  await db.schema.alterTable('excerpt').addColumn('shareable_at', 'text').execute();
  await db.schema.alterTable('excerpt').addColumn('shareable_by', 'text').execute();
  await db.schema
    .alterTable('partnership')
    .addColumn('quote_min_participants', 'integer', (c) => c.notNull().defaultTo(3))
    .execute();
}

export async function down(db: Db): Promise<void> {
  for (const table of [
    'evidence_link',
    'uptake',
    'feedback_meeting',
    'feedback_report',
    'recommendation',
    'toa_iteration',
    'retrospective',
    'literature',
    'conjecture_revision',
    'conjecture',
    'toa_component',
    'explanation',
    'implementation',
  ]) {
    await sql`DROP TABLE IF EXISTS ${sql.table(table)}`.execute(db);
  }
}
