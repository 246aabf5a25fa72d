import { type ExpressionBuilder, type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { RoleGroup } from '../../domain/roles.js';
import type { Database } from '../schema.js';

/** Which live codings of transcript passages a retrieval reads. */
export interface CodingFilter {
  partnershipId: string;
  /** Whose view: a coder assigned to an interview and not yet done sees only their own codings on it (the blind rule). */
  viewer: string;
  /** The interviews the viewer is assigned to and has not marked done (`openAssignments`): others' codings on them are left out. */
  blindOn: readonly string[];
  codeIds?: readonly string[];
  districtId?: string;
  organizationId?: string;
  role?: RoleGroup;
  cycleId?: string;
  protocol?: string;
  coder?: string;
}

/** A coded passage with where it comes from. */
export interface CodedPassageRow {
  coding_id: string;
  code_id: string;
  coder: string;
  excerpt_id: string;
  interview_id: string;
  transcript_id: string;
  start_offset: number;
  end_offset: number;
  quote: string;
  interview_code: string;
  date: string;
  protocol: string;
  role: RoleGroup;
  participant_id: string;
  participant_code: string;
  pseudonym: string;
  district_id: string;
  district: string;
  organization_id: string;
  school: string;
  cycle_id: string;
  cycle: string;
}

/** Which live codings of artifacts' text a retrieval reads: artifacts belong to a district and a cycle, not to a school or role group. */
export interface ArtifactCodingFilter {
  partnershipId: string;
  codeIds: readonly string[];
  districtId?: string;
  cycleId?: string;
  coder?: string;
}

/** A coded stretch of an artifact's text, with its words and where it comes from. */
export interface CodedArtifactPassageRow {
  coding_id: string;
  code_id: string;
  coder: string;
  artifact_id: string;
  title: string;
  kind: string;
  start_offset: number;
  end_offset: number;
  quote: string;
  district_id: string;
  district: string;
  cycle_id: string;
  cycle: string;
}

export type MatrixDimension = 'role' | 'school' | 'district' | 'cycle';

const GROUP_COLUMN = { role: 'i.role', school: 'i.organization_id', district: 'i.district_id', cycle: 'i.cycle_id' } as const;

export interface MatrixCellRow {
  code_id: string;
  key: string;
  passages: number;
  participants: number;
}

export interface CooccurrenceRow {
  a: string;
  b: string;
  passages: number;
}

type From = Database & { c: Database['coding']; i: Database['interview'] };

/**
 * Retrieval over codings: a code's passages with filters, the counts of a matrix and of
 * co-occurrence, each one query (the filters on the interview, the blind rule as a subquery).
 */
export class RetrievalRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private codings(f: CodingFilter) {
    let q = this.db
      .selectFrom('coding as c')
      .innerJoin('interview as i', 'i.id', 'c.interview_id')
      .where('c.partnership_id', '=', f.partnershipId)
      .where('c.retired_at', 'is', null)
      .where('c.excerpt_id', 'is not', null);
    q = filtered(q, f);
    return q;
  }

  /** The live codings of transcript passages that the filter names, in interview and text order. */
  passages(f: CodingFilter): Promise<CodedPassageRow[]> {
    return this.codings(f)
      .innerJoin('excerpt as x', 'x.id', 'c.excerpt_id')
      .innerJoin('participant as p', 'p.id', 'i.participant_id')
      .innerJoin('organization as d', 'd.id', 'i.district_id')
      .innerJoin('organization as o', 'o.id', 'i.organization_id')
      .innerJoin('cycle as y', 'y.id', 'i.cycle_id')
      .select([
        'c.id as coding_id',
        'c.code_id',
        'c.coder',
        'x.id as excerpt_id',
        'i.id as interview_id',
        'x.transcript_id as transcript_id',
        'c.start_offset',
        'c.end_offset',
        'x.quote',
        'i.code as interview_code',
        'i.date',
        'i.protocol',
        'i.role',
        'p.id as participant_id',
        'p.code as participant_code',
        'p.pseudonym',
        'd.id as district_id',
        'd.name as district',
        'o.id as organization_id',
        'o.name as school',
        'y.id as cycle_id',
        'y.label as cycle',
      ])
      .orderBy('i.code')
      .orderBy('c.start_offset')
      .orderBy('c.end_offset')
      .orderBy('c.id')
      .execute() as Promise<CodedPassageRow[]>;
  }

  /** The live codings of live artifacts' text that the filter names, in artifact and text order, each with its words (offsets in code points). */
  artifactPassages(f: ArtifactCodingFilter): Promise<CodedArtifactPassageRow[]> {
    if (f.codeIds.length === 0) return Promise.resolve([]);
    let q = this.db
      .selectFrom('coding as c')
      .innerJoin('artifact as a', 'a.id', 'c.artifact_id')
      .innerJoin('organization as d', 'd.id', 'a.district_id')
      .innerJoin('cycle as y', 'y.id', 'a.cycle_id')
      .where('c.partnership_id', '=', f.partnershipId)
      .where('c.retired_at', 'is', null)
      .where('a.retired_at', 'is', null)
      .where('c.code_id', 'in', [...f.codeIds]);
    if (f.districtId) q = q.where('a.district_id', '=', f.districtId);
    if (f.cycleId) q = q.where('a.cycle_id', '=', f.cycleId);
    if (f.coder) q = q.where('c.coder', '=', f.coder);
    return q
      .select([
        'c.id as coding_id',
        'c.code_id',
        'c.coder',
        'a.id as artifact_id',
        'a.title',
        'a.kind',
        'c.start_offset',
        'c.end_offset',
        // SQLite and PostgreSQL both count characters (code points) in substr.
        sql<string>`substr(a.text, c.start_offset + 1, c.end_offset - c.start_offset)`.as('quote'),
        'd.id as district_id',
        'd.name as district',
        'y.id as cycle_id',
        'y.label as cycle',
      ])
      .orderBy('a.title')
      .orderBy('a.id')
      .orderBy('c.start_offset')
      .orderBy('c.end_offset')
      .orderBy('c.id')
      .execute();
  }

  /**
   * Codes × one dimension, or two (role group × cycle): in each cell the distinct passages and
   * participants, in one grouped query; a cell of two dimensions is keyed by their keys joined by a comma.
   */
  async matrix(f: CodingFilter, by: readonly MatrixDimension[]): Promise<MatrixCellRow[]> {
    const columns = by.map((d) => GROUP_COLUMN[d]);
    const rows = await this.codings(f)
      .select([
        'c.code_id',
        ...columns.map((column, k) => sql<string>`${sql.ref(column)}`.as(`key${k}`)),
        (eb) => eb.fn.count<number>('c.excerpt_id').distinct().as('passages'),
        (eb) => eb.fn.count<number>('i.participant_id').distinct().as('participants'),
      ])
      .groupBy(['c.code_id', ...columns])
      .execute();
    return rows.map((r) => {
      const keys = r as unknown as Record<string, unknown>;
      return {
        code_id: r.code_id,
        key: columns.map((_, k) => String(keys[`key${k}`])).join(','),
        passages: Number(r.passages),
        participants: Number(r.participants),
      };
    });
  }

  /** For each two codes, the pairs of their passages that overlap (the same passage coded with both included); for one code, its passages. */
  async cooccurrence(f: CodingFilter): Promise<CooccurrenceRow[]> {
    const live = this.codings(f).select(['c.code_id', 'c.excerpt_id', 'c.transcript_id', 'c.start_offset', 'c.end_offset']);
    const rows = await this.db
      .with('a', () => live)
      .with('b', () => live)
      .selectFrom('a')
      .innerJoin('b', (j) =>
        j
          .onRef('b.transcript_id', '=', 'a.transcript_id')
          .on(sql<boolean>`a.start_offset < (case when b.end_offset > b.start_offset then b.end_offset else b.start_offset + 1 end)`)
          .on(sql<boolean>`b.start_offset < (case when a.end_offset > a.start_offset then a.end_offset else a.start_offset + 1 end)`),
      )
      .select([
        'a.code_id as a',
        'b.code_id as b',
        sql<number>`count(distinct case when a.code_id = b.code_id then a.excerpt_id else a.excerpt_id || ' ' || b.excerpt_id end)`.as('passages'),
      ])
      .where((eb) => eb('a.code_id', '<=', eb.ref('b.code_id')))
      .where((eb) => eb.or([eb('a.code_id', '<>', eb.ref('b.code_id')), eb('a.excerpt_id', '=', eb.ref('b.excerpt_id'))]))
      .groupBy(['a.code_id', 'b.code_id'])
      .execute();
    return rows.map((r) => ({ a: r.a, b: r.b, passages: Number(r.passages) }));
  }

  /** The interviews a coder is assigned to in the partnership and has not marked done. */
  async openAssignments(partnershipId: string, coder: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('coding_assignment')
      .select('interview_id')
      .where('partnership_id', '=', partnershipId)
      .where('coder', '=', coder)
      .where('done_at', 'is', null)
      .where('retired_at', 'is', null)
      .execute();
    return [...new Set(rows.map((r) => r.interview_id))];
  }

  /** Whether anyone coded in the partnership under this name (a coder with no account of this database, e.g. imported). */
  async hasCoder(partnershipId: string, coder: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('coding')
      .select('id')
      .where('partnership_id', '=', partnershipId)
      .where('coder', '=', coder)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Where each turn of these transcripts starts, in order: for reading how many turns apart two passages are. */
  async turnStarts(transcriptIds: readonly string[]): Promise<Map<string, number[]>> {
    const out = new Map<string, number[]>();
    for (let i = 0; i < transcriptIds.length; i += 500) {
      const rows = await this.db
        .selectFrom('turn')
        .select(['transcript_id', 'start_offset'])
        .where('transcript_id', 'in', transcriptIds.slice(i, i + 500))
        .orderBy('transcript_id')
        .orderBy('seq')
        .execute();
      for (const r of rows) {
        const list = out.get(r.transcript_id) ?? [];
        list.push(r.start_offset);
        out.set(r.transcript_id, list);
      }
    }
    return out;
  }
}

function filtered<O>(q: SelectQueryBuilder<From, 'c' | 'i', O>, f: CodingFilter): SelectQueryBuilder<From, 'c' | 'i', O> {
  if (f.codeIds) q = f.codeIds.length ? q.where('c.code_id', 'in', f.codeIds) : q.where(sql<boolean>`1 = 0`);
  if (f.districtId) q = q.where('i.district_id', '=', f.districtId);
  if (f.organizationId) q = q.where('i.organization_id', '=', f.organizationId);
  if (f.role) q = q.where('i.role', '=', f.role);
  if (f.cycleId) q = q.where('i.cycle_id', '=', f.cycleId);
  if (f.protocol) q = q.where('i.protocol', '=', f.protocol);
  if (f.coder) q = q.where('c.coder', '=', f.coder);
  // The blind rule, read once a request (most readers have no open assignment, and the query stays plain).
  if (f.blindOn.length) {
    const blindOn = f.blindOn;
    q = q.where((eb: ExpressionBuilder<From, 'c' | 'i'>) => eb.or([eb('c.coder', '=', f.viewer), eb('c.interview_id', 'not in', blindOn)]));
  }
  return q;
}
