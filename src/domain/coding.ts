/** Qualitative coding: what a memo may be written on, and whose codings a coder may see on an interview. */

/** What a memo is written on; a memo with none is free-standing. */
export const MEMO_SUBJECT_KINDS = ['code', 'coding', 'excerpt', 'interview', 'participant'] as const;
export type MemoSubjectKind = (typeof MEMO_SUBJECT_KINDS)[number];

/** An interview's coding assignment, as the blind rule reads it. */
export interface AssignmentState {
  coder: string;
  done: boolean;
}

/**
 * Double coding is blind: a coder assigned to an interview sees no one else's codings or scores on it
 * until they have marked their own done. Anyone not assigned to it (a lead researcher reconciling, an
 * analyst reading) sees everyone's.
 */
export function seesOthersWork(viewer: string, assignments: readonly AssignmentState[]): boolean {
  const own = assignments.filter((a) => a.coder === viewer);
  return own.length === 0 || own.every((a) => a.done);
}

/** Whose work on an interview the viewer may see: their own always, everyone's when the blind rule allows. */
export function visibleCoder(viewer: string, assignments: readonly AssignmentState[]): (coder: string) => boolean {
  const all = seesOthersWork(viewer, assignments);
  return (coder) => all || coder === viewer;
}
