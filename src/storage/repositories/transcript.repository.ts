import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, TranscriptTable, TurnTable } from '../schema.js';

export type TranscriptRow = Selectable<TranscriptTable>;
export type TurnRow = Selectable<TurnTable>;

const TURN_BATCH = 400;

/** Transcripts and their speaker turns. A changed transcript is a new version; old versions stay. */
export class TranscriptRepository {
  constructor(private readonly db: Kysely<Database>) {}

  byId(id: string): Promise<TranscriptRow | undefined> {
    return this.db.selectFrom('transcript').selectAll().where('id', '=', id).executeTakeFirst();
  }

  current(interviewId: string): Promise<TranscriptRow | undefined> {
    return this.db
      .selectFrom('transcript')
      .selectAll()
      .where('interview_id', '=', interviewId)
      .where('superseded_at', 'is', null)
      .executeTakeFirst();
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

  async insert(transcript: Insertable<TranscriptTable>, turns: Omit<Insertable<TurnTable>, 'transcript_id'>[]): Promise<void> {
    await this.db.insertInto('transcript').values(transcript).execute();
    for (let i = 0; i < turns.length; i += TURN_BATCH) {
      await this.db
        .insertInto('turn')
        .values(turns.slice(i, i + TURN_BATCH).map((t) => ({ ...t, transcript_id: transcript.id })))
        .execute();
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
