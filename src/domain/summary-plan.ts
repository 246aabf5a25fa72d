import type { RoleGroup } from './roles.js';

/**
 * The mid-level summaries a district's cycle calls for: a school summary for each school whose
 * people were interviewed, and a role-group summary for each role group interviewed (all the
 * teachers, all the coaches, all the school leaders, all the district leaders of the district).
 */
export interface SummaryPlan {
  schools: ReadonlySet<string>;
  roleGroups: ReadonlySet<RoleGroup>;
}

export function summariesCalledFor(interviews: readonly { schoolId: string | null; role: RoleGroup }[]): SummaryPlan {
  return {
    schools: new Set(interviews.flatMap((i) => (i.schoolId ? [i.schoolId] : []))),
    roleGroups: new Set(interviews.map((i) => i.role)),
  };
}

/** How many of the summaries called for are written, and how many are still to do. */
export function summaryProgress(
  plan: SummaryPlan,
  written: readonly { kind: 'school' | 'role_group'; schoolId: string | null; role: string | null }[],
): { done: number; toDo: number } {
  const schools = new Set(written.filter((s) => s.kind === 'school' && s.schoolId && plan.schools.has(s.schoolId)).map((s) => s.schoolId));
  const roles = new Set(written.filter((s) => s.kind === 'role_group' && s.role && plan.roleGroups.has(s.role as RoleGroup)).map((s) => s.role));
  const done = schools.size + roles.size;
  return { done, toDo: plan.schools.size + plan.roleGroups.size - done };
}
