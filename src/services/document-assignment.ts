import { parseCycleLabel } from '../domain/cycle.js';
import { roleGroupOf } from '../domain/directory.js';
import { invalid, notFound, WarrantError } from '../domain/errors.js';
import { isSchoolBased } from '../domain/roles.js';
import type { UnassignedDocumentInContext } from '../storage/repositories/unassigned-document.repository.js';
import type { InterviewRow } from '../storage/repositories/interview.repository.js';
import type { ParticipantRow } from '../storage/repositories/participant.repository.js';
import type { OrganizationKind } from '../storage/schema.js';
import { audit, inTransaction, now, type ServiceContext } from './context.js';
import { cycleOf, organizationOf } from './lookup.js';
import { addOrganization } from './organizations.js';
import { editParticipant } from './participants.js';

export type UnassignedDocument = UnassignedDocumentInContext;

/** The documents of a REFI-QDA project that came in without a case placing them, still to assign. */
export function unassignedDocuments(ctx: ServiceContext, partnershipId: string): Promise<UnassignedDocument[]> {
  return ctx.store.unassignedDocuments.list(partnershipId);
}

export interface DocumentAssignment {
  /** The interview the document came in as (its ID, or its code with partnershipId). */
  interview: string;
  partnershipId?: string;
  /**
   * A participant already in the partnership (their participant ID or record ID) whose interview the
   * document is; else role (and school or district) place the participant the import made for it.
   */
  participant?: string;
  /** Whose interview it is: their role group and where they work (a school, or a district leader's district and unit). */
  role?: string;
  school?: string;
  district?: string;
  unit?: string;
  pseudonym?: string;
  /** The cycle it was held in (a label such as 2025-26; added to the partnership if new). */
  cycle: string;
  reason?: string;
}

export interface AssignedDocument {
  interview: string;
  participant: string;
  pseudonym: string;
  role: string;
  school: string | null;
  district: string;
  cycle: string;
}

/**
 * Assigns an unassigned document: to a participant already in the partnership (the interview moves
 * to them, taking their role group and school; the participant the import made for the document is
 * removed if nothing else is theirs), or by placing the participant it came with (role group, school
 * or district, unit, pseudonym: a new version with the reason, the interview corrected with it); and
 * its interview put in its cycle. A school, district or cycle named for the first time is added. Audited; the
 * document leaves the list to assign, and its passages and codings stay as they are.
 */
export function assignDocument(ctx: ServiceContext, input: DocumentAssignment): Promise<AssignedDocument> {
  return inTransaction(ctx, async (tx) => {
    const { store } = tx;
    const found =
      (await store.interviews.byId(input.interview)) ??
      (input.partnershipId ? await store.interviews.byCode(input.partnershipId, input.interview.trim()) : undefined);
    if (!found || (input.partnershipId && found.partnership_id !== input.partnershipId)) throw notFound('interview', JSON.stringify(input.interview));
    const pending = await store.unassignedDocuments.byInterview(found.id);
    if (!pending) throw invalid(`interview ${found.code} is not a document to assign: its participant and cycle are set already`, { field: 'interview' });
    const reason = input.reason?.trim();
    if (!reason) throw invalid('reason: say how you know whose interview the document is (kept with the new versions)', { field: 'reason' });
    const existing = input.participant?.trim();
    const placing = [input.role, input.school, input.district, input.unit, input.pseudonym].some((v) => v?.trim());
    if (existing && placing)
      throw invalid('participant: give either the participant the document belongs to, or the role group and school that place a new one, not both', {
        field: 'participant',
      });
    const pid = found.partnership_id;
    const p = existing ? await assignToParticipant(tx, found, existing, reason) : await placeParticipant(tx, found, input, reason);

    const label = input.cycle.trim();
    const cycle = await cycleOf(tx, pid, label).catch(async (e: unknown) => {
      if (!(e instanceof WarrantError && e.code === 'not_found')) throw e;
      const years = parseCycleLabel(label);
      if (!years) throw invalid(`cycle: "${label}" is not a cycle of the partnership nor a school year written like 2025-26`, { field: 'cycle' });
      const row = { id: tx.ids.next('cycle'), partnership_id: pid, label: years.label, created_at: now(tx) };
      await store.cycles.insert(row);
      await audit(tx, { action: 'cycle.create', entityKind: 'cycle', entityId: row.id, data: { label: row.label } });
      return row;
    });
    const interview = (await store.interviews.byId(found.id))!;
    if (interview.cycle_id !== cycle.id) await updateInterview(tx, interview, { cycle_id: cycle.id }, reason);
    await store.unassignedDocuments.assigned(found.id);
    const [org, district] = await Promise.all([store.organizations.byId(p.organization_id), store.organizations.byId(p.district_id)]);
    const assigned: AssignedDocument = {
      interview: found.code,
      participant: p.code,
      pseudonym: p.pseudonym,
      role: p.role,
      school: org?.kind === 'school' ? org.name : null,
      district: district!.name,
      cycle: cycle.label,
    };
    await audit(tx, {
      action: 'document.assign',
      entityKind: 'interview',
      entityId: found.id,
      data: { source: pending.source_name, archive: pending.archive, ...assigned },
      reason,
    });
    return assigned;
  });
}

/** Puts the document's interview with a participant already in the partnership; the participant the import made for it goes if nothing else is theirs. */
async function assignToParticipant(tx: ServiceContext, interview: InterviewRow, wanted: string, reason: string): Promise<ParticipantRow> {
  const { store } = tx;
  const pid = interview.partnership_id;
  const target = (await store.participants.byCode(pid, wanted)) ?? (await store.participants.byId(wanted));
  if (!target || target.partnership_id !== pid) throw notFound('participant', JSON.stringify(wanted));
  const standIn = interview.participant_id;
  if (target.id === standIn)
    throw invalid(`participant: ${target.code} is the participant the import made for this document; place them with a role group and school instead`, {
      field: 'participant',
    });
  const at = await updateInterview(
    tx,
    interview,
    { participant_id: target.id, role: target.role, district_id: target.district_id, organization_id: target.organization_id },
    reason,
  );
  const made = await store.participants.byId(standIn);
  if (made && (await store.participants.removeUnreferenced(standIn)))
    await audit(tx, {
      action: 'participant.remove',
      entityKind: 'participant',
      entityId: standIn,
      at,
      data: { ...made, because: `its only interview, ${interview.code}, is ${target.code}'s` },
      reason,
    });
  return target;
}

/** Places the participant the import made for the document: role group, school or district, unit, pseudonym, as a new version. */
async function placeParticipant(tx: ServiceContext, interview: InterviewRow, input: DocumentAssignment, reason: string): Promise<ParticipantRow> {
  const { store } = tx;
  const role = roleGroupOf(input.role ?? '');
  if (!role)
    throw invalid(
      input.role?.trim()
        ? `role: "${input.role}" is not a role group (teacher, coach, school_leader, district_leader)`
        : 'role: say whose interview the document is: a participant already in the partnership, or the role group (and school) of the one it came with',
      { field: 'role' },
    );
  const pid = interview.partnership_id;
  const ensure = async (kind: OrganizationKind, name: string, districtName?: string) => {
    const district = districtName ? await organizationOf(tx, pid, 'district', districtName) : undefined;
    try {
      return await organizationOf(tx, pid, kind, name, district?.id);
    } catch (e) {
      if (!(e instanceof WarrantError && e.code === 'not_found')) throw e;
      return addOrganization(tx, { partnershipId: pid, kind, name, ...(districtName && { district: districtName }) });
    }
  };
  if (input.district?.trim()) await ensure('district', input.district.trim());
  if (isSchoolBased(role)) {
    if (!input.school?.trim()) throw invalid(`school: a ${role.replace('_', ' ')} works in a school: name it`, { field: 'school' });
    if (!input.district?.trim() && (await store.organizations.resolve(pid, 'school', input.school.trim())).length === 0)
      throw invalid('district: name the district of the new school', { field: 'district' });
    await ensure('school', input.school.trim(), input.district?.trim());
  } else if (input.unit?.trim()) await ensure('unit', input.unit.trim(), input.district?.trim());

  const participant = (await store.participants.byId(interview.participant_id))!;
  const edited = await editParticipant(tx, {
    id: participant.id,
    role,
    ...(input.school?.trim() && isSchoolBased(role) && { school: input.school.trim() }),
    ...(input.district?.trim() && { district: input.district.trim() }),
    ...(input.unit?.trim() && !isSchoolBased(role) && { unit: input.unit.trim() }),
    ...(input.pseudonym?.trim() && { pseudonym: input.pseudonym.trim() }),
    alsoPastInterviews: true,
    expectedVersion: participant.version,
    reason,
  });
  return edited.participant;
}

/** A new version of the interview with the changes, audited with what each field was; the time it was made. */
async function updateInterview(
  tx: ServiceContext,
  interview: InterviewRow,
  changes: Partial<Pick<InterviewRow, 'participant_id' | 'role' | 'district_id' | 'organization_id' | 'cycle_id'>>,
  reason: string,
): Promise<string> {
  const at = now(tx);
  if (!(await tx.store.interviews.updateIfVersion(interview.id, changes, interview.version, tx.actor, at)))
    throw new WarrantError('conflict', `interview ${interview.code} changed while it was assigned; try again`);
  const data = Object.fromEntries(Object.entries(changes).map(([k, to]) => [k, { from: interview[k as keyof typeof changes], to }]));
  await audit(tx, { action: 'interview.update', entityKind: 'interview', entityId: interview.id, version: interview.version + 1, at, data, reason });
  return at;
}
