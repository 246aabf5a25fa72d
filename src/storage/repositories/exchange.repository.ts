import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';

/** Which part of a partnership an exchange covers: all of it, one district, one cycle, or both. */
export interface ExchangeScope {
  partnershipId: string;
  districtId?: string;
  cycleId?: string;
}

export interface ExchangeInterview {
  id: string;
  code: string;
  participant_id: string;
  cycle_label: string;
  date: string;
  interviewer: string;
  protocol: string;
  role: string;
  district_id: string;
  organization_id: string;
  transcript_id: string;
  imported_by: string;
  imported_at: string;
}

/**
 * What the REFI-QDA exchange reads of a partnership (services/qdpx-export): the people, the
 * codebook, the participants with their schools, districts and units, and, interview by interview
 * in pages, each current transcript with its turns, excerpts, codings, memos and citing ISF entries.
 */
export class ExchangeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Accounts named as coders, memo authors or excerpt authors in the partnership. */
  async people(partnershipId: string) {
    const ids = await this.db
      .selectFrom('coding')
      .select('coder as id')
      .where('partnership_id', '=', partnershipId)
      .union(this.db.selectFrom('memo').select('created_by as id').where('partnership_id', '=', partnershipId))
      .union(
        this.db
          .selectFrom('excerpt as e')
          .innerJoin('interview as i', 'i.id', 'e.interview_id')
          .select('e.created_by as id')
          .where('i.partnership_id', '=', partnershipId),
      )
      .execute();
    if (!ids.length) return [];
    const accounts = await this.db
      .selectFrom('account')
      .select(['id', 'display_name', 'email'])
      .where(
        'id',
        'in',
        ids.map((r) => r.id),
      )
      .execute();
    const known = new Set(accounts.map((a) => a.id));
    return [...accounts, ...ids.filter((r) => !known.has(r.id)).map((r) => ({ id: r.id, display_name: r.id, email: '' }))].sort((a, b) =>
      a.id.localeCompare(b.id),
    );
  }

  /** The codebook's codes in use (not retired, not merged away), siblings in order. */
  codes(partnershipId: string) {
    return this.db
      .selectFrom('code')
      .selectAll()
      .where('partnership_id', '=', partnershipId)
      .where('retired_at', 'is', null)
      .where('merged_into_id', 'is', null)
      .orderBy('position')
      .orderBy('id')
      .execute();
  }

  organizations(partnershipId: string) {
    return this.db.selectFrom('organization').select(['id', 'kind', 'name', 'district_id']).where('partnership_id', '=', partnershipId).execute();
  }

  /** The participants in scope (of the district, if one is named; with an interview in the cycle, if one is named). */
  participants(scope: ExchangeScope) {
    let q = this.db
      .selectFrom('participant as p')
      .select(['p.id', 'p.code', 'p.pseudonym', 'p.role', 'p.district_id', 'p.organization_id', 'p.unit_id'])
      .where('p.partnership_id', '=', scope.partnershipId);
    if (scope.districtId) q = q.where('p.district_id', '=', scope.districtId);
    if (scope.cycleId) {
      const cycleId = scope.cycleId;
      q = q.where((eb) =>
        eb.exists(eb.selectFrom('interview as i').select('i.id').whereRef('i.participant_id', '=', 'p.id').where('i.cycle_id', '=', cycleId)),
      );
    }
    return q.orderBy('p.code').execute();
  }

  /** One page of the interviews in scope that have a current transcript, in code order, after `afterCode`. */
  interviews(scope: ExchangeScope, afterCode: string | undefined, limit: number): Promise<ExchangeInterview[]> {
    let q = this.db
      .selectFrom('interview as i')
      .innerJoin('transcript as t', (j) => j.onRef('t.interview_id', '=', 'i.id').on('t.superseded_at', 'is', null))
      .innerJoin('cycle as c', 'c.id', 'i.cycle_id')
      .select([
        'i.id',
        'i.code',
        'i.participant_id',
        'c.label as cycle_label',
        'i.date',
        'i.interviewer',
        'i.protocol',
        'i.role',
        'i.district_id',
        'i.organization_id',
        't.id as transcript_id',
        't.imported_by',
        't.imported_at',
      ])
      .where('i.partnership_id', '=', scope.partnershipId);
    if (scope.districtId) q = q.where('i.district_id', '=', scope.districtId);
    if (scope.cycleId) q = q.where('i.cycle_id', '=', scope.cycleId);
    if (afterCode !== undefined) q = q.where('i.code', '>', afterCode);
    return q.orderBy('i.code').limit(limit).execute();
  }

  /**
   * The text of each of the given transcripts, as `transcriptText` lays it out from their turns (each
   * turn `speaker: words`, a line end between turns), put together by the database: one row per
   * transcript instead of one per turn.
   */
  async texts(transcriptIds: readonly string[]): Promise<Map<string, string>> {
    if (!transcriptIds.length) return new Map();
    const rows = await this.db
      .selectFrom('turn')
      .select(['transcript_id', sql<string>`string_agg(speaker || ': ' || text, ${'\n'} order by seq)`.as('text')])
      .where('transcript_id', 'in', transcriptIds)
      .groupBy('transcript_id')
      .execute();
    return new Map(rows.map((r) => [r.transcript_id, r.text]));
  }

  /** The live excerpts of the given transcripts. */
  excerpts(transcriptIds: readonly string[]) {
    if (!transcriptIds.length) return Promise.resolve([]);
    return this.db
      .selectFrom('excerpt')
      .select(['id', 'transcript_id', 'start_offset', 'end_offset', 'created_by', 'created_at'])
      .where('transcript_id', 'in', transcriptIds)
      .where('retired_at', 'is', null)
      .orderBy('start_offset')
      .orderBy('end_offset')
      .orderBy('id')
      .execute();
  }

  /** The live codings of the given transcripts. */
  codings(transcriptIds: readonly string[]) {
    if (!transcriptIds.length) return Promise.resolve([]);
    return this.db
      .selectFrom('coding')
      .select(['id', 'code_id', 'coder', 'excerpt_id', 'transcript_id', 'start_offset', 'end_offset', 'created_at'])
      .where('transcript_id', 'in', transcriptIds)
      .where('retired_at', 'is', null)
      .orderBy('start_offset')
      .orderBy('id')
      .execute();
  }

  /** The partnership's live memos. */
  memos(partnershipId: string) {
    return this.db
      .selectFrom('memo')
      .select(['id', 'subject_kind', 'subject_id', 'title', 'text', 'created_by', 'created_at'])
      .where('partnership_id', '=', partnershipId)
      .where('retired_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  /** Live ISF entries of the interviews in scope, with their field's label and interview, and the excerpts each cites. */
  async isfEntries(scope: ExchangeScope) {
    let q = this.db
      .selectFrom('isf_entry as e')
      .innerJoin('isf as f', 'f.id', 'e.isf_id')
      .innerJoin('isf_field as fd', 'fd.id', 'e.field_id')
      .innerJoin('interview as i', 'i.id', 'f.interview_id')
      .select(['e.id', 'e.text', 'e.created_by', 'e.created_at', 'fd.label', 'i.code as interview_code', 'i.id as interview_id'])
      .where('i.partnership_id', '=', scope.partnershipId)
      .where('e.retired_at', 'is', null);
    if (scope.districtId) q = q.where('i.district_id', '=', scope.districtId);
    if (scope.cycleId) q = q.where('i.cycle_id', '=', scope.cycleId);
    return q.orderBy('i.code').orderBy('fd.position').execute();
  }

  /** Live claims of the summaries in scope. */
  claims(scope: ExchangeScope) {
    let q = this.db
      .selectFrom('claim as c')
      .innerJoin('summary as s', 's.id', 'c.summary_id')
      .select(['c.id', 'c.text', 'c.created_by', 'c.created_at', 's.title'])
      .where('s.partnership_id', '=', scope.partnershipId)
      .where('c.retired_at', 'is', null);
    if (scope.districtId) q = q.where('s.district_id', '=', scope.districtId);
    if (scope.cycleId) q = q.where('s.cycle_id', '=', scope.cycleId);
    return q.orderBy('s.title').orderBy('c.id').execute();
  }

  /** Live citations made by ISF entries and claims of the partnership. */
  citations(partnershipId: string) {
    return this.db
      .selectFrom('citation')
      .select(['citing_kind', 'citing_id', 'cited_kind', 'cited_id', 'stance'])
      .where('partnership_id', '=', partnershipId)
      .where('retired_at', 'is', null)
      .where('citing_kind', 'in', ['isfEntry', 'claim'])
      .orderBy('citing_id')
      .orderBy('ordinal')
      .execute();
  }
}
