import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';

/** One link of an evidence chain with what it cites, as the trace query returns it. */
export interface ChainRow {
  level: number;
  citing_id: string;
  cited_id: string;
  cited_kind: string;
  stance: string;
  ordinal: number;
  /** The cited item's text (claim, ISF entry) or quote (excerpt), and whether it was retired. */
  text: string | null;
  retired_at: string | null;
  summary_title: string | null;
  field_label: string | null;
  /** The interview the ISF entry or excerpt comes from. */
  interview_id: string | null;
  interview_code: string | null;
  interview_date: string | null;
  role: string | null;
  pseudonym: string | null;
  school: string | null;
  district: string | null;
  cycle: string | null;
  transcript_id: string | null;
  transcript_version: number | null;
  transcript_superseded_at: string | null;
  start_offset: number | null;
  end_offset: number | null;
}

/** Depth of the chain below a finding: finding → claim → ISF entry → excerpt. */
const MAX_DEPTH = 3;

/**
 * Everything below an item of the evidence chain in one recursive query: the citations, level by
 * level, each with the text and context of what it cites.
 */
export class TraceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  chainQuery(rootId: string) {
    return sql<ChainRow>`
      WITH RECURSIVE chain (level, citing_id, cited_id, cited_kind, stance, ordinal) AS (
        SELECT 1, c.citing_id, c.cited_id, c.cited_kind, c.stance, c.ordinal
        FROM citation c WHERE c.citing_id = ${rootId} AND c.retired_at IS NULL
        UNION ALL
        SELECT chain.level + 1, c.citing_id, c.cited_id, c.cited_kind, c.stance, c.ordinal
        FROM chain JOIN citation c ON c.citing_id = chain.cited_id AND c.retired_at IS NULL
        WHERE chain.level < ${MAX_DEPTH}
      )
      SELECT chain.level, chain.citing_id, chain.cited_id, chain.cited_kind, chain.stance, chain.ordinal,
        COALESCE(cl.text, e.text, x.quote) AS text,
        COALESCE(cl.retired_at, e.retired_at, x.retired_at) AS retired_at,
        s.title AS summary_title, fl.label AS field_label,
        i.id AS interview_id, i.code AS interview_code, i.date AS interview_date, i.role, p.pseudonym,
        o.name AS school, d.name AS district, cy.label AS cycle,
        x.transcript_id, t.version AS transcript_version, t.superseded_at AS transcript_superseded_at,
        x.start_offset, x.end_offset
      FROM chain
      LEFT JOIN claim cl ON chain.cited_kind = 'claim' AND cl.id = chain.cited_id
      LEFT JOIN summary s ON s.id = cl.summary_id
      LEFT JOIN isf_entry e ON chain.cited_kind = 'isfEntry' AND e.id = chain.cited_id
      LEFT JOIN isf_field fl ON fl.id = e.field_id
      LEFT JOIN isf f ON f.id = e.isf_id
      LEFT JOIN excerpt x ON chain.cited_kind = 'excerpt' AND x.id = chain.cited_id
      LEFT JOIN transcript t ON t.id = x.transcript_id
      LEFT JOIN interview i ON i.id = COALESCE(f.interview_id, x.interview_id)
      LEFT JOIN participant p ON p.id = i.participant_id
      LEFT JOIN organization o ON o.id = i.organization_id
      LEFT JOIN organization d ON d.id = i.district_id
      LEFT JOIN cycle cy ON cy.id = i.cycle_id
      ORDER BY chain.level, chain.citing_id, chain.ordinal`;
  }

  async chain(rootId: string): Promise<ChainRow[]> {
    return (await this.chainQuery(rootId).execute(this.db)).rows;
  }
}
