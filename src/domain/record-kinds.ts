/**
 * Every kind of record Warrant stores, declared once: the lists that name kinds (ID prefixes, the
 * labels in messages, versioned and retirable tables, how the policy finds a record's partnership,
 * what rests on evidence links) are derived from here, or typed against it so that a kind left out
 * fails the typecheck.
 */
interface RecordKind<Kind extends string> {
  /** Its IDs begin with this and an underscore (`fnd_…`), so an ID says what it names. */
  prefix: string;
  /** Its table in storage. */
  table: string;
  /** What messages call it ("finding fnd_… does not exist"). */
  label: string;
  /** Edits are versions: the row carries its version and who changed it last, when. */
  versioned: boolean;
  /** Withdrawn with `warrant retire` (it stays, marked retired, for the audit trail and what cited it). */
  retirable: boolean;
  /**
   * How the partnership of a record named by its ID is found, for every access decision on it:
   * its own `partnership_id`, the record itself (a partnership), the partnership of the record it
   * belongs to (through the `<table>_id` column naming it), or null for a record never named by ID
   * in a request (answered as one that does not exist).
   */
  owner: 'itself' | 'column' | { through: Kind } | null;
  /** What it may rest on through evidence links (services/evidence-links). */
  restsOn?: readonly Kind[];
}

function declare<const K extends { [Kind in keyof K]: RecordKind<Extract<keyof K, string>> }>(kinds: K): K {
  return kinds;
}

export const RECORD_KINDS = declare({
  partnership: { prefix: 'prt', table: 'partnership', label: 'partnership', versioned: false, retirable: false, owner: 'itself' },
  organization: { prefix: 'org', table: 'organization', label: 'organization', versioned: false, retirable: false, owner: 'column' },
  participant: { prefix: 'par', table: 'participant', label: 'participant', versioned: true, retirable: false, owner: 'column' },
  cycle: { prefix: 'cyc', table: 'cycle', label: 'cycle', versioned: false, retirable: false, owner: 'column' },
  interview: { prefix: 'int', table: 'interview', label: 'interview', versioned: true, retirable: false, owner: 'column' },
  transcript: { prefix: 'trn', table: 'transcript', label: 'transcript', versioned: false, retirable: false, owner: { through: 'interview' } },
  excerpt: { prefix: 'exc', table: 'excerpt', label: 'excerpt', versioned: true, retirable: true, owner: { through: 'interview' } },
  isfTemplate: { prefix: 'tpl', table: 'isf_template', label: 'ISF template', versioned: true, retirable: false, owner: 'column' },
  // A template's field is named by its key within the partnership, never by its ID.
  isfField: { prefix: 'fld', table: 'isf_field', label: 'ISF field', versioned: false, retirable: false, owner: null },
  isf: { prefix: 'isf', table: 'isf', label: 'interview summary form', versioned: true, retirable: false, owner: { through: 'interview' } },
  isfEntry: { prefix: 'ent', table: 'isf_entry', label: 'ISF entry', versioned: true, retirable: true, owner: { through: 'isf' } },
  summary: { prefix: 'sum', table: 'summary', label: 'summary', versioned: true, retirable: false, owner: 'column' },
  claim: { prefix: 'clm', table: 'claim', label: 'claim', versioned: true, retirable: true, owner: { through: 'summary' } },
  finding: { prefix: 'fnd', table: 'finding', label: 'finding', versioned: true, retirable: true, owner: 'column' },
  citation: { prefix: 'cit', table: 'citation', label: 'citation', versioned: false, retirable: true, owner: 'column' },
  // Accounts and what hangs on them are reached through the signed-in caller or a partnership, never by ID.
  account: { prefix: 'acc', table: 'account', label: 'account', versioned: false, retirable: false, owner: null },
  membership: { prefix: 'mem', table: 'membership', label: 'membership', versioned: false, retirable: false, owner: null },
  session: { prefix: 'ses', table: 'session', label: 'session', versioned: false, retirable: false, owner: null },
  accountLink: { prefix: 'lnk', table: 'account_link', label: 'one-time link', versioned: false, retirable: false, owner: null },
  supportType: { prefix: 'spt', table: 'support_type', label: 'support type', versioned: true, retirable: true, owner: 'column' },
  strategy: { prefix: 'stg', table: 'strategy', label: 'strategy', versioned: true, retirable: true, owner: 'column' },
  strategyElement: { prefix: 'sel', table: 'strategy_element', label: 'strategy element', versioned: true, retirable: true, owner: { through: 'strategy' } },
  strategyEvidence: { prefix: 'sev', table: 'strategy_evidence', label: 'evidence of a strategy', versioned: false, retirable: true, owner: 'column' },
  artifact: { prefix: 'art', table: 'artifact', label: 'artifact', versioned: false, retirable: true, owner: 'column' },
  assessment: { prefix: 'asm', table: 'assessment', label: 'assessment', versioned: true, retirable: false, owner: 'column' },
  dddVersion: { prefix: 'ddd', table: 'ddd_version', label: 'design document version', versioned: false, retirable: false, owner: 'column' },
  memberCheck: { prefix: 'mck', table: 'member_check', label: 'member check', versioned: false, retirable: false, owner: 'column' },
  // Recipients are listed with their member check, never named by ID.
  memberCheckRecipient: {
    prefix: 'mcp',
    table: 'member_check_recipient',
    label: 'recipient of a member check',
    versioned: false,
    retirable: false,
    owner: null,
  },
  memberCheckResponse: {
    prefix: 'mcr',
    table: 'member_check_response',
    label: 'member-check response',
    versioned: false,
    retirable: false,
    owner: { through: 'memberCheck' },
  },
  implementation: {
    prefix: 'imp',
    table: 'implementation',
    label: 'implementation assessment',
    versioned: true,
    retirable: false,
    owner: 'column',
    // A practice's change in quality may rest on construct scores (services/scores: the change since the previous cycle).
    restsOn: ['finding', 'score'],
  },
  explanation: {
    prefix: 'exn',
    table: 'explanation',
    label: 'explanation',
    versioned: true,
    retirable: false,
    owner: 'column',
    restsOn: ['finding', 'assessment'],
  },
  // Component retirement is not offered yet: its table has the columns, `warrant retire` refuses it.
  toaComponent: { prefix: 'toc', table: 'toa_component', label: 'component of the theory of action', versioned: true, retirable: false, owner: 'column' },
  conjecture: { prefix: 'cnj', table: 'conjecture', label: 'conjecture', versioned: true, retirable: true, owner: 'column' },
  // Messages have always named a revision by its kind; the label keeps them as they are.
  conjectureRevision: {
    prefix: 'cnr',
    table: 'conjecture_revision',
    label: 'conjectureRevision',
    versioned: false,
    retirable: false,
    owner: { through: 'conjecture' },
    restsOn: ['finding', 'literature', 'retrospective', 'organization', 'uptake'],
  },
  literature: { prefix: 'lit', table: 'literature', label: 'literature reference', versioned: false, retirable: false, owner: 'column' },
  retrospective: { prefix: 'rta', table: 'retrospective', label: 'retrospective analysis', versioned: false, retirable: false, owner: 'column' },
  toaIteration: { prefix: 'toi', table: 'toa_iteration', label: 'iteration of the theory of action', versioned: false, retirable: false, owner: 'column' },
  recommendation: {
    prefix: 'rcm',
    table: 'recommendation',
    label: 'recommendation',
    versioned: true,
    retirable: true,
    owner: 'column',
    restsOn: ['conjecture', 'explanation'],
  },
  feedbackReport: { prefix: 'fbr', table: 'feedback_report', label: 'feedback report', versioned: false, retirable: false, owner: 'column' },
  // A section of the report the team writes: the summary, introduction, closing, or a strategy's narrative.
  feedbackNarrative: {
    prefix: 'fbn',
    table: 'feedback_narrative',
    label: 'narrative of the feedback report',
    versioned: true,
    retirable: false,
    owner: 'column',
  },
  feedbackMeeting: { prefix: 'fbm', table: 'feedback_meeting', label: 'feedback meeting', versioned: false, retirable: false, owner: 'column' },
  uptake: { prefix: 'upt', table: 'uptake', label: 'uptake', versioned: true, retirable: false, owner: 'column', restsOn: ['excerpt'] },
  evidenceLink: { prefix: 'evl', table: 'evidence_link', label: 'evidence link', versioned: false, retirable: true, owner: 'column' },
  participantAttribute: {
    prefix: 'pat',
    table: 'participant_attribute',
    label: 'participant attribute',
    versioned: true,
    retirable: false,
    owner: 'column',
  },
  // A participant's values are versions of the participant, read and written with it, never named by ID.
  participantAttributeValue: {
    prefix: 'pav',
    table: 'participant_attribute_value',
    label: "participant's attribute value",
    versioned: false,
    retirable: false,
    owner: null,
  },
  // Codes, codings and assignments have the retirement columns but are withdrawn by their own
  // operations (a code merged into another, a passage uncoded, an interview unassigned), not `warrant retire`.
  code: { prefix: 'cod', table: 'code', label: 'code', versioned: true, retirable: false, owner: 'column' },
  coding: { prefix: 'cdg', table: 'coding', label: 'coding', versioned: true, retirable: false, owner: 'column' },
  memo: { prefix: 'mmo', table: 'memo', label: 'memo', versioned: true, retirable: true, owner: 'column' },
  codingAssignment: { prefix: 'cas', table: 'coding_assignment', label: 'coding assignment', versioned: false, retirable: false, owner: 'column' },
  // A rubric's dimensions and levels change as versions of the rubric; scores are withdrawn by their own
  // operation (withdrawScore), the passages of a score when a re-score no longer cites them.
  rubric: { prefix: 'rub', table: 'rubric', label: 'rubric', versioned: true, retirable: false, owner: 'column' },
  rubricDimension: { prefix: 'rbd', table: 'rubric_dimension', label: 'rubric dimension', versioned: false, retirable: false, owner: { through: 'rubric' } },
  rubricLevel: { prefix: 'rbl', table: 'rubric_level', label: 'rubric level', versioned: false, retirable: false, owner: { through: 'rubricDimension' } },
  score: { prefix: 'scr', table: 'score', label: 'score', versioned: true, retirable: false, owner: 'column' },
  // An instrument's items are added with the instrument or by an import of a later cycle; responses are corrected as versions.
  instrument: { prefix: 'ins', table: 'instrument', label: 'instrument', versioned: true, retirable: false, owner: 'column' },
  instrumentItem: { prefix: 'itm', table: 'instrument_item', label: 'instrument item', versioned: false, retirable: false, owner: { through: 'instrument' } },
  instrumentResponse: { prefix: 'rsp', table: 'instrument_response', label: 'response', versioned: true, retirable: false, owner: 'column' },
  lessonScore: { prefix: 'lsn', table: 'lesson_score', label: 'lesson score', versioned: true, retirable: false, owner: 'column' },
  achievementResult: { prefix: 'ach', table: 'achievement_result', label: 'achievement result', versioned: true, retirable: false, owner: 'column' },
  instrumentScale: { prefix: 'isc', table: 'instrument_scale', label: 'scale', versioned: true, retirable: false, owner: { through: 'instrument' } },
  scorePassage: { prefix: 'scp', table: 'score_passage', label: 'passage of a score', versioned: false, retirable: false, owner: { through: 'score' } },
  // Decisions on disagreements of double coding: only added to, the newest on a unit in force.
  reconciliation: { prefix: 'rcn', table: 'reconciliation', label: 'reconciliation', versioned: false, retirable: false, owner: 'column' },
});

type Kinds = typeof RECORD_KINDS;
export type EntityKind = keyof Kinds;
export const ENTITY_KINDS = Object.keys(RECORD_KINDS) as EntityKind[];

/** The table of each kind, and the tables that hold a kind of record. */
export type TableOf<K extends EntityKind> = Kinds[K]['table'];
export type KindTable = TableOf<EntityKind>;

export type VersionedKind = { [K in EntityKind]: Kinds[K]['versioned'] extends true ? K : never }[EntityKind];
export type RetirableKind = { [K in EntityKind]: Kinds[K]['retirable'] extends true ? K : never }[EntityKind];
/** Kinds that rest on evidence links, and the kinds such a link may cite. */
export type EvidenceCitingKind = { [K in EntityKind]: Kinds[K] extends { restsOn: readonly EntityKind[] } ? K : never }[EntityKind];
export type EvidenceCitedKind = { [K in EvidenceCitingKind]: Kinds[K]['restsOn'][number] }[EvidenceCitingKind];

export const isRetirableKind = (kind: EntityKind): kind is RetirableKind => RECORD_KINDS[kind].retirable;
export const isEvidenceCitingKind = (kind: EntityKind): kind is EvidenceCitingKind => 'restsOn' in RECORD_KINDS[kind];

/** What messages call each kind of record. */
export const KIND_LABELS = Object.fromEntries(ENTITY_KINDS.map((k) => [k, RECORD_KINDS[k].label])) as { readonly [K in EntityKind]: Kinds[K]['label'] };

/** What each kind that rests on evidence links may cite through them. */
export const EVIDENCE_CITES = Object.fromEntries(ENTITY_KINDS.filter(isEvidenceCitingKind).map((k) => [k, RECORD_KINDS[k].restsOn])) as {
  readonly [K in EvidenceCitingKind]: Kinds[K]['restsOn'];
};
