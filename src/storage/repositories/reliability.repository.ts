import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { Database, ReconciliationTable } from '../schema.js';

export type ReconciliationRow = Selectable<ReconciliationTable>;

/** A coding as agreement reads it: who applied which code where in which transcript. */
export interface CodedStretch {
  id: string;
  interview_id: string;
  transcript_id: string;
  code_id: string;
  coder: string;
  start_offset: number;
  end_offset: number;
}

/** A turn as a unit of agreement: its spoken words' extent. */
export interface TurnBounds {
  seq: number;
  text_offset: number;
  end_offset: number;
}

/** The bounds of a transcript's turns as `turnBounds` reads them: seq, text offset and end offset of each, in order, separated by commas and semicolons. */
function parseBounds(packed: string): TurnBounds[] {
  const out: TurnBounds[] = [];
  const values = [0, 0, 0];
  let field = 0;
  let n = 0;
  for (let i = 0; i <= packed.length; i++) {
    const ch = i < packed.length ? packed.charCodeAt(i) : 59;
    if (ch >= 48 && ch <= 57) n = n * 10 + (ch - 48);
    else {
      values[field++] = n;
      n = 0;
      if (ch === 59) {
        if (field === 3) out.push({ seq: values[0]!, text_offset: values[1]!, end_offset: values[2]! });
        field = 0;
      }
    }
  }
  return out;
}

/** A turn as a unit of agreement (its spoken words' extent), with its words when asked for. */
export interface TurnUnit {
  transcript_id: string;
  interview_id: string;
  seq: number;
  speaker: string;
  text_offset: number;
  end_offset: number;
  text?: string;
}

/**
 * What agreement on a partnership's double coding reads, each in one query whatever the number of codes
 * and interviews (the interviews given as a subquery, never as a list of parameters), and the decisions
 * of reconciliation.
 */
export class ReliabilityRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Interviews with at least two live assignments whose coders have marked their coding done. */
  private doubleCoded(partnershipId: string, interviewId?: string) {
    let q = this.db
      .selectFrom('coding_assignment')
      .select('interview_id')
      .where('partnership_id', '=', partnershipId)
      .where('retired_at', 'is', null)
      .where('done_at', 'is not', null);
    if (interviewId) q = q.where('interview_id', '=', interviewId);
    return q.groupBy('interview_id').having((eb) => eb.fn.countAll(), '>=', 2);
  }

  /** The current transcripts of the double-coded interviews. */
  transcripts(partnershipId: string, interviewId?: string): Promise<{ id: string; interview_id: string; interview_code: string; length: number }[]> {
    return this.db
      .selectFrom('transcript as t')
      .innerJoin('interview as i', 'i.id', 't.interview_id')
      .innerJoin(this.doubleCoded(partnershipId, interviewId).as('dc'), 'dc.interview_id', 't.interview_id')
      .select(['t.id', 't.interview_id', 'i.code as interview_code', 't.length'])
      .where('t.superseded_at', 'is', null)
      .orderBy('i.code')
      .execute();
  }

  /**
   * The bounds of the turns of those transcripts, by transcript, in order: one row per transcript, its
   * turns' seq and offsets packed in one string (41,000 turns read as 41,000 rows cost more than the
   * reading), from the index of turn bounds alone (migration 0024).
   */
  async turnBounds(partnershipId: string, interviewId?: string): Promise<Map<string, TurnBounds[]>> {
    const rows = await this.db
      .selectFrom('turn as u')
      .select(['u.transcript_id', sql<string>`string_agg(u.seq || ',' || u.text_offset || ',' || u.end_offset, ';' order by u.seq)`.as('bounds')])
      .where(
        'u.transcript_id',
        'in',
        this.db
          .selectFrom('transcript as t')
          .innerJoin(this.doubleCoded(partnershipId, interviewId).as('dc'), 'dc.interview_id', 't.interview_id')
          .select('t.id')
          .where('t.superseded_at', 'is', null),
      )
      .groupBy('u.transcript_id')
      .execute();
    return new Map(rows.map((r) => [r.transcript_id, parseBounds(r.bounds)]));
  }

  /** The turns of those transcripts, in order. */
  turns(partnershipId: string, options: { interviewId?: string; text?: boolean } = {}): Promise<TurnUnit[]> {
    const q = this.db
      .selectFrom('turn as u')
      .innerJoin('transcript as t', 't.id', 'u.transcript_id')
      .innerJoin(this.doubleCoded(partnershipId, options.interviewId).as('dc'), 'dc.interview_id', 't.interview_id')
      .select(['u.transcript_id', 't.interview_id', 'u.seq', 'u.speaker', 'u.text_offset', 'u.end_offset'])
      .where('t.superseded_at', 'is', null)
      .orderBy('u.transcript_id')
      .orderBy('u.seq');
    return options.text ? q.select('u.text').execute() : q.execute();
  }

  /** The live codings of transcript passages on those interviews (from the index of live codings by interview alone, migration 0024). */
  codings(partnershipId: string, options: { interviewId?: string; codeId?: string } = {}): Promise<CodedStretch[]> {
    let q = this.db
      .selectFrom('coding as c')
      .select(['c.id', 'c.interview_id', 'c.transcript_id', 'c.code_id', 'c.coder', 'c.start_offset', 'c.end_offset'])
      .where('c.interview_id', 'in', this.doubleCoded(partnershipId, options.interviewId))
      .where('c.partnership_id', '=', partnershipId)
      .where('c.retired_at', 'is', null)
      .where('c.transcript_id', 'is not', null);
    if (options.codeId) q = q.where('c.code_id', '=', options.codeId);
    return q.orderBy('c.start_offset').orderBy('c.id').execute() as Promise<CodedStretch[]>;
  }

  async insertReconciliation(row: Insertable<ReconciliationTable>): Promise<void> {
    await this.db.insertInto('reconciliation').values(row).execute();
  }

  reconciliationById(id: string): Promise<ReconciliationRow | undefined> {
    return this.db.selectFrom('reconciliation').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The partnership's decisions, oldest first (the newest on a unit is in force). */
  reconciliations(partnershipId: string, filter: { interviewId?: string; codeId?: string } = {}): Promise<ReconciliationRow[]> {
    let q = this.db.selectFrom('reconciliation').selectAll().where('partnership_id', '=', partnershipId);
    if (filter.interviewId) q = q.where('interview_id', '=', filter.interviewId);
    if (filter.codeId) q = q.where('code_id', '=', filter.codeId);
    return q.orderBy('decided_at').orderBy('id').execute();
  }
}
