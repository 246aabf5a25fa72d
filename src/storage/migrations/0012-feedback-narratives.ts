import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

const KEYS = { partnership_id: 'partnership', district_id: 'organization', cycle_id: 'cycle', strategy_id: 'strategy' } as const;

/**
 * The sections of a district's feedback report that the team writes (its summary, introduction,
 * closing and each strategy's narrative), versioned like every record partners read. Its
 * references are foreign keys from the start, deferrable on PostgreSQL as 0009 made the others.
 */
export async function up(db: Db, dialect: DialectName): Promise<void> {
  let table = db.schema
    .createTable('feedback_narrative')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull())
    .addColumn('district_id', 'text', (c) => c.notNull())
    .addColumn('cycle_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('strategy_id', 'text')
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('feedback_narrative_section', ['district_id', 'cycle_id', 'section']);
  for (const [column, parent] of Object.entries(KEYS))
    table = table.addForeignKeyConstraint(`feedback_narrative_${column}_fkey`, [column as keyof typeof KEYS], parent, ['id'], (c) =>
      dialect === 'postgres' ? c.deferrable().initiallyImmediate() : c,
    );
  await table.execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('feedback_narrative').execute();
}
