/** The role groups of participants, as interview protocols and summaries are organised. */
export const ROLE_GROUPS = ['teacher', 'coach', 'school_leader', 'district_leader'] as const;
export type RoleGroup = (typeof ROLE_GROUPS)[number];

export const ROLE_GROUP_LABELS: Record<RoleGroup, string> = {
  teacher: 'Teacher',
  coach: 'Mathematics coach',
  school_leader: 'School leader',
  district_leader: 'District leader',
};

export const ROLE_GROUP_PLURALS: Record<RoleGroup, string> = {
  teacher: 'Teachers',
  coach: 'Mathematics coaches',
  school_leader: 'School leaders',
  district_leader: 'District leaders',
};

export function isRoleGroup(value: string): value is RoleGroup {
  return (ROLE_GROUPS as readonly string[]).includes(value);
}

/** Role groups who work in a school (the others work in the district's central office). */
export const isSchoolBased = (role: RoleGroup): boolean => role !== 'district_leader';
