import type { Kysely } from 'kysely';
import type { DialectName } from '../dialect.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Db = Kysely<any>;

/**
 * Whose each speaker label of a transcript file is (interviewer, participant, someone else), as the
 * team said when the labels could not tell ("Speaker 1", "Speaker 2"): kept per interview and
 * file, so that a corrected version of the same file is imported without asking again.
 */
export async function up(db: Db, dialect: DialectName): Promise<void> {
  await db.schema
    .createTable('speaker_mapping')
    .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) => c.primaryKey())
    .addColumn('interview_id', 'text', (c) => c.notNull())
    .addColumn('source_file', 'text', (c) => c.notNull())
    .addColumn('speaker', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // Deferrable on PostgreSQL, as every key is (0009-foreign-keys), so that an archive loads in any order.
    .addForeignKeyConstraint('speaker_mapping_interview_id_fkey', ['interview_id'], 'interview', ['id'], (c) =>
      dialect === 'postgres' ? c.deferrable().initiallyImmediate() : c,
    )
    .execute();
  await db.schema.createIndex('speaker_mapping_by_file').on('speaker_mapping').columns(['interview_id', 'source_file', 'speaker']).unique().execute();
}

export async function down(db: Db): Promise<void> {
  await db.schema.dropTable('speaker_mapping').execute();
}
