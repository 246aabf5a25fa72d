import { describe, expect, it } from 'vitest';
import { type Account, type EvidenceOrigin, outOfFindingScope, outOfSummaryScope, type SummaryScope, triangulate } from './evidence.js';

const schoolSummary: SummaryScope = { kind: 'school', districtId: 'org_d1', cycleId: 'cyc_2010', schoolId: 'org_s1', role: null };
const teacherSummary: SummaryScope = { kind: 'role_group', districtId: 'org_d1', cycleId: 'cyc_2010', schoolId: null, role: 'teacher' };
const origin = (o: Partial<EvidenceOrigin> = {}): EvidenceOrigin => ({
  districtId: 'org_d1',
  organizationId: 'org_s1',
  cycleId: 'cyc_2010',
  role: 'teacher',
  ...o,
});

describe('outOfSummaryScope: school summary', () => {
  it('accepts ISF entries from interviews at the school in the cycle, of any role', () => {
    expect(outOfSummaryScope(schoolSummary, origin())).toBeNull();
    expect(outOfSummaryScope(schoolSummary, origin({ role: 'school_leader' }))).toBeNull();
    expect(outOfSummaryScope(schoolSummary, origin({ role: 'coach' }))).toBeNull();
  });

  it('refuses an entry from another school', () => {
    expect(outOfSummaryScope(schoolSummary, origin({ organizationId: 'org_s2' }))).toBe('it is from an interview at another school');
  });

  it('refuses an entry from another cycle', () => {
    expect(outOfSummaryScope(schoolSummary, origin({ cycleId: 'cyc_2009' }))).toBe('it is from an interview of another cycle');
  });

  it('refuses an entry from another district', () => {
    expect(outOfSummaryScope(schoolSummary, origin({ districtId: 'org_d2', organizationId: 'org_s9' }))).toBe('it is from an interview in another district');
  });
});

describe('outOfSummaryScope: role-group summary', () => {
  it('accepts entries of that role from any school of the district', () => {
    expect(outOfSummaryScope(teacherSummary, origin())).toBeNull();
    expect(outOfSummaryScope(teacherSummary, origin({ organizationId: 'org_s7' }))).toBeNull();
  });

  it('refuses an entry with another role, naming that role', () => {
    expect(outOfSummaryScope(teacherSummary, origin({ role: 'coach' }))).toBe("it is from an interview with a mathematics coach, not the summary's role group");
    expect(outOfSummaryScope(teacherSummary, origin({ role: 'school_leader' }))).toBe(
      "it is from an interview with a school leader, not the summary's role group",
    );
    expect(outOfSummaryScope({ ...teacherSummary, role: 'coach' }, origin())).toBe("it is from an interview with a teacher, not the summary's role group");
  });

  it('refuses an entry of the right role from another district or cycle', () => {
    expect(outOfSummaryScope(teacherSummary, origin({ districtId: 'org_d2' }))).toBe('it is from an interview in another district');
    expect(outOfSummaryScope(teacherSummary, origin({ cycleId: 'cyc_2011' }))).toBe('it is from an interview of another cycle');
  });
});

describe('outOfFindingScope', () => {
  const f = { districtId: 'org_d1', cycleId: 'cyc_2010' };
  it('accepts a claim of the same district and cycle', () => {
    expect(outOfFindingScope(f, { districtId: 'org_d1', cycleId: 'cyc_2010' })).toBeNull();
  });
  it('refuses a claim from another cycle or district', () => {
    expect(outOfFindingScope(f, { districtId: 'org_d1', cycleId: 'cyc_2009' })).toBe('the claim is from a summary of another cycle');
    expect(outOfFindingScope(f, { districtId: 'org_d2', cycleId: 'cyc_2010' })).toBe('the claim is from a summary of another district');
  });
});

describe('triangulate', () => {
  const principal = { participantId: 'par_p', pseudonym: 'Principal Avery', role: 'school_leader' };
  const teacherA = { participantId: 'par_a', pseudonym: 'Ms. Rivera', role: 'teacher' };
  const teacherB = { participantId: 'par_b', pseudonym: 'Mr. Chen', role: 'teacher' };
  const says = (who: Omit<Account, 'stance'>, stance: Account['stance']): Account => ({ ...who, stance });

  it("calls one participant's account a single account", () => {
    expect(triangulate([says(principal, 'supports')])).toEqual({
      status: 'single account',
      agreeing: [principal],
      disagreeing: [],
      roleGroups: ['school_leader'],
    });
  });

  it('counts one participant cited twice once', () => {
    const t = triangulate([says(teacherA, 'supports'), says(teacherA, 'supports')]);
    expect(t.status).toBe('single account');
    expect(t.agreeing).toEqual([teacherA]);
  });

  it('calls agreeing accounts of several participants corroborated, listing the role groups compared', () => {
    const t = triangulate([says(teacherA, 'supports'), says(principal, 'supports'), says(teacherB, 'supports'), says(teacherA, 'supports')]);
    expect(t.status).toBe('corroborated');
    expect(t.agreeing).toEqual([teacherA, principal, teacherB]);
    expect(t.disagreeing).toEqual([]);
    expect(t.roleGroups).toEqual(['school_leader', 'teacher']);
  });

  it('calls a claim contested when any account contradicts it (principal observes weekly, teachers say twice a year)', () => {
    const t = triangulate([says(principal, 'supports'), says(teacherA, 'contradicts'), says(teacherB, 'contradicts')]);
    expect(t.status).toBe('contested');
    expect(t.agreeing).toEqual([principal]);
    expect(t.disagreeing).toEqual([teacherA, teacherB]);
    expect(t.roleGroups).toEqual(['school_leader', 'teacher']);
  });

  it('does not keep the stance in the lists of people', () => {
    const t = triangulate([says(teacherA, 'contradicts')]);
    expect(t.disagreeing[0]).not.toHaveProperty('stance');
  });
});
