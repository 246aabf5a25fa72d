import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';

const countBy = (rows: { key: string | null; n: number | string | bigint }[]) => Object.fromEntries(rows.map((r) => [r.key ?? '', Number(r.n)]));

/** Counts that tell a team where a partnership's data and analysis stand. */
export class StatsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async organizations(partnershipId: string): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('organization')
      .select(['kind as key', (eb) => eb.fn.countAll<number>().as('n')])
      .where('partnership_id', '=', partnershipId)
      .groupBy('kind')
      .execute();
    return countBy(rows);
  }

  async participantsByRole(partnershipId: string): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('participant')
      .select(['role as key', (eb) => eb.fn.countAll<number>().as('n')])
      .where('partnership_id', '=', partnershipId)
      .groupBy('role')
      .execute();
    return countBy(rows);
  }

  async interviewsByCycle(partnershipId: string): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('interview as i')
      .innerJoin('cycle as c', 'c.id', 'i.cycle_id')
      .select(['c.label as key', (eb) => eb.fn.countAll<number>().as('n')])
      .where('i.partnership_id', '=', partnershipId)
      .groupBy('c.label')
      .orderBy('c.label')
      .execute();
    return countBy(rows);
  }

  async transcripts(partnershipId: string): Promise<{ transcripts: number; versions: number; turns: number; words: number }> {
    const row = await this.db
      .selectFrom('transcript as t')
      .innerJoin('interview as i', 'i.id', 't.interview_id')
      .select((eb) => [
        eb.fn.countAll<number>().as('versions'),
        eb.fn.sum<number>(eb.case().when('t.superseded_at', 'is', null).then(1).else(0).end()).as('transcripts'),
        eb.fn.sum<number>(eb.case().when('t.superseded_at', 'is', null).then(eb.ref('t.turn_count')).else(0).end()).as('turns'),
        eb.fn.sum<number>(eb.case().when('t.superseded_at', 'is', null).then(eb.ref('t.word_count')).else(0).end()).as('words'),
      ])
      .where('i.partnership_id', '=', partnershipId)
      .executeTakeFirstOrThrow();
    return {
      transcripts: Number(row.transcripts ?? 0),
      versions: Number(row.versions ?? 0),
      turns: Number(row.turns ?? 0),
      words: Number(row.words ?? 0),
    };
  }

  async analysis(partnershipId: string) {
    const p = partnershipId;
    const [isfs, excerpts, summaries, claims, findings] = await Promise.all([
      this.db
        .selectFrom('isf as f')
        .innerJoin('interview as i', 'i.id', 'f.interview_id')
        .select(['f.status as key', (eb) => eb.fn.countAll<number>().as('n')])
        .where('i.partnership_id', '=', p)
        .groupBy('f.status')
        .execute(),
      this.db
        .selectFrom('excerpt as e')
        .innerJoin('interview as i', 'i.id', 'e.interview_id')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('i.partnership_id', '=', p)
        .where('e.retired_at', 'is', null)
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom('summary')
        .select(['kind as key', (eb) => eb.fn.countAll<number>().as('n')])
        .where('partnership_id', '=', p)
        .groupBy('kind')
        .execute(),
      this.db
        .selectFrom('claim as c')
        .innerJoin('summary as s', 's.id', 'c.summary_id')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('s.partnership_id', '=', p)
        .where('c.retired_at', 'is', null)
        .executeTakeFirstOrThrow(),
      this.db
        .selectFrom('finding')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('partnership_id', '=', p)
        .where('retired_at', 'is', null)
        .executeTakeFirstOrThrow(),
    ]);
    return {
      isfs: countBy(isfs),
      excerpts: Number(excerpts.n),
      summaries: countBy(summaries),
      claims: Number(claims.n),
      findings: Number(findings.n),
    };
  }

  /** Live codes, codings and memos, with the coders who made the codings. */
  async coding(partnershipId: string): Promise<{ codes: number; codings: number; coders: number; memos: number }> {
    const live = (table: 'code' | 'coding' | 'memo') =>
      sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)} WHERE partnership_id = ${partnershipId} AND retired_at IS NULL`
        .execute(this.db)
        .then((r) => r.rows[0]!);
    const [codes, codings, memos, coders] = await Promise.all([
      live('code'),
      live('coding'),
      live('memo'),
      this.db
        .selectFrom('coding')
        .select((eb) => eb.fn.count<number>('coder').distinct().as('n'))
        .where('partnership_id', '=', partnershipId)
        .where('retired_at', 'is', null)
        .executeTakeFirstOrThrow(),
    ]);
    return { codes: Number(codes.n), codings: Number(codings.n), coders: Number(coders.n), memos: Number(memos.n) };
  }
}
