import type { Generated } from 'kysely';
import type { PartnershipRole } from '../domain/access.js';
import type { AssessmentAspect } from '../domain/assessment.js';
import type { ChainedFields } from '../domain/audit-chain.js';
import type { CitedKind, CitingKind, Stance, SummaryKind } from '../domain/evidence.js';
import type { PracticeChange, QualityChange, SupportVerdict } from '../domain/implementation.js';
import type { AttributeKind } from '../domain/participant-attributes.js';
import type { InstrumentKind, ItemType, ScaleMethod } from '../domain/instrument.js';
import type { MemberCheckResponseKind } from '../domain/member-check.js';
import type { EvidenceCitedKind } from '../domain/record-kinds.js';
import type { RoleGroup } from '../domain/roles.js';
import type { ElementKind, StrategyEvidenceKind } from '../domain/strategy.js';
import type { NarrativeKind } from '../domain/feedback-narrative.js';
import type { UptakeStatus } from '../domain/theory-of-action.js';
import type { SpeakerRole } from '../domain/transcript.js';
import type { MemoSubjectKind } from '../domain/coding.js';
import type { ReconciliationDecision } from '../domain/reliability.js';

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
  /** A quote is withheld from partners when its role group has fewer participants than this in the district. */
  quote_min_participants: Generated<number>;
  /** Raised by each change of the quote minimum, which names the version it was made on. */
  quote_min_version: Generated<number>;
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
  role: RoleGroup;
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
  role: RoleGroup;
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
  speaker_role: SpeakerRole;
  text: string;
  start_offset: number;
  text_offset: number;
  end_offset: number;
  start_ms: number | null;
  end_ms: number | null;
  words: number;
}

/** Whose a speaker label of a transcript file is, as the team said (migration 0015): used again when the same file is imported again. */
export interface SpeakerMappingTable {
  id: Generated<number>;
  interview_id: string;
  /** The file as the import named it (interviews.csv's path, or the uploaded file's name). */
  source_file: string;
  speaker: string;
  role: SpeakerRole;
  created_by: string;
  created_at: string;
}

/** A stretch of a turn's text as search indexes it (domain/transcript turnSegments); a short turn is one. */
export interface TurnSegmentTable {
  id: Generated<number>;
  turn_id: number;
  seq: number;
  /** Where the segment starts in the transcript (code points). */
  text_offset: number;
  /** The segment's words; on SQLite '' for a segment that is its whole turn (storage/turn-segments storedSegmentText). */
  text: string;
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
  /** Marked by an analyst as one partners may read as an illustrative quote (attributed to a role group only). */
  shareable_at: string | null;
  shareable_by: string | null;
  /** Moved to a corrected transcript, re-anchored to its words or its words accepted: each is a new version (1 as it was marked). */
  version: Generated<number>;
  /** Null until its first change. */
  updated_by: string | null;
  updated_at: string | null;
  /** The team kept the passage's words as they were said, though its transcript was corrected since: it is no longer to review. */
  correction_accepted_at: string | null;
  correction_accepted_by: string | null;
}

export interface IsfTemplateTable extends Versioned {
  id: string;
  partnership_id: string;
  role: RoleGroup;
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
  /** 1 when an ISF cannot be complete without an entry for the field; 0 when it may stay empty. */
  required: Generated<number>;
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
  kind: SummaryKind;
  cycle_id: string;
  district_id: string;
  school_id: string | null;
  role: RoleGroup | null;
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
  citing_kind: CitingKind;
  citing_id: string;
  cited_kind: CitedKind;
  cited_id: string;
  /** Order among the citations of the citing item, as the analyst made them. */
  ordinal: number;
  stance: Stance;
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
  role: PartnershipRole;
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
  /** The account it concerns: a reset's, or the one that accepted an invitation (none while it waits). */
  account_id: string | null;
  partnership_id: string | null;
  role: PartnershipRole | null;
  district_id: string | null;
  created_at: string;
  created_by: string;
  expires_at: string;
  /** When its token was used (an invitation for an email that has an account is then still to be accepted, signed in). */
  used_at: string | null;
}

/** A type of support in the interpretive framework (new positions, learning events, routines, tools): data the team refines. */
export interface SupportTypeTable extends Versioned, Retirable {
  id: string;
  partnership_id: string;
  key: string;
  name: string;
  /** The family it belongs to, e.g. "Learning event" for its three kinds. */
  category: string;
  description: string;
  position: number;
}

/** One of a district's improvement strategies in a cycle. */
export interface StrategyTable extends Versioned, Retirable {
  id: string;
  partnership_id: string;
  district_id: string;
  cycle_id: string;
  position: number;
  name: string;
  goal: string;
}

/** An envisioned practice, intended support or accountability relation of a strategy (domain/strategy). */
export interface StrategyElementTable extends Versioned, Retirable {
  id: string;
  strategy_id: string;
  kind: ElementKind;
  position: number;
  /** The practice, the support, or what the accountability is for. */
  description: string;
  /** Envisioned practice: the role group expected to develop it. */
  role: RoleGroup | null;
  /** Envisioned practice: its measurable target where the district states one. */
  target: string | null;
  /** Intended support: the key of its type in the framework. */
  support_type: string | null;
  /** Intended support: role groups served, comma-separated. */
  roles_served: string | null;
  frequency: string | null;
  provider: string | null;
  /** Intended support: 1 if it involves co-participation with someone more expert. */
  co_participation: number | null;
  /** Accountability relation: who holds whom accountable. */
  holder: string | null;
  held: string | null;
}

/** What a strategy or one of its elements rests on: a leader-interview passage or an artifact. */
export interface StrategyEvidenceTable extends Retirable {
  id: string;
  partnership_id: string;
  citing_id: string;
  cited_kind: StrategyEvidenceKind;
  cited_id: string;
  note: string;
  created_by: string;
  created_at: string;
}

/** A district's document (organization chart, PD schedule, …): the file as uploaded and its text. */
export interface ArtifactTable extends Retirable {
  id: string;
  partnership_id: string;
  district_id: string;
  cycle_id: string;
  title: string;
  kind: string;
  file_name: string;
  media_type: string;
  format: string;
  size: number;
  sha256: string;
  pages: number;
  text: string;
  content: Uint8Array;
  created_by: string;
  created_at: string;
}

/** A paragraph of an artifact's text, indexed for search. */
export interface ArtifactPassageTable {
  id: Generated<number>;
  artifact_id: string;
  seq: number;
  start_offset: number;
  text: string;
}

/** The team's in-house assessment of a district's strategies (never shown to partners). */
export interface AssessmentTable extends Versioned {
  id: string;
  partnership_id: string;
  district_id: string;
  cycle_id: string;
  /** Null for the coherence of the strategies together. */
  strategy_id: string | null;
  aspect: AssessmentAspect;
  judgement: string;
  rationale: string;
  /** Keys of the framework's support types the rationale refers to, comma-separated. */
  framework_refs: string;
}

/** An issued version of a District Design Document: the partner version's sections, frozen as JSON. */
export interface DddVersionTable {
  id: string;
  partnership_id: string;
  district_id: string;
  cycle_id: string;
  number: number;
  based_on_id: string | null;
  content: string;
  reason: string;
  /** The day it was issued to the district, as the user said (not in the future); `created_at` is when it was recorded. */
  issued_on: string;
  created_by: string;
  created_at: string;
}

export interface MemberCheckTable {
  id: string;
  partnership_id: string;
  ddd_version_id: string;
  message: string;
  sent_by: string;
  /** When it was recorded. */
  sent_at: string;
  /** The day it was sent to the district's leaders, as the user said. */
  sent_on: string;
}

export interface MemberCheckRecipientTable {
  id: string;
  member_check_id: string;
  account_id: string;
}

/** A partner leader's response to one section of a member-checked DDD. Never edited: a new response supersedes. */
export interface MemberCheckResponseTable {
  id: string;
  member_check_id: string;
  section: string;
  account_id: string;
  response: MemberCheckResponseKind;
  text: string;
  created_at: string;
  /** The DDD version that took the correction in, and who marked it so. */
  applied_in_id: string | null;
  applied_by: string | null;
  applied_at: string | null;
}

/** How an intended support or an envisioned practice of a strategy turned out in a cycle. */
export interface ImplementationTable extends Versioned {
  id: string;
  partnership_id: string;
  district_id: string;
  cycle_id: string;
  element_id: string;
  kind: ElementKind;
  /** Support: as intended, partly, differently, not. */
  verdict: SupportVerdict | null;
  frequency: string | null;
  focus: string | null;
  /** Practice: the change since the previous cycle. */
  frequency_change: PracticeChange | null;
  quality_change: QualityChange | null;
  text: string;
}

/** Why a strategy's supports and accountability worked as they did, framed by the interpretive framework. */
export interface ExplanationTable extends Versioned {
  id: string;
  partnership_id: string;
  strategy_id: string;
  learning_opportunities: string;
  press: string;
  text: string;
  framework_refs: string;
}

export interface ToaComponentTable extends Versioned, Retirable {
  id: string;
  partnership_id: string;
  key: string;
  name: string;
  position: number;
}

export interface ConjectureTable extends Versioned, Retirable {
  id: string;
  partnership_id: string;
  component_id: string;
  text: string;
  position: number;
}

/** One version of a conjecture, with its reason; its warrant is the evidence linked to it. */
export interface ConjectureRevisionTable {
  id: string;
  conjecture_id: string;
  version: number;
  text: string;
  reason: string;
  created_by: string;
  created_at: string;
}

/** A reference to the research literature. */
export interface LiteratureTable {
  id: string;
  partnership_id: string;
  authors: string;
  year: number | null;
  title: string;
  source: string;
  url: string | null;
  created_by: string;
  created_at: string;
}

/** A retrospective analysis (surveys, lesson scores, network data) whose result bears on conjectures. */
export interface RetrospectiveTable {
  id: string;
  partnership_id: string;
  title: string;
  summary: string;
  created_by: string;
  created_at: string;
}

/** A dated version of the whole theory of action, frozen as JSON. */
export interface ToaIterationTable {
  id: string;
  partnership_id: string;
  number: number;
  label: string;
  dated: string;
  content: string;
  created_by: string;
  created_at: string;
}

export interface RecommendationTable extends Versioned, Retirable {
  id: string;
  partnership_id: string;
  strategy_id: string;
  text: string;
  rationale: string;
  position: number;
}

/** When a district's feedback report was sent. */
export interface FeedbackReportTable {
  id: string;
  partnership_id: string;
  district_id: string;
  cycle_id: string;
  sent_on: string;
  note: string;
  /** The version's number within its district and cycle, from 1. */
  number: number;
  /** The partner version as sent (a ReportDocument as JSON); null for reports recorded before versions were kept. */
  content: string | null;
  /** What this version changes ("first version" for the first). */
  reason: string;
  created_by: string;
  created_at: string;
}

/** A section of a district's feedback report that the team writes: one per district, cycle and section. */
export interface FeedbackNarrativeTable extends Versioned {
  id: string;
  partnership_id: string;
  district_id: string;
  cycle_id: string;
  kind: NarrativeKind;
  /** For a strategy's narrative, the strategy; otherwise null. */
  strategy_id: string | null;
  /** The kind, or `strategy:` and the strategy's ID: unique per district and cycle. */
  section: string;
  text: string;
}

export interface FeedbackMeetingTable {
  id: string;
  partnership_id: string;
  district_id: string;
  cycle_id: string;
  held_on: string;
  attendees: string;
  notes: string;
  created_by: string;
  created_at: string;
}

/** Whether a district acted on a recommendation, recorded in a later cycle. */
export interface UptakeTable extends Versioned {
  id: string;
  partnership_id: string;
  recommendation_id: string;
  cycle_id: string;
  status: UptakeStatus;
  note: string;
}

/** What an implementation, explanation, conjecture revision, recommendation or uptake rests on. */
export interface EvidenceLinkTable extends Retirable {
  id: string;
  partnership_id: string;
  citing_id: string;
  cited_kind: EvidenceCitedKind;
  cited_id: string;
  /** supports / contradicts; for a district on a conjecture: borne out / not borne out. */
  bearing: string;
  note: string;
  created_by: string;
  created_at: string;
}

/** An attribute the partnership records of its participants (years of experience, grades taught…). */
export interface ParticipantAttributeTable extends Versioned {
  id: string;
  partnership_id: string;
  name: string;
  kind: AttributeKind;
  /** The choices of a choice kind, as a JSON array of text; "[]" for the others. */
  choices: string;
  description: string;
  /** The order the team defined the partnership's attributes in, from 1. */
  position: number;
}

/** A participant's value of an attribute; changing it is a new version of the participant. */
export interface ParticipantAttributeValueTable {
  id: string;
  participant_id: string;
  attribute_id: string;
  /** The value as JSON: text, a number, a date as text, a choice, or an array of choices. */
  value: string;
  set_by: string;
  set_at: string;
}

/** A code of the partnership's codebook; renaming, redefining, moving, merging and splitting are versions of it (migration 0017). */
export interface CodeTable extends Versioned, Retirable {
  id: string;
  partnership_id: string;
  /** The code it sits under in the codebook's hierarchy; null at the top. */
  parent_id: string | null;
  name: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  /** #rrggbb. */
  colour: string;
  /** Its place among its siblings. */
  position: number;
  /** Set when the code was merged into another (and retired): its codings moved there. */
  merged_into_id: string | null;
  /** The code this one was split from. */
  split_from_id: string | null;
  /** The REFI-QDA GUID it is exchanged under (lower case, no braces; migration 0020). */
  guid: string | null;
}

/**
 * A code applied to a passage by its coder: a transcript's passage (the excerpt with its offsets, the
 * same passage identity the evidence chain cites) or a stretch of an artifact's text. Uncoding retires
 * it; recoding is its next version.
 */
export interface CodingTable extends Versioned, Retirable {
  id: string;
  partnership_id: string;
  code_id: string;
  /** The account whose coding it is. */
  coder: string;
  /** Set for a transcript's passage, with its interview and transcript; null for an artifact's. */
  excerpt_id: string | null;
  interview_id: string | null;
  transcript_id: string | null;
  artifact_id: string | null;
  /** Code points in the transcript's (or artifact's) text. */
  start_offset: number;
  end_offset: number;
}

/** A memo: on a code, a coding, a passage, an interview, a participant (case), or free-standing. */
export interface MemoTable extends Versioned, Retirable {
  id: string;
  partnership_id: string;
  subject_kind: MemoSubjectKind | null;
  subject_id: string | null;
  title: string;
  text: string;
}

/** An interview given to a coder to code (several coders for double coding, each blind to the others' work until done). */
export interface CodingAssignmentTable extends Retirable {
  id: string;
  partnership_id: string;
  interview_id: string;
  coder: string;
  assigned_by: string;
  assigned_at: string;
  /** When the coder marked their coding of the interview done; null while they work. */
  done_at: string | null;
}

/** An instrument the team gives participants: a survey, an observation rubric, a knowledge test, student achievement (migration 0028). */
export interface InstrumentTable extends Versioned {
  id: string;
  partnership_id: string;
  name: string;
  kind: InstrumentKind;
  description: string;
}

/** An item of an instrument, in the instrument's order; one first asked in a later cycle names that cycle. */
export interface InstrumentItemTable {
  id: string;
  instrument_id: string;
  key: string;
  text: string;
  type: ItemType;
  /** The value labels of a scale item, as a JSON array of { value, label }. */
  labels: string;
  min: number | null;
  max: number | null;
  /** 1 when reverse-coded. */
  reverse: number;
  position: number;
  first_cycle_id: string;
  /** The cycle from which the item's wording is the one it has now, when it was reworded (migration 0032). */
  reworded_cycle_id: string | null;
  /** 1 when marked comparable with the cycles before its rewording (or, for an item first asked later, before it was asked). */
  comparable: number;
  created_by: string;
  created_at: string;
}

/** A participant's response to an instrument in a cycle; a correction is its next version. */
export interface InstrumentResponseTable extends Versioned {
  id: string;
  partnership_id: string;
  instrument_id: string;
  cycle_id: string;
  participant_id: string;
  /** The ID the file gave the respondent (an ExternalReference, a staff ID, an e-mail mapped to the participant). */
  respondent: string;
  source_file: string;
  source_line: number;
  /** The answers by item key, as a JSON object (null for unanswered). */
  answers: string;
  /** The participant's role group, district and school when they responded (migration 0029). */
  role: RoleGroup;
  district_id: string;
  organization_id: string;
}

/** A scale of an instrument: items scored together, as their mean or sum; each edit a version (migration 0029). */
export interface InstrumentScaleTable extends Versioned {
  id: string;
  instrument_id: string;
  name: string;
  /** The keys of its items, as a JSON array. */
  items: string;
  method: ScaleMethod;
  minimum_answered: number;
}

/** A rater's levels on an observation rubric's dimensions for a teacher's lesson; a lesson scored twice has a row per rater (migration 0030). */
export interface LessonScoreTable extends Versioned {
  id: string;
  partnership_id: string;
  instrument_id: string;
  cycle_id: string;
  participant_id: string;
  /** The day the lesson was taught (YYYY-MM-DD): with the teacher, what names the lesson. */
  lesson_date: string;
  /** Who scored it, as the file names them (initials, a name, a rater ID). */
  rater: string;
  /** The levels by dimension (item key), as a JSON object (null for a dimension not scored). */
  levels: string;
  source_file: string;
  source_line: number;
  /** The teacher's role group, district and school when the lesson was taught. */
  role: RoleGroup;
  district_id: string;
  organization_id: string;
}

/** Students' achievement on a test in a year, aggregated per school, grade and student group as the district reports it (migration 0031). */
export interface AchievementResultTable extends Versioned {
  id: string;
  partnership_id: string;
  instrument_id: string;
  cycle_id: string;
  district_id: string;
  organization_id: string;
  grade: string;
  /** "All students", or the group the district reports (English learners, students with disabilities, …). */
  student_group: string;
  number_tested: number;
  /** 0 to 100; null when the district did not report it. */
  percent_at_standard: number | null;
  mean_scale_score: number | null;
  source_file: string;
  source_line: number;
}

/** A levelled rubric of the partnership (e.g. vision of high-quality mathematics instruction); each edit is a version of it (migration 0019). */
export interface RubricTable extends Versioned {
  id: string;
  partnership_id: string;
  name: string;
  description: string;
}

/** A dimension of a rubric; one taken out of the rubric is retired, kept for the scores given on it. */
export interface RubricDimensionTable extends Retirable {
  id: string;
  rubric_id: string;
  name: string;
  description: string;
  /** Its place in the rubric. */
  position: number;
}

/** A level of a dimension: its value (ordered, higher is more sophisticated), label and descriptor. */
export interface RubricLevelTable extends Retirable {
  id: string;
  rubric_dimension_id: string;
  value: number;
  label: string;
  descriptor: string;
}

/** An interview's score on one dimension of a rubric, by its scorer; re-scoring is its next version, withdrawing retires it. */
export interface ScoreTable extends Versioned, Retirable {
  id: string;
  partnership_id: string;
  interview_id: string;
  rubric_id: string;
  rubric_dimension_id: string;
  /** The value of the level given. */
  level: number;
  /** The account whose score it is. */
  scorer: string;
  note: string;
}

/** A passage (excerpt) that justifies a score, or speaks against it; retired when a re-score no longer cites it. */
export interface ScorePassageTable extends Retirable {
  id: string;
  score_id: string;
  excerpt_id: string;
  stance: Stance;
  note: string;
  created_by: string;
  created_at: string;
}

/**
 * A decision on a disagreement of double coding (migration 0018): whether a code applies to a unit of an
 * interview (a turn, or a stretch of the transcript), who decided and why, and the coding that stands for
 * it. Only added to: the newest decision on a unit is the one in force.
 */
export interface ReconciliationTable {
  id: string;
  partnership_id: string;
  interview_id: string;
  /** The transcript version the unit's offsets are in. */
  transcript_id: string;
  code_id: string;
  /** The turn decided on; null for a stretch given by its offsets. */
  turn_seq: number | null;
  /** Code points in the transcript's text (a turn's whole extent when turn_seq is set). */
  start_offset: number;
  end_offset: number;
  decision: ReconciliationDecision;
  /** The coding that stands for an applied decision, when there is one. */
  coding_id: string | null;
  /** The account that decided. */
  decided_by: string;
  decided_at: string;
  reason: string;
}

/** The GUID another QDA tool knows an imported record by (migration 0023): importing the same project again changes nothing. */
export interface ExchangeGuidTable {
  record_id: string;
  partnership_id: string;
  /** Lower case, no braces. */
  guid: string;
}

/** An interview brought in from a REFI-QDA document no case (or no cycle) placed, until the team assigns it (migration 0023). */
export interface UnassignedDocumentTable {
  interview_id: string;
  partnership_id: string;
  /** The document's name in the project, and the project file it came in. */
  source_name: string;
  archive: string;
  imported_by: string;
  imported_at: string;
}

export interface Database {
  partnership: PartnershipTable;
  organization: OrganizationTable;
  cycle: CycleTable;
  participant: ParticipantTable;
  interview: InterviewTable;
  transcript: TranscriptTable;
  turn: TurnTable;
  speaker_mapping: SpeakerMappingTable;
  turn_segment: TurnSegmentTable;
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
  support_type: SupportTypeTable;
  strategy: StrategyTable;
  strategy_element: StrategyElementTable;
  strategy_evidence: StrategyEvidenceTable;
  artifact: ArtifactTable;
  artifact_passage: ArtifactPassageTable;
  assessment: AssessmentTable;
  ddd_version: DddVersionTable;
  member_check: MemberCheckTable;
  member_check_recipient: MemberCheckRecipientTable;
  member_check_response: MemberCheckResponseTable;
  implementation: ImplementationTable;
  explanation: ExplanationTable;
  toa_component: ToaComponentTable;
  conjecture: ConjectureTable;
  conjecture_revision: ConjectureRevisionTable;
  literature: LiteratureTable;
  retrospective: RetrospectiveTable;
  toa_iteration: ToaIterationTable;
  recommendation: RecommendationTable;
  feedback_report: FeedbackReportTable;
  feedback_meeting: FeedbackMeetingTable;
  feedback_narrative: FeedbackNarrativeTable;
  uptake: UptakeTable;
  evidence_link: EvidenceLinkTable;
  participant_attribute: ParticipantAttributeTable;
  instrument: InstrumentTable;
  instrument_item: InstrumentItemTable;
  instrument_response: InstrumentResponseTable;
  lesson_score: LessonScoreTable;
  achievement_result: AchievementResultTable;
  instrument_scale: InstrumentScaleTable;
  participant_attribute_value: ParticipantAttributeValueTable;
  code: CodeTable;
  coding: CodingTable;
  memo: MemoTable;
  exchange_guid: ExchangeGuidTable;
  unassigned_document: UnassignedDocumentTable;
  coding_assignment: CodingAssignmentTable;
  rubric: RubricTable;
  rubric_dimension: RubricDimensionTable;
  rubric_level: RubricLevelTable;
  score: ScoreTable;
  score_passage: ScorePassageTable;
  reconciliation: ReconciliationTable;
}
