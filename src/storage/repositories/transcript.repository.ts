import type SQLite from 'better-sqlite3';
import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { SpeakerMapping, SpeakerRole } from '../../domain/transcript.js';
import type { DialectName } from '../dialect.js';
import type { Database, TranscriptTable, TurnTable } from '../schema.js';
import { SEGMENT_TEXT, segmentRows, storedSegmentText } from '../turn-segments.js';

export type TranscriptRow = Selectable<TranscriptTable>;
export type TurnRow = Selectable<TurnTable>;

const TURN_BATCH = 400;

/** Transcripts and their speaker turns. A changed transcript is a new version; old versions stay. */
export class TranscriptRepository {
  private insertTurnStatement: SQLite.Statement | undefined;
  private insertSegmentStatement: SQLite.Statement | undefined;
  private indexSegmentStatement: SQLite.Statement | undefined;

  /**
   * @param sqlite the SQLite handle, given only inside a transaction: turns are then inserted
   *   through one prepared statement (an import stores hundreds of thousands of them).
   */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
    private readonly sqlite?: SQLite.Database,
  ) {}

  byId(id: string): Promise<TranscriptRow | undefined> {
    return this.db.selectFrom('transcript').selectAll().where('id', '=', id).executeTakeFirst();
  }

  current(interviewId: string): Promise<TranscriptRow | undefined> {
    return this.db.selectFrom('transcript').selectAll().where('interview_id', '=', interviewId).where('superseded_at', 'is', null).executeTakeFirst();
  }

  versions(interviewId: string): Promise<TranscriptRow[]> {
    return this.db.selectFrom('transcript').selectAll().where('interview_id', '=', interviewId).orderBy('version').execute();
  }

  /** Current transcripts of a partnership's interviews, by interview ID. */
  async currentByInterview(partnershipId: string): Promise<Map<string, TranscriptRow>> {
    const rows = await this.db
      .selectFrom('transcript as t')
      .innerJoin('interview as i', 'i.id', 't.interview_id')
      .selectAll('t')
      .where('i.partnership_id', '=', partnershipId)
      .where('t.superseded_at', 'is', null)
      .execute();
    return new Map(rows.map((r) => [r.interview_id, r]));
  }

  /** Whose each label of the file is, as the team said when it was imported for this interview before; undefined if never said. */
  async speakerMapping(interviewId: string, sourceFile: string): Promise<SpeakerMapping | undefined> {
    const rows = await this.db
      .selectFrom('speaker_mapping')
      .select(['speaker', 'role'])
      .where('interview_id', '=', interviewId)
      .where('source_file', '=', sourceFile)
      .execute();
    return rows.length ? Object.fromEntries(rows.map((r) => [r.speaker, r.role])) : undefined;
  }

  /** The speaker mappings said for a partnership's interviews, by interview ID and file (`${interviewId}\u0000${file}`). */
  async speakerMappings(partnershipId: string): Promise<Map<string, SpeakerMapping>> {
    const rows = await this.db
      .selectFrom('speaker_mapping as m')
      .innerJoin('interview as i', 'i.id', 'm.interview_id')
      .select(['m.interview_id', 'm.source_file', 'm.speaker', 'm.role'])
      .where('i.partnership_id', '=', partnershipId)
      .execute();
    const mappings = new Map<string, Record<string, SpeakerRole>>();
    for (const r of rows) {
      const key = `${r.interview_id}\u0000${r.source_file}`;
      mappings.set(key, { ...mappings.get(key), [r.speaker]: r.role });
    }
    return mappings;
  }

  /** Whose each label of the interview's current transcript is, as it was stored, when that transcript came from this file. */
  async currentSpeakerRoles(interviewId: string, sourceFile: string): Promise<SpeakerMapping | undefined> {
    const rows = await this.db
      .selectFrom('turn as t')
      .innerJoin('transcript as tr', 'tr.id', 't.transcript_id')
      .select(['t.speaker', 't.speaker_role'])
      .distinct()
      .where('tr.interview_id', '=', interviewId)
      .where('tr.source_file', '=', sourceFile)
      .where('tr.superseded_at', 'is', null)
      .execute();
    return rows.length ? Object.fromEntries(rows.map((r) => [r.speaker, r.speaker_role])) : undefined;
  }

  /** Keeps the mapping said for the file, in place of any said before. */
  async rememberSpeakers(interviewId: string, sourceFile: string, mapping: SpeakerMapping, by: string, at: string): Promise<void> {
    await this.db.deleteFrom('speaker_mapping').where('interview_id', '=', interviewId).where('source_file', '=', sourceFile).execute();
    const rows = Object.entries(mapping).map(([speaker, role]) => ({
      interview_id: interviewId,
      source_file: sourceFile,
      speaker,
      role,
      created_by: by,
      created_at: at,
    }));
    if (rows.length) await this.db.insertInto('speaker_mapping').values(rows).execute();
  }

  /** Stores a transcript's turns and, for search, their segments (turn-segments segmentRows). */
  async insert(transcript: Insertable<TranscriptTable>, turns: Omit<Insertable<TurnTable>, 'transcript_id'>[]): Promise<void> {
    await this.db.insertInto('transcript').values(transcript).execute();
    if (this.sqlite) {
      this.insertTurnStatement ??= this.sqlite.prepare(
        `INSERT INTO turn (transcript_id, seq, speaker, speaker_role, text, start_offset, text_offset, end_offset, start_ms, end_ms, words)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      this.insertSegmentStatement ??= this.sqlite.prepare('INSERT INTO turn_segment (turn_id, seq, text_offset, text) VALUES (?, ?, ?, ?)');
      // The search index is written with the segment (SQLite's FTS5 is not updated by triggers here).
      this.indexSegmentStatement ??= this.sqlite.prepare('INSERT INTO turn_segment_fts (rowid, text) VALUES (?, ?)');
      for (const t of turns) {
        const { lastInsertRowid: turnId } = this.insertTurnStatement.run(
          transcript.id,
          t.seq,
          t.speaker,
          t.speaker_role,
          t.text,
          t.start_offset,
          t.text_offset,
          t.end_offset,
          t.start_ms ?? null,
          t.end_ms ?? null,
          t.words,
        );
        for (const segment of segmentRows(Number(turnId), t)) {
          const stored = storedSegmentText('sqlite', segment, t.text);
          const { lastInsertRowid } = this.insertSegmentStatement.run(segment.turn_id, segment.seq, segment.text_offset, stored);
          this.indexSegmentStatement.run(lastInsertRowid, segment.text);
        }
      }
      return;
    }
    for (let i = 0; i < turns.length; i += TURN_BATCH) {
      const batch = turns.slice(i, i + TURN_BATCH);
      const ids = await this.db
        .insertInto('turn')
        .values(batch.map((t) => ({ ...t, transcript_id: transcript.id })))
        .returning(['id', 'seq'])
        .execute();
      const idOf = new Map(ids.map((r) => [r.seq, r.id]));
      const segments = batch.flatMap((t) => segmentRows(idOf.get(t.seq)!, t).map((s) => ({ ...s, text: storedSegmentText(this.dialect, s, t.text) })));
      for (let k = 0; k < segments.length; k += TURN_BATCH)
        await this.db
          .insertInto('turn_segment')
          .values(segments.slice(k, k + TURN_BATCH))
          .execute();
    }
    // PostgreSQL indexes segments itself (a generated tsvector); SQLite's FTS5 table is filled here.
    if (this.dialect === 'sqlite') {
      await sql`INSERT INTO turn_segment_fts (rowid, text) SELECT s.id, ${SEGMENT_TEXT} FROM turn_segment s JOIN turn t ON t.id = s.turn_id WHERE t.transcript_id = ${transcript.id}`.execute(
        this.db,
      );
    }
  }

  async supersede(id: string, at: string): Promise<void> {
    await this.db.updateTable('transcript').set({ superseded_at: at }).where('id', '=', id).execute();
  }

  turns(transcriptId: string): Promise<TurnRow[]> {
    return this.db.selectFrom('turn').selectAll().where('transcript_id', '=', transcriptId).orderBy('seq').execute();
  }

  /** Turns of several transcripts that overlap the given passages, for context around cited passages. */
  turnsAt(transcriptId: string, start: number, end: number): Promise<TurnRow[]> {
    return this.db
      .selectFrom('turn')
      .selectAll()
      .where('transcript_id', '=', transcriptId)
      .where('end_offset', '>=', start)
      .where('start_offset', '<=', end)
      .orderBy('seq')
      .execute();
  }
}
