import type { CodingAssignment } from '../../services/coding-assignments.js';
import type { RatingTableReliability } from '../../services/rating-tables.js';
import type { AgreementReport, Disagreement, Reconciliation } from '../../services/reliability.js';

/** Assignments, agreement, disagreements and reconciliations as the API answers them (the services' shapes, field by field). */
export const presentAssignment = (a: CodingAssignment) => ({
  id: a.id,
  interviewId: a.interviewId,
  interviewCode: a.interviewCode,
  coder: a.coder,
  coderName: a.coderName,
  assignedBy: a.assignedBy,
  assignedAt: a.assignedAt,
  doneAt: a.doneAt,
});

export const presentReconciliation = (r: Reconciliation) => ({ ...r });

export const presentAgreement = (r: AgreementReport) => ({
  interviews: r.interviews,
  coders: r.coders,
  overall: r.overall,
  codes: r.codes,
  codingsOnEarlierTranscripts: r.codingsOnEarlierTranscripts,
});

export const presentDisagreement = (d: Disagreement) => ({ ...d, reconciliation: d.reconciliation && presentReconciliation(d.reconciliation) });

export const presentRatingTable = (r: RatingTableReliability) => ({ ...r });
