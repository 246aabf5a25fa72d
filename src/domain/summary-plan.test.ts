import { describe, expect, it } from 'vitest';
import { summariesCalledFor, summaryProgress } from './summary-plan.js';

describe('the summaries a district cycle calls for', () => {
  const plan = summariesCalledFor([
    { schoolId: 'adams', role: 'teacher' },
    { schoolId: 'adams', role: 'coach' },
    { schoolId: 'baker', role: 'teacher' },
    { schoolId: 'baker', role: 'school_leader' },
    { schoolId: null, role: 'district_leader' },
  ]);

  it('asks for one per school interviewed and one per role group interviewed', () => {
    expect([...plan.schools].sort()).toEqual(['adams', 'baker']);
    expect([...plan.roleGroups].sort()).toEqual(['coach', 'district_leader', 'school_leader', 'teacher']);
  });

  it('counts each summary called for once, however many are written, and none outside the plan', () => {
    expect(
      summaryProgress(plan, [
        { kind: 'school', schoolId: 'adams', role: null },
        { kind: 'school', schoolId: 'adams', role: null },
        { kind: 'school', schoolId: 'carver', role: null },
        { kind: 'role_group', schoolId: null, role: 'teacher' },
        { kind: 'role_group', schoolId: null, role: 'district_leader' },
        { kind: 'role_group', schoolId: null, role: 'district_leader' },
      ]),
    ).toEqual({ done: 3, toDo: 3 });
  });
});
