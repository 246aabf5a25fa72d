/**
 * The partnership's directory as the team types it by hand: names of districts, schools and
 * central-office units, participants' IDs, and how a school is told apart from another of the same
 * name (by its district: "Oak Ridge Middle School (Riverton)").
 */
import { isRoleGroup, ROLE_GROUPS, type RoleGroup } from './roles.js';

export const NAME_MAX = 200;
export const CODE_MAX = 40;

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export type NameProblem = { field: string; message: string };

/** A name of a district, school, unit or partnership, trimmed; or what is wrong with it. */
export function checkName(value: string | undefined, field: string, what: string): string | NameProblem {
  const name = (value ?? '').replace(/\s+/g, ' ').trim();
  if (!name) return { field, message: `${field}: ${what} needs a name` };
  if (name.length > NAME_MAX) return { field, message: `${field}: a name of at most ${NAME_MAX} characters` };
  if (CONTROL.test(name)) return { field, message: `${field}: a name may not hold control characters` };
  return name;
}

/** A participant's stable ID as the team writes it (letters, digits, ".", "_", "-"); or what is wrong with it. */
export function checkParticipantCode(value: string): string | NameProblem {
  const code = value.trim();
  if (!code) return { field: 'code', message: 'code: a participant ID may not be empty' };
  if (code.length > CODE_MAX || !CODE.test(code))
    return {
      field: 'code',
      message: `code: "${code}" is not a participant ID (up to ${CODE_MAX} letters, digits, ".", "_" or "-", starting with a letter or digit)`,
    };
  return code;
}

/** A role group as typed ("school leader", "School_Leader", "district-leader"), or undefined. */
export function roleGroupOf(value: string): RoleGroup | undefined {
  const role = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return isRoleGroup(role) ? role : undefined;
}

export const roleProblem = (value: string): NameProblem => ({
  field: 'role',
  message: `role: "${value}" is not a role group (one of ${ROLE_GROUPS.join(', ')})`,
});

const ROLE_PREFIX: Record<RoleGroup, string> = { teacher: 'T', coach: 'C', school_leader: 'SL', district_leader: 'DL' };

/** The next free participant ID for a role group: T01, T02, … (SL01 for school leaders, DL01 for district leaders). */
export function nextParticipantCode(role: RoleGroup, taken: Iterable<string>): string {
  const used = new Set([...taken].map((c) => c.toLowerCase()));
  for (let n = 1; ; n++) {
    const code = `${ROLE_PREFIX[role]}${String(n).padStart(2, '0')}`;
    if (!used.has(code.toLowerCase())) return code;
  }
}

/** "Oak Ridge Middle School (Riverton)". */
export const withDistrict = (name: string, district: string): string => `${name} (${district})`;

/** "Oak Ridge Middle School (Riverton)" read back as its name and its district's; undefined when it has no district in parentheses. */
export function splitWithDistrict(text: string): { name: string; district: string } | undefined {
  const match = /^(.*\S)\s*\(([^()]*\S[^()]*)\)\s*$/.exec(text);
  return match ? { name: match[1]!.trim(), district: match[2]!.trim() } : undefined;
}

export interface NamedOrganization {
  id: string;
  name: string;
  districtId: string | null;
}

/**
 * What each school (or unit) is called where it is listed among others: its name, or its name with
 * its district's where another of the list has the same name.
 */
export function organizationLabels(items: readonly NamedOrganization[], districtName: (id: string) => string | undefined): Map<string, string> {
  const counts = new Map<string, number>();
  for (const o of items) counts.set(o.name.toLowerCase(), (counts.get(o.name.toLowerCase()) ?? 0) + 1);
  return new Map(
    items.map((o) => {
      const district = o.districtId ? districtName(o.districtId) : undefined;
      return [o.id, (counts.get(o.name.toLowerCase()) ?? 0) > 1 && district ? withDistrict(o.name, district) : o.name];
    }),
  );
}
