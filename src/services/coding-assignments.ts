import type { PartnershipRole } from '../domain/access.js';
import { invalid, notFound, WarrantError } from '../domain/errors.js';
import type { CodingAssignmentRow } from '../storage/repositories/coding-assignment.repository.js';
import { audit, inTransaction, NOT_RETIRED, now, type ServiceContext } from './context.js';
import { interviewOf } from './lookup.js';

/** Double coding: interviews assigned to coders, each blind to the others' work until they mark their own done. */

/** The roles whose members code (observers read; partner leaders never see codings). */
export const CODER_ROLES: readonly PartnershipRole[] = ['admin', 'lead', 'analyst'];

export interface CodingAssignment {
  id: string;
  interviewId: string;
  interviewCode: string;
  coder: string;
  coderName: string;
  assignedBy: string;
  assignedAt: string;
  doneAt: string | null;
}

interface Member {
  name: string;
  email: string;
  role: string;
}

async function codersOf(ctx: ServiceContext, partnershipId: string): Promise<Map<string, Member>> {
  const members = await ctx.store.accounts.membersOf(partnershipId);
  return new Map(members.map((m) => [m.account_id, { name: m.display_name || m.email, email: m.email.toLowerCase(), role: m.role }]));
}

/** A member named by account ID or e-mail address (the command line names people by address). */
function memberNamed(members: Map<string, Member>, ref: string): string | undefined {
  if (members.has(ref)) return ref;
  const email = ref.trim().toLowerCase();
  for (const [id, m] of members) if (m.email === email) return id;
  return undefined;
}

const present = (row: CodingAssignmentRow & { interview_code: string }, names: Map<string, { name: string }>): CodingAssignment => ({
  id: row.id,
  interviewId: row.interview_id,
  interviewCode: row.interview_code,
  coder: row.coder,
  coderName: names.get(row.coder)?.name ?? row.coder,
  assignedBy: row.assigned_by,
  assignedAt: row.assigned_at,
  doneAt: row.done_at,
});

/** By interview, then coder. */
const sorted = (list: CodingAssignment[]) =>
  list.sort((a, b) => a.interviewCode.localeCompare(b.interviewCode) || a.coderName.localeCompare(b.coderName) || a.id.localeCompare(b.id));

/** The partnership's live assignments (of one interview or one coder), by interview. */
export async function listAssignments(
  ctx: ServiceContext,
  partnershipId: string,
  filter: { interview?: string; coder?: string } = {},
): Promise<CodingAssignment[]> {
  const interviewId = filter.interview ? (await interviewOf(ctx, partnershipId, filter.interview)).id : undefined;
  const names = await codersOf(ctx, partnershipId);
  const coder = filter.coder === undefined ? undefined : (memberNamed(names, filter.coder) ?? filter.coder);
  const rows = await ctx.store.codingAssignments.ofPartnership(partnershipId, { ...(interviewId && { interviewId }), ...(coder && { coder }) });
  return sorted(rows.map((r) => present(r, names)));
}

/**
 * Assigns interviews (IDs or codes) to coders (members who code, by account ID or e-mail address). A coder already assigned
 * to an interview keeps that assignment; the result lists every live assignment of the interviews named.
 */
export function assignInterviews(
  ctx: ServiceContext,
  input: { partnershipId: string; interviews: readonly string[]; coders: readonly string[] },
): Promise<CodingAssignment[]> {
  return inTransaction(ctx, async (tx) => {
    if (input.interviews.length === 0) throw invalid('name at least one interview to assign', { field: 'interviews' });
    if (input.coders.length === 0) throw invalid('name at least one coder', { field: 'coders' });
    const members = await codersOf(tx, input.partnershipId);
    const coders: string[] = [];
    for (const ref of input.coders) {
      const coder = memberNamed(members, ref);
      if (!coder) throw invalid(`${ref.includes('@') ? ref : `account ${ref}`} is not a member of the partnership`, { field: 'coders', coder: ref });
      if (coders.includes(coder)) continue;
      coders.push(coder);
      const member = members.get(coder)!;
      if (!(CODER_ROLES as readonly string[]).includes(member.role))
        throw invalid(
          `${member.name} is ${member.role === 'observer' ? 'an observer' : 'a partner leader'} and does not code; assign an administrator, lead researcher or analyst`,
          {
            field: 'coders',
            coder,
          },
        );
    }
    const at = now(tx);
    const interviewIds: string[] = [];
    for (const which of input.interviews) {
      const interview = await interviewOf(tx, input.partnershipId, which);
      if (interviewIds.includes(interview.id)) continue;
      interviewIds.push(interview.id);
      const existing = new Set((await tx.store.codingAssignments.ofInterview(interview.id)).map((a) => a.coder));
      for (const coder of coders) {
        if (existing.has(coder)) continue;
        const id = tx.ids.next('codingAssignment');
        await tx.store.codingAssignments.insert({
          id,
          partnership_id: input.partnershipId,
          interview_id: interview.id,
          coder,
          assigned_by: tx.actor,
          assigned_at: at,
          done_at: null,
          ...NOT_RETIRED,
        });
        await audit(tx, { action: 'coding_assignment.create', entityKind: 'codingAssignment', entityId: id, at, data: { interviewId: interview.id, coder } });
      }
    }
    const rows = await tx.store.codingAssignments.ofPartnership(input.partnershipId);
    return sorted(rows.filter((r) => interviewIds.includes(r.interview_id)).map((r) => present(r, members)));
  });
}

async function liveAssignment(ctx: ServiceContext, partnershipId: string, id: string): Promise<CodingAssignmentRow> {
  const row = await ctx.store.codingAssignments.byId(id);
  if (!row || row.partnership_id !== partnershipId) throw notFound('coding assignment', id);
  if (row.retired_at) throw invalid(`coding assignment ${id} was withdrawn (${row.retired_reason}); assign the interview again`);
  return row;
}

async function presented(ctx: ServiceContext, partnershipId: string, id: string): Promise<CodingAssignment> {
  const row = (await ctx.store.codingAssignments.ofPartnership(partnershipId)).find((r) => r.id === id);
  if (!row) throw notFound('coding assignment', id);
  return present(row, await codersOf(ctx, partnershipId));
}

/** Withdraws an assignment (the coder's codings stay theirs; the interview no longer counts them for agreement). */
export function unassign(ctx: ServiceContext, input: { partnershipId: string; assignmentId: string; reason: string }): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    if (!input.reason.trim()) throw invalid('say why the interview is unassigned', { field: 'reason' });
    const row = await liveAssignment(tx, input.partnershipId, input.assignmentId);
    const at = now(tx);
    await tx.store.codingAssignments.retire(row.id, { at, by: tx.actor, reason: input.reason.trim() });
    await audit(tx, {
      action: 'coding_assignment.retire',
      entityKind: 'codingAssignment',
      entityId: row.id,
      at,
      reason: input.reason.trim(),
      data: { interviewId: row.interview_id, coder: row.coder },
    });
  });
}

/** The coder marks their coding of the interview done (then they see the others' work) or reopens it. Only the coder does. */
export function setAssignmentDone(
  ctx: ServiceContext,
  input: { partnershipId: string; assignmentId: string; accountId: string; done: boolean },
): Promise<CodingAssignment> {
  return inTransaction(ctx, async (tx) => {
    const row = await liveAssignment(tx, input.partnershipId, input.assignmentId);
    if (row.coder !== input.accountId)
      throw new WarrantError('forbidden', `only the coder assigned to the interview marks their coding of it ${input.done ? 'done' : 'open again'}`);
    if (input.done === (row.done_at !== null)) return presented(tx, input.partnershipId, row.id);
    const at = now(tx);
    await tx.store.codingAssignments.setDone(row.id, input.done ? at : null);
    await audit(tx, {
      action: input.done ? 'coding_assignment.done' : 'coding_assignment.reopen',
      entityKind: 'codingAssignment',
      entityId: row.id,
      at,
      data: { interviewId: row.interview_id, coder: row.coder },
    });
    return presented(tx, input.partnershipId, row.id);
  });
}

/** The live assignment of a coder (account ID or e-mail address; by default the acting account) to an interview, or a clear refusal. */
export async function assignmentOf(ctx: ServiceContext, partnershipId: string, interview: string, coder?: string): Promise<CodingAssignment> {
  const who = coder ?? ctx.actor;
  const found = await listAssignments(ctx, partnershipId, { interview, coder: who });
  if (found[0]) return found[0];
  const row = await interviewOf(ctx, partnershipId, interview);
  throw new WarrantError('not_found', `${coder === undefined ? `you (${who}) are` : `${who} is`} not assigned to code ${row.code}`, {
    interview: row.code,
    coder: who,
  });
}
