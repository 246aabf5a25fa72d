import { checkName, checkParticipantCode, nextParticipantCode, roleGroupOf, roleProblem } from '../domain/directory.js';
import { invalid, notFound, WarrantError } from '../domain/errors.js';
import { isSchoolBased, type RoleGroup } from '../domain/roles.js';
import type { OrganizationRow } from '../storage/repositories/organization.repository.js';
import type { ParticipantRow } from '../storage/repositories/participant.repository.js';
import type { OrganizationKind } from '../storage/schema.js';
import { audit, firstVersion, inTransaction, type ServiceContext } from './context.js';
import { organizationOf } from './lookup.js';
import { attributeChanges, attributeValuesOf, auditedAttributeChanges, writeAttributeChanges } from './participant-attributes.js';
import { saveNextVersion } from './versioned-edit.js';

/** Where a participant works, as typed: a school (teachers, coaches, school leaders) or a district's central office (district leaders). */
export interface Placement {
  role: string;
  /** A school's ID or name ("Oak Ridge Middle School", or "Oak Ridge Middle School (Riverton)" where two share the name). */
  school?: string;
  /** A district's ID or name: a district leader's district, or the district a school is looked for in. */
  district?: string;
  /** A district leader's central-office unit (ID or name). */
  unit?: string;
}

export interface NewParticipant extends Placement {
  partnershipId: string;
  pseudonym: string;
  /** The team's stable ID; without it the next free one for the role group (T01, C01, SL01, DL01…). */
  code?: string;
  /** Values of the partnership's participant attributes, each named by the attribute's name or ID. */
  attributes?: Readonly<Record<string, unknown>>;
}

const fail = (p: { field: string; message: string }): never => {
  throw invalid(p.message, { field: p.field });
};

/** An organization named by the user, where not finding it is a mistake in the field that named it. */
async function named(
  ctx: ServiceContext,
  partnershipId: string,
  kind: OrganizationKind,
  value: string,
  field: string,
  districtId?: string,
): Promise<OrganizationRow> {
  try {
    return await organizationOf(ctx, partnershipId, kind, value, districtId);
  } catch (e) {
    if (e instanceof WarrantError && e.code === 'not_found')
      throw invalid(
        `${field}: there is no ${kind === 'unit' ? 'central-office unit' : kind} "${value.trim()}"${districtId ? ' in that district' : ''} in the partnership`,
        { field },
      );
    if (e instanceof WarrantError) throw new WarrantError(e.code, `${field}: ${e.message}`, { ...e.details, field });
    throw e;
  }
}

interface Placed {
  role: RoleGroup;
  district_id: string;
  organization_id: string;
  unit_id: string | null;
}

async function place(ctx: ServiceContext, partnershipId: string, p: Placement): Promise<Placed> {
  const role = roleGroupOf(p.role) ?? fail(roleProblem(p.role));
  const district = p.district?.trim() ? await named(ctx, partnershipId, 'district', p.district, 'district') : undefined;
  if (isSchoolBased(role)) {
    if (!p.school?.trim()) fail({ field: 'school', message: `school: a ${role.replace('_', ' ')} works in a school: name it` });
    if (p.unit?.trim())
      fail({ field: 'unit', message: 'unit: central-office units are for district leaders; a school-based participant is placed by their school' });
    const school = await named(ctx, partnershipId, 'school', p.school!, 'school', district?.id);
    return { role, district_id: school.district_id!, organization_id: school.id, unit_id: null };
  }
  if (p.school?.trim())
    fail({ field: 'school', message: "school: a district leader works in the district's central office: give their district instead of a school" });
  if (!district) return fail({ field: 'district', message: 'district: a district leader needs their district' });
  const unit = p.unit?.trim() ? await named(ctx, partnershipId, 'unit', p.unit, 'unit', district.id) : null;
  return { role, district_id: district.id, organization_id: district.id, unit_id: unit?.id ?? null };
}

function pseudonymOf(value: string): string {
  const name = checkName(value, 'pseudonym', 'a participant');
  if (typeof name === 'string') return name;
  return fail(value.trim() ? name : { ...name, message: 'pseudonym: every participant needs a pseudonym' });
}

/** Another participant of the district with the same pseudonym: reports could not tell them apart. */
async function pseudonymTaken(ctx: ServiceContext, partnershipId: string, districtId: string, pseudonym: string, except?: string): Promise<void> {
  const lower = pseudonym.toLowerCase();
  const other = (await ctx.store.participants.list(partnershipId, { districtId })).find((p) => p.pseudonym.toLowerCase() === lower && p.id !== except);
  if (other)
    fail({
      field: 'pseudonym',
      message: `pseudonym: "${pseudonym}" is already the pseudonym of ${other.code} in this district; reports would not tell them apart`,
    });
}

/** Adds a participant to the roster by hand, audited as a roster import is. */
export function addParticipant(ctx: ServiceContext, input: NewParticipant): Promise<ParticipantRow> {
  return inTransaction(ctx, async (tx) => {
    const pseudonym = pseudonymOf(input.pseudonym);
    const placed = await place(tx, input.partnershipId, input);
    const taken = (await tx.store.participants.list(input.partnershipId)).map((p) => p.code);
    let code: string;
    if (input.code?.trim()) {
      const checked = checkParticipantCode(input.code);
      code = typeof checked === 'string' ? checked : fail(checked);
      if (taken.some((t) => t.toLowerCase() === code.toLowerCase())) fail({ field: 'code', message: `code: the participant ID "${code}" is already taken` });
    } else code = nextParticipantCode(placed.role, taken);
    await pseudonymTaken(tx, input.partnershipId, placed.district_id, pseudonym);
    const row: ParticipantRow = { id: tx.ids.next('participant'), partnership_id: input.partnershipId, code, pseudonym, ...placed, ...firstVersion(tx) };
    await tx.store.participants.insertMany([row]);
    const attributes = input.attributes ? await attributeChanges(tx, input.partnershipId, row.id, input.attributes) : [];
    await writeAttributeChanges(tx, row.id, attributes, row.created_at);
    await audit(tx, {
      action: 'participant.create',
      entityKind: 'participant',
      entityId: row.id,
      version: 1,
      at: row.created_at,
      data: { ...row, ...(attributes.length > 0 && { attributes: auditedAttributeChanges(attributes) }) },
    });
    return row;
  });
}

export interface ParticipantEdit extends Partial<Placement> {
  id: string;
  pseudonym?: string;
  /** Values of the partnership's participant attributes, each named by the attribute's name or ID; empty text clears one. */
  attributes?: Readonly<Record<string, unknown>>;
  /**
   * A change of role or school is a correction: the interviews given with the role and school the
   * participant had before the edit were wrong too, and take the new ones (each a new version with
   * the reason). Without it they keep the role and school given at the time (the participant moved).
   */
  alsoPastInterviews?: boolean;
  expectedVersion?: number;
  reason?: string;
}

export interface EditedParticipant {
  participant: ParticipantRow;
  /**
   * Interviews given before the change, which keep the role and organization they were given at
   * the time (and the summaries resting on them their scope): counted when the role or school changed.
   */
  interviewsKept: number;
  /** Interviews corrected with the participant (alsoPastInterviews): they now have the new role and school. */
  interviewsCorrected: number;
}

/**
 * Edits a participant: pseudonym, role group, school or district, unit, attribute values. A new
 * version with its reason. Interviews record the role and organization at the time, so a
 * participant moved to another school or role keeps their past interviews where they were given;
 * a correction (alsoPastInterviews) corrects those given with the old role and school as well.
 */
export function editParticipant(ctx: ServiceContext, input: ParticipantEdit): Promise<EditedParticipant> {
  return inTransaction(ctx, async (tx) => {
    const row = await tx.store.participants.byId(input.id);
    if (!row) throw notFound('participant', JSON.stringify(input.id));
    const pseudonym = input.pseudonym === undefined ? row.pseudonym : pseudonymOf(input.pseudonym);
    const moving = input.role !== undefined || input.school !== undefined || input.district !== undefined || input.unit !== undefined;
    let placed: Placed = { role: row.role, district_id: row.district_id, organization_id: row.organization_id, unit_id: row.unit_id };
    if (moving) {
      const role = input.role ?? row.role;
      const schoolBased = isSchoolBased(roleGroupOf(role) ?? fail(roleProblem(role)));
      // What was not given stays as it was, where it still fits the role.
      const school = input.school ?? (schoolBased && isSchoolBased(row.role) && input.district === undefined ? row.organization_id : undefined);
      const district = input.district ?? (schoolBased && input.school !== undefined ? undefined : row.district_id);
      const unit = input.unit ?? (!schoolBased && !isSchoolBased(row.role) && input.district === undefined ? (row.unit_id ?? undefined) : undefined);
      placed = await place(tx, row.partnership_id, { role, ...(school && { school }), ...(district && { district }), ...(unit && { unit }) });
    }
    const attributes = input.attributes ? await attributeChanges(tx, row.partnership_id, row.id, input.attributes) : [];
    const changes: Record<string, unknown> = {};
    const next = { pseudonym, ...placed };
    for (const [key, to] of Object.entries(next)) {
      const from = row[key as keyof typeof next];
      if (from !== to) changes[key] = { from, to };
    }
    if (attributes.length) changes.attributes = auditedAttributeChanges(attributes);
    if (Object.keys(changes).length === 0) return { participant: row, interviewsKept: 0, interviewsCorrected: 0 };
    if (changes.pseudonym || changes.district_id) await pseudonymTaken(tx, row.partnership_id, placed.district_id, pseudonym, row.id);
    const reason = input.reason?.trim();
    if (!reason) fail({ field: 'reason', message: 'reason: say why the participant is changed (the reason is kept with the new version)' });
    const moved = Boolean(changes.role || changes.organization_id || changes.district_id);
    const theirs = moved ? (await tx.store.interviews.listAll(row.partnership_id)).filter((i) => i.participant_id === row.id) : [];
    // A correction reaches the interviews given with the role and school being corrected; one given elsewhere records an earlier move.
    const corrected = input.alsoPastInterviews ? theirs.filter((i) => i.role === row.role && i.organization_id === row.organization_id) : [];
    const interviewsKept = theirs.filter((i) => !corrected.includes(i) && (i.role !== placed.role || i.organization_id !== placed.organization_id)).length;
    const at = await saveNextVersion(tx, {
      what: 'participant',
      current: row,
      shown: {
        pseudonym: row.pseudonym,
        role: row.role,
        districtId: row.district_id,
        organizationId: row.organization_id,
        unitId: row.unit_id,
        attributes: (await attributeValuesOf(tx, row.partnership_id, row.id)).get(row.id) ?? {},
      },
      expectedVersion: input.expectedVersion,
      write: async (from, at) => {
        const saved = await tx.store.participants.updateIfVersion(row.id, next, from, tx.actor, at);
        if (saved) await writeAttributeChanges(tx, row.id, attributes, at);
        return saved;
      },
      audit: {
        action: 'participant.update',
        entityKind: 'participant',
        reason: reason!,
        data: {
          ...changes,
          ...(moved && { interviewsKeptAsGiven: interviewsKept }),
          ...(corrected.length > 0 && { interviewsCorrected: corrected.map((i) => i.code) }),
        },
      },
    });
    for (const i of corrected) {
      const now = { role: placed.role, district_id: placed.district_id, organization_id: placed.organization_id };
      const was = { role: i.role, district_id: i.district_id, organization_id: i.organization_id };
      await saveNextVersion(tx, {
        what: 'interview',
        current: i,
        shown: { role: i.role, districtId: i.district_id, organizationId: i.organization_id },
        expectedVersion: i.version,
        at,
        write: (from, when) => tx.store.interviews.updateIfVersion(i.id, now, from, tx.actor, when),
        audit: {
          action: 'interview.update',
          entityKind: 'interview',
          reason: reason!,
          data: {
            ...Object.fromEntries(
              Object.entries(now)
                .filter(([k, v]) => was[k as keyof typeof was] !== v)
                .map(([k, v]) => [k, { from: was[k as keyof typeof was], to: v }]),
            ),
            correctedWith: { participant: row.code, participantVersion: row.version + 1 },
          },
        },
      });
    }
    return { participant: (await tx.store.participants.byId(row.id))!, interviewsKept, interviewsCorrected: corrected.length };
  });
}
