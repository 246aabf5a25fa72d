import { type Kysely, sql } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * Every reference from one record to another, as this migration makes it a foreign key: table →
 * column → the table whose `id` it names. References to records of several kinds (a citation's
 * cited record, an evidence link's citing one, an audit entry's record) stay plain columns, and
 * who did something stays a name.
 */
export const REFERENCES: Record<string, Record<string, string>> = {
  organization: { partnership_id: 'partnership', district_id: 'organization' },
  cycle: { partnership_id: 'partnership' },
  participant: { partnership_id: 'partnership', district_id: 'organization', organization_id: 'organization', unit_id: 'organization' },
  interview: { partnership_id: 'partnership', participant_id: 'participant', cycle_id: 'cycle', district_id: 'organization', organization_id: 'organization' },
  transcript: { interview_id: 'interview' },
  turn: { transcript_id: 'transcript' },
  turn_segment: { turn_id: 'turn' },
  excerpt: { transcript_id: 'transcript', interview_id: 'interview' },
  isf_template: { partnership_id: 'partnership', district_id: 'organization', based_on_id: 'isf_template' },
  isf_field: { template_id: 'isf_template' },
  isf: { interview_id: 'interview', template_id: 'isf_template' },
  isf_entry: { isf_id: 'isf', field_id: 'isf_field' },
  summary: { partnership_id: 'partnership', cycle_id: 'cycle', district_id: 'organization', school_id: 'organization' },
  claim: { summary_id: 'summary' },
  finding: { partnership_id: 'partnership', district_id: 'organization', cycle_id: 'cycle' },
  citation: { partnership_id: 'partnership' },
  membership: { account_id: 'account', partnership_id: 'partnership', district_id: 'organization' },
  session: { account_id: 'account' },
  account_link: { account_id: 'account', partnership_id: 'partnership', district_id: 'organization' },
  support_type: { partnership_id: 'partnership' },
  strategy: { partnership_id: 'partnership', district_id: 'organization', cycle_id: 'cycle' },
  strategy_element: { strategy_id: 'strategy' },
  strategy_evidence: { partnership_id: 'partnership' },
  artifact: { partnership_id: 'partnership', district_id: 'organization', cycle_id: 'cycle' },
  artifact_passage: { artifact_id: 'artifact' },
  assessment: { partnership_id: 'partnership', district_id: 'organization', cycle_id: 'cycle', strategy_id: 'strategy' },
  ddd_version: { partnership_id: 'partnership', district_id: 'organization', cycle_id: 'cycle', based_on_id: 'ddd_version' },
  member_check: { partnership_id: 'partnership', ddd_version_id: 'ddd_version' },
  member_check_recipient: { member_check_id: 'member_check', account_id: 'account' },
  member_check_response: { member_check_id: 'member_check', account_id: 'account', applied_in_id: 'ddd_version' },
  implementation: { partnership_id: 'partnership', district_id: 'organization', cycle_id: 'cycle', element_id: 'strategy_element' },
  explanation: { partnership_id: 'partnership', strategy_id: 'strategy' },
  toa_component: { partnership_id: 'partnership' },
  conjecture: { partnership_id: 'partnership', component_id: 'toa_component' },
  conjecture_revision: { conjecture_id: 'conjecture' },
  literature: { partnership_id: 'partnership' },
  retrospective: { partnership_id: 'partnership' },
  toa_iteration: { partnership_id: 'partnership' },
  recommendation: { partnership_id: 'partnership', strategy_id: 'strategy' },
  feedback_report: { partnership_id: 'partnership', district_id: 'organization', cycle_id: 'cycle' },
  feedback_meeting: { partnership_id: 'partnership', district_id: 'organization', cycle_id: 'cycle' },
  uptake: { partnership_id: 'partnership', recommendation_id: 'recommendation', cycle_id: 'cycle' },
  evidence_link: { partnership_id: 'partnership' },
};

const references = () =>
  Object.entries(REFERENCES).flatMap(([table, columns]) => Object.entries(columns).map(([column, parent]) => ({ table, column, parent })));

/**
 * Refuses, before anything changes, a database in which a record names one that does not exist,
 * saying which and how many: such a row was written by hand or by a defect, and deciding what it
 * should have named is for the team, not for a migration.
 */
async function refuseDanglingReferences(db: Db): Promise<void> {
  const problems: string[] = [];
  for (const { table, column, parent } of references()) {
    const { rows } = await sql<{ n: number | string; example: string | number | null }>`
      SELECT count(*) AS n, min(${sql.ref(`t.${column}`)}) AS example FROM ${sql.table(table)} t
      WHERE ${sql.ref(`t.${column}`)} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${sql.table(parent)} p WHERE p.id = ${sql.ref(`t.${column}`)})`.execute(db);
    const n = Number(rows[0]?.n ?? 0);
    if (n)
      problems.push(
        `${n} row${n === 1 ? '' : 's'} of ${table} name${n === 1 ? 's' : ''} in ${column} a ${parent} that does not exist (e.g. ${rows[0]!.example})`,
      );
  }
  if (problems.length) throw new Error(`records refer to records that do not exist; nothing was changed: ${problems.join('; ')}`);
}

const constraint = (table: string, column: string) => `${table}_${column}_fkey`;
const sqliteClause = (column: string, parent: string) => `, FOREIGN KEY ("${column}") REFERENCES "${parent}" ("id")`;

/**
 * SQLite adds a foreign key only by rebuilding the table (sqlite.org/lang_altertable.html, "other
 * kinds of table schema changes"): with enforcement off, in one transaction, each table is created
 * anew from its own definition with the keys added, filled, and put in place of the old one with
 * its indexes; the keys are checked before the commit. Rows keep their rowids, which the search
 * indexes point to.
 */
async function rebuildSqliteTables(db: Db, change: (create: string, table: string) => string): Promise<void> {
  await sql`PRAGMA foreign_keys = OFF`.execute(db);
  try {
    await sql`BEGIN IMMEDIATE`.execute(db);
    try {
      for (const table of Object.keys(REFERENCES)) {
        const { rows } = await sql<{ type: string; sql: string }>`SELECT type, sql FROM sqlite_master WHERE tbl_name = ${table} AND sql IS NOT NULL`.execute(
          db,
        );
        const create = rows.find((r) => r.type === 'table')!.sql;
        const changed = change(create, table);
        if (changed === create) continue;
        const staging = `warrant_rebuilt_${table}`;
        const named = new RegExp(`^CREATE TABLE\\s+"?${table}"?`, 'i');
        if (!named.test(changed)) throw new Error(`the definition of ${table} does not read as expected: ${create.slice(0, 80)}`);
        await sql.raw(changed.replace(named, `CREATE TABLE "${staging}"`)).execute(db);
        await sql.raw(`INSERT INTO "${staging}" SELECT * FROM "${table}"`).execute(db);
        await sql.raw(`DROP TABLE "${table}"`).execute(db);
        await sql.raw(`ALTER TABLE "${staging}" RENAME TO "${table}"`).execute(db);
        for (const index of rows.filter((r) => r.type === 'index')) await sql.raw(index.sql).execute(db);
      }
      const { rows: broken } = await sql<{ table: string; parent: string }>`PRAGMA foreign_key_check`.execute(db);
      if (broken.length) throw new Error(`a row of ${broken[0]!.table} refers to a ${broken[0]!.parent} that does not exist`);
      await sql`COMMIT`.execute(db);
    } catch (e) {
      await sql`ROLLBACK`.execute(db);
      throw e;
    }
  } finally {
    await sql`PRAGMA foreign_keys = ON`.execute(db);
  }
}

export async function up(db: Db, dialect: DialectName): Promise<void> {
  await refuseDanglingReferences(db);
  if (dialect === 'sqlite') {
    await rebuildSqliteTables(db, (create, table) => {
      // A table that already has its keys (a migration interrupted after its commit) is left as it is.
      if (/FOREIGN KEY/i.test(create)) return create;
      const clauses = Object.entries(REFERENCES[table]!).map(([column, parent]) => sqliteClause(column, parent));
      return create.replace(/\)\s*$/, `${clauses.join('')})`);
    });
    return;
  }
  // Deferrable, so that loading an archive can check its references once, at the end.
  for (const { table, column, parent } of references())
    await sql
      .raw(
        `ALTER TABLE "${table}" ADD CONSTRAINT "${constraint(table, column)}" FOREIGN KEY ("${column}") REFERENCES "${parent}" ("id") DEFERRABLE INITIALLY IMMEDIATE`,
      )
      .execute(db);
}

export async function down(db: Db, dialect: DialectName): Promise<void> {
  if (dialect === 'sqlite') {
    await rebuildSqliteTables(db, (create, table) =>
      Object.entries(REFERENCES[table]!).reduce((text, [column, parent]) => text.replace(sqliteClause(column, parent), ''), create),
    );
    return;
  }
  for (const { table, column } of references()) await sql.raw(`ALTER TABLE "${table}" DROP CONSTRAINT "${constraint(table, column)}"`).execute(db);
}
