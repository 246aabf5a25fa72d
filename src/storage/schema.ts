import type { Generated } from 'kysely';
import type { ChainedFields } from '../domain/audit-chain.js';

/** Table types of the Warrant database (one schema on SQLite and PostgreSQL). Times are ISO-8601 text. */

interface Retirable {
  retired_at: string | null;
  retired_by: string | null;
  retired_reason: string | null;
}

interface Versioned {
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

export interface PartnershipTable {
  id: string;
  name: string;
  created_at: string;
}

export type OrganizationKind = 'district' | 'school' | 'unit';

export interface OrganizationTable {
  id: string;
  partnership_id: string;
  kind: OrganizationKind;
  name: string;
  /** The district a school or central-office unit belongs to; null for districts. */
  district_id: string | null;
  created_at: string;
}

export interface CycleTable {
  id: string;
  partnership_id: string;
  label: string;
  created_at: string;
}

export interface ParticipantTable extends Versioned {
  id: string;
  partnership_id: string;
  /** The team's stable participant ID, the same across cycles. */
  code: string;
  pseudonym: string;
  role: string;
  district_id: string;
  organization_id: string;
  unit_id: string | null;
}

export interface InterviewTable extends Versioned {
  id: string;
  partnership_id: string;
  code: string;
  participant_id: string;
  cycle_id: string;
  date: string;
  interviewer: string;
  protocol: string;
  /** Role and organization of the participant when interviewed (people move between schools and roles). */
  role: string;
  district_id: string;
  organization_id: string;
  source_file: string;
}

export interface TranscriptTable {
  id: string;
  interview_id: string;
  version: number;
  format: string;
  encoding: string;
  source_file: string;
  source_sha256: string;
  content_sha256: string;
  turn_count: number;
  word_count: number;
  length: number;
  imported_by: string;
  imported_at: string;
  superseded_at: string | null;
}

export interface TurnTable {
  id: Generated<number>;
  transcript_id: string;
  seq: number;
  speaker: string;
  speaker_role: string;
  text: string;
  start_offset: number;
  text_offset: number;
  end_offset: number;
  start_ms: number | null;
  end_ms: number | null;
  words: number;
}

export interface ExcerptTable extends Retirable {
  id: string;
  transcript_id: string;
  interview_id: string;
  start_offset: number;
  end_offset: number;
  quote: string;
  quote_sha256: string;
  note: string;
  created_by: string;
  created_at: string;
}

export interface IsfTemplateTable extends Versioned {
  id: string;
  partnership_id: string;
  role: string;
  /** Null for the partnership's default template of the role group. */
  district_id: string | null;
  based_on_id: string | null;
}

export interface IsfFieldTable {
  id: string;
  template_id: string;
  key: string;
  label: string;
  guidance: string;
  position: number;
  added_in_version: number;
  retired_in_version: number | null;
}

export interface IsfTable extends Versioned {
  id: string;
  interview_id: string;
  template_id: string;
  template_version: number;
  status: string;
}

export interface IsfEntryTable extends Versioned, Retirable {
  id: string;
  isf_id: string;
  field_id: string;
  text: string;
}

export interface SummaryTable extends Versioned {
  id: string;
  partnership_id: string;
  kind: string;
  cycle_id: string;
  district_id: string;
  school_id: string | null;
  role: string | null;
  title: string;
}

export interface ClaimTable extends Versioned, Retirable {
  id: string;
  summary_id: string;
  text: string;
  triangulation_note: string;
}

export interface FindingTable extends Versioned, Retirable {
  id: string;
  partnership_id: string;
  district_id: string;
  cycle_id: string;
  text: string;
}

export interface CitationTable extends Retirable {
  id: string;
  partnership_id: string;
  citing_kind: string;
  citing_id: string;
  cited_kind: string;
  cited_id: string;
  /** Order among the citations of the citing item, as the analyst made them. */
  ordinal: number;
  stance: string;
  note: string;
  created_by: string;
  created_at: string;
}

/** An audit entry: the fields its hash covers (data: the entity's values after the change, and before, for updates), then its place in the chain. */
export interface AuditLogTable extends ChainedFields {
  seq: Generated<number>;
  /** The hash of the entry before (a run of zeros for the first), and this entry's (domain/audit-chain). */
  prev_hash: string | null;
  hash: string | null;
}

export interface AccountTable {
  id: string;
  /** Lower case; the sign-in name. */
  email: string;
  display_name: string;
  /** scrypt, with its parameters and salt (see domain/passwords). */
  password_hash: string;
  is_admin: number;
  /** Demo accounts sign in only while the server runs the demo. */
  is_demo: number;
  disabled_at: string | null;
  created_at: string;
  created_by: string;
  password_changed_at: string;
}

export interface MembershipTable {
  id: string;
  account_id: string;
  partnership_id: string;
  role: string;
  district_id: string | null;
  created_at: string;
  created_by: string;
}

export interface SessionTable {
  id: string;
  account_id: string;
  /** SHA-256 of the cookie's token: a stolen database does not give live sessions. */
  token_hash: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** A one-time link: an invitation, a password reset, or the first administrator's set-up. */
export interface AccountLinkTable {
  id: string;
  kind: string;
  token_hash: string;
  email: string | null;
  account_id: string | null;
  partnership_id: string | null;
  role: string | null;
  district_id: string | null;
  created_at: string;
  created_by: string;
  expires_at: string;
  used_at: string | null;
}

export interface Database {
  partnership: PartnershipTable;
  organization: OrganizationTable;
  cycle: CycleTable;
  participant: ParticipantTable;
  interview: InterviewTable;
  transcript: TranscriptTable;
  turn: TurnTable;
  excerpt: ExcerptTable;
  isf_template: IsfTemplateTable;
  isf_field: IsfFieldTable;
  isf: IsfTable;
  isf_entry: IsfEntryTable;
  summary: SummaryTable;
  claim: ClaimTable;
  finding: FindingTable;
  citation: CitationTable;
  audit_log: AuditLogTable;
  account: AccountTable;
  membership: MembershipTable;
  session: SessionTable;
  account_link: AccountLinkTable;
}
