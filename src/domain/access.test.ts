import { describe, expect, it } from 'vitest';
import { allows, type Membership, type Principal, visiblePartnerships } from './access.js';

const principal = (memberships: Membership[], isAdmin = false): Principal => ({
  accountId: 'acc_1',
  email: 'a@example.org',
  displayName: 'A',
  isAdmin,
  memberships,
});
const P = 'prt_1';
const OTHER = 'prt_2';
const member = (role: Membership['role'], districtId: string | null = null) => principal([{ partnershipId: P, role, districtId }]);

describe('allows', () => {
  it('lets anyone use public routes, and only accounts use the others', () => {
    expect(allows(null, 'public', null)).toBe(true);
    expect(allows(null, 'signed-in', null)).toBe(false);
    expect(allows(null, 'team:read', P)).toBe(false);
    expect(allows(member('partner', 'org_d1'), 'signed-in', null)).toBe(true);
  });

  it('gives the team read access, analysts and leads write access, leads the shaping of the analysis', () => {
    const table = (['lead', 'analyst', 'observer', 'partner'] as const).map((role) => [
      role,
      allows(member(role, role === 'partner' ? 'org_d1' : null), 'team:read', P),
      allows(member(role), 'team:write', P),
      allows(member(role), 'team:lead', P),
    ]);
    expect(table).toEqual([
      ['lead', true, true, true],
      ['analyst', true, true, false],
      ['observer', true, false, false],
      ['partner', false, false, false],
    ]);
  });

  it('keeps each partnership to its own members, and lets installation administrators everywhere', () => {
    expect(allows(member('lead'), 'team:read', OTHER)).toBe(false);
    expect(allows(principal([], true), 'team:write', OTHER)).toBe(true);
    expect(allows(member('lead'), 'admin', null)).toBe(false);
  });

  it("shows what is shared with a district to the team and to that district's partner leaders only", () => {
    expect(allows(member('partner', 'org_d1'), 'shared:read', P, 'org_d1')).toBe(true);
    expect(allows(member('partner', 'org_d1'), 'shared:read', P, 'org_d2')).toBe(false);
    expect(allows(member('partner', 'org_d1'), 'shared:read', OTHER, 'org_d1')).toBe(false);
    expect(allows(member('observer'), 'shared:read', P, 'org_d2')).toBe(true);
  });

  it("lets only the district's own partner leaders respond to its member check (not the team, not an administrator)", () => {
    expect(allows(member('partner', 'org_d1'), 'shared:respond', P, 'org_d1')).toBe(true);
    expect(allows(member('partner', 'org_d1'), 'shared:respond', P, 'org_d2')).toBe(false);
    expect(allows(member('lead'), 'shared:respond', P, 'org_d1')).toBe(false);
    expect(allows(principal([], true), 'shared:respond', P, 'org_d1')).toBe(false);
  });
});

describe('visiblePartnerships', () => {
  it('lists the partnerships one takes part in (all of them for an administrator)', () => {
    expect([P, OTHER].filter(visiblePartnerships(member('partner', 'org_d1')))).toEqual([P]);
    expect([P, OTHER].filter(visiblePartnerships(principal([], true)))).toEqual([P, OTHER]);
  });
});
