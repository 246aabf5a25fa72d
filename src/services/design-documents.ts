import { allows, type Principal } from '../domain/access.js';
import { type DesignContent, type DesignSection, diffDesign, type SectionDiff, sectionLines } from '../domain/design-document.js';
import { happenedOnProblem, latestToday } from '../domain/cycle.js';
import { invalid, notFound, WarrantError } from '../domain/errors.js';
import { isMemberCheckResponse, latestResponses, MEMBER_CHECK_RESPONSES, memberCheckStatus, type MemberCheckStatus } from '../domain/member-check.js';
import { rolePlural } from '../domain/strategy.js';
import type { AccountRow } from '../storage/repositories/account.repository.js';
import type { CycleRow } from '../storage/repositories/cycle.repository.js';
import type { DddVersionRow, MemberCheckResponseRow, MemberCheckRow } from '../storage/repositories/design-document.repository.js';
import type { OrganizationRow } from '../storage/repositories/organization.repository.js';
import { audit, inTransaction, now, type ServiceContext } from './context.js';
import { supportTypeNames } from './framework.js';
import { identifyingDetailsOf, refuseNaming } from './identifying.js';
import { cycleOf, districtOf, latestCycle } from './lookup.js';
import { listStrategies } from './strategies.js';

export interface DesignScope {
  partnershipId: string;
  district: OrganizationRow;
  cycle: CycleRow;
}

/** The district and cycle a design document is of; the cycle defaults to the latest. */
export async function designScope(ctx: ServiceContext, partnershipId: string, district: string, cycle?: string): Promise<DesignScope> {
  return {
    partnershipId,
    district: await districtOf(ctx, partnershipId, district),
    cycle: cycle ? await cycleOf(ctx, partnershipId, cycle) : await latestCycle(ctx, partnershipId),
  };
}

/** The design document's content as the district's strategies stand now. */
export async function currentDesign(ctx: ServiceContext, scope: DesignScope): Promise<DesignContent> {
  const names = await supportTypeNames(ctx, scope.partnershipId);
  const strategies = await listStrategies(ctx, scope.partnershipId, { districtId: scope.district.id, cycleId: scope.cycle.id });
  const sections: DesignSection[] = strategies.map(({ strategy, elements }, i) => {
    const section: DesignSection = {
      key: strategy.id,
      number: i + 1,
      name: strategy.name,
      goal: strategy.goal,
      practices: [],
      supports: [],
      accountability: [],
    };
    for (const { element: e } of elements) {
      if (e.kind === 'practice') section.practices.push({ role: rolePlural(e.role), description: e.description, target: e.target });
      else if (e.kind === 'support') {
        section.supports.push({
          type: names.get(e.supportType) ?? e.supportType,
          description: e.description,
          rolesServed: e.rolesServed.map(rolePlural),
          frequency: e.frequency,
          provider: e.provider,
          coParticipation: e.coParticipation,
        });
      } else section.accountability.push({ holder: e.holder, held: e.held, description: e.description });
    }
    return section;
  });
  return { district: scope.district.name, cycle: scope.cycle.label, sections };
}

export const contentOf = (v: DddVersionRow): DesignContent => JSON.parse(v.content) as DesignContent;

export interface MemberCheckView {
  check: MemberCheckRow;
  versionNumber: number;
  recipients: { accountId: string; email: string; name: string }[];
  responses: (MemberCheckResponseRow & { display_name: string })[];
  status: MemberCheckStatus;
}

export interface DesignDocumentState {
  scope: DesignScope;
  versions: DddVersionRow[];
  /** Whether the strategies changed since the latest issued version (or none was issued). */
  changedSinceIssued: boolean;
  current: DesignContent;
  checks: MemberCheckView[];
  /** The member check of the latest version that was sent, or of the one before when corrections were applied since. */
  status: MemberCheckStatus;
}

async function checkViews(ctx: ServiceContext, versions: readonly DddVersionRow[]): Promise<MemberCheckView[]> {
  const checks = await ctx.store.designDocuments.checks(versions.map((v) => v.id));
  const responses = await ctx.store.designDocuments.responses(checks.map((c) => c.id));
  const out: MemberCheckView[] = [];
  for (const check of checks) {
    const version = versions.find((v) => v.id === check.ddd_version_id)!;
    const recipients = (await ctx.store.designDocuments.recipients(check.id)).map((r) => ({ accountId: r.account_id, email: r.email, name: r.display_name }));
    const mine = responses.filter((r) => r.member_check_id === check.id);
    out.push({
      check,
      versionNumber: version.number,
      recipients,
      responses: mine,
      status: memberCheckStatus({
        recipients: recipients.map((r) => r.accountId),
        sections: contentOf(version).sections.map((s) => s.key),
        responses: mine.map((r) => ({
          accountId: r.account_id,
          section: r.section,
          response: r.response as never,
          createdAt: r.created_at,
          applied: r.applied_in_id !== null,
        })),
      }),
    });
  }
  return out;
}

/** The issued versions and their member checks, without the strategies as they stand (for overviews such as the calendar). */
export async function issuedState(ctx: ServiceContext, scope: DesignScope): Promise<Pick<DesignDocumentState, 'versions' | 'checks' | 'status'>> {
  const versions = await ctx.store.designDocuments.versions(scope.district.id, scope.cycle.id);
  const checks = await checkViews(ctx, versions);
  return { versions, checks, status: checks.at(-1)?.status ?? memberCheckStatus(null) };
}

export async function designDocumentState(ctx: ServiceContext, scope: DesignScope): Promise<DesignDocumentState> {
  const issued = await issuedState(ctx, scope);
  const current = await currentDesign(ctx, scope);
  const latest = issued.versions.at(-1);
  return {
    scope,
    ...issued,
    changedSinceIssued: !latest || JSON.stringify(contentOf(latest).sections) !== JSON.stringify(current.sections),
    current,
  };
}

/** What changed between two issued versions, section by section. */
export async function compareVersions(
  ctx: ServiceContext,
  fromId: string,
  toId: string,
): Promise<{ from: DddVersionRow; to: DddVersionRow; sections: SectionDiff[] }> {
  const from = await ctx.store.designDocuments.versionById(fromId);
  if (!from) throw notFound('design document version', fromId);
  const to = await ctx.store.designDocuments.versionById(toId);
  if (!to) throw notFound('design document version', toId);
  if (from.district_id !== to.district_id || from.cycle_id !== to.cycle_id) throw invalid('compare versions of the same district and cycle');
  return { from, to, sections: diffDesign(contentOf(from), contentOf(to)) };
}

/**
 * Issues the design document as it stands as the next version: the content is frozen, so a member
 * check refers to exactly what was sent. Corrections taken in are marked applied in this version.
 */
export function issueVersion(
  ctx: ServiceContext,
  input: {
    partnershipId: string;
    district: string;
    cycle?: string;
    reason?: string;
    applies?: string[];
    /** The day it was issued to the district (YYYY-MM-DD); default: today. */
    issuedOn?: string;
  },
): Promise<DddVersionRow> {
  return inTransaction(ctx, async (tx) => {
    const scope = await designScope(tx, input.partnershipId, input.district, input.cycle);
    const at = now(tx);
    const issuedOn = input.issuedOn?.trim() || at.slice(0, 10);
    // The cycle's start bounds a date the user chose; today, the default, may precede it (a version issued in June for the coming year).
    const dateProblem = happenedOnProblem(issuedOn, latestToday(at), input.issuedOn?.trim() ? scope.cycle.label : '', 'the date issued');
    if (dateProblem) throw invalid(dateProblem, { field: 'issuedOn' });
    const state = await designDocumentState(tx, scope);
    if (state.current.sections.length === 0) throw invalid(`${scope.district.name} has no strategies documented for ${scope.cycle.label}: add them first`);
    const latest = state.versions.at(-1);
    if (latest && !state.changedSinceIssued) throw invalid(`nothing changed since version ${latest.number}: edit the strategies first`);
    const reason = input.reason?.trim() ?? '';
    if (latest && !reason) throw invalid('say what this version changes (the reason is kept with it)', { field: 'reason' });
    // An issued version is what partner leaders read: it may not name a participant.
    refuseNaming(await identifyingDetailsOf(tx, input.partnershipId), state.current.sections.flatMap(sectionLines), `version ${(latest?.number ?? 0) + 1}`);
    if (latest && issuedOn < latest.issued_on)
      throw invalid(`the date issued (${issuedOn}) is before version ${latest.number} was issued (${latest.issued_on})`, { field: 'issuedOn' });
    const row: DddVersionRow = {
      id: tx.ids.next('dddVersion'),
      partnership_id: input.partnershipId,
      district_id: scope.district.id,
      cycle_id: scope.cycle.id,
      number: (latest?.number ?? 0) + 1,
      based_on_id: latest?.id ?? null,
      content: JSON.stringify(state.current),
      reason: reason || 'first version',
      issued_on: issuedOn,
      created_by: tx.actor,
      created_at: at,
    };
    await tx.store.designDocuments.insertVersion(row);
    await audit(tx, { action: 'ddd_version.create', entityKind: 'dddVersion', entityId: row.id, version: row.number, reason: row.reason, at, data: row });
    const open = state.checks.flatMap((c) => c.responses).filter((r) => r.response === 'correct' && r.applied_in_id === null);
    for (const responseId of input.applies ?? []) {
      const response = open.find((r) => r.id === responseId);
      if (!response) throw invalid(`${responseId} is not an open correction of this design document`, { field: 'applies' });
      await tx.store.designDocuments.markApplied(response.id, row.id, tx.actor, at);
      await audit(tx, {
        action: 'member_check_response.apply',
        entityKind: 'memberCheckResponse',
        entityId: response.id,
        at,
        data: { appliedIn: row.id, version: row.number },
      });
    }
    return row;
  });
}

/** Sends an issued version to named partner leaders of its district for their member check. */
export function sendMemberCheck(
  ctx: ServiceContext,
  input: {
    versionId: string;
    recipients: string[];
    message?: string;
    /** The day it was sent (YYYY-MM-DD), when the leaders were sent it outside Warrant before; default: today. */
    sentOn?: string;
  },
): Promise<MemberCheckView> {
  return inTransaction(ctx, async (tx) => {
    const version = await tx.store.designDocuments.versionById(input.versionId);
    if (!version) throw notFound('design document version', input.versionId);
    const versions = await tx.store.designDocuments.versions(version.district_id, version.cycle_id);
    if (versions.at(-1)!.id !== version.id)
      throw invalid(`version ${version.number} has been superseded by version ${versions.at(-1)!.number}: send the latest`);
    if (input.recipients.length === 0) throw invalid('name at least one partner leader to send the member check to', { field: 'recipients' });
    const message = input.message?.trim() ?? '';
    refuseNaming(await identifyingDetailsOf(tx, version.partnership_id), [message], 'the message');
    const accounts: AccountRow[] = [];
    for (const who of input.recipients) {
      const account = (await tx.store.accounts.byId(who)) ?? (await tx.store.accounts.byEmail(who.trim().toLowerCase()));
      const membership = account && (await tx.store.accounts.memberships(account.id)).find((m) => m.partnership_id === version.partnership_id);
      // The same answer whether the account does not exist or is someone else's: the team is not told which.
      if (!account || membership?.role !== 'partner' || membership.district_id !== version.district_id) {
        throw invalid(`${who.trim()} is not a partner leader of this district: a member check goes to the district's own leaders`, { field: 'recipients' });
      }
      if (account.disabled_at) throw invalid(`${account.email} is disabled`, { field: 'recipients' });
      if (!accounts.some((a) => a.id === account.id)) accounts.push(account);
    }
    const at = now(tx);
    const sentOn = input.sentOn?.trim() || at.slice(0, 10);
    const cycle = (await tx.store.cycles.byId(version.cycle_id))!;
    const dateProblem = happenedOnProblem(sentOn, latestToday(at), input.sentOn?.trim() ? cycle.label : '', 'the date sent');
    if (dateProblem) throw invalid(dateProblem, { field: 'sentOn' });
    if (sentOn < version.issued_on)
      throw invalid(`the date sent (${sentOn}) is before version ${version.number} was issued (${version.issued_on})`, { field: 'sentOn' });
    const check: MemberCheckRow = {
      id: tx.ids.next('memberCheck'),
      partnership_id: version.partnership_id,
      ddd_version_id: version.id,
      message,
      sent_by: tx.actor,
      sent_at: at,
      sent_on: sentOn,
    };
    await tx.store.designDocuments.insertCheck(
      check,
      accounts.map((a) => ({ id: tx.ids.next('memberCheckRecipient'), account_id: a.id })),
    );
    await audit(tx, {
      action: 'member_check.send',
      entityKind: 'memberCheck',
      entityId: check.id,
      at,
      data: { ...check, version: version.number, recipients: accounts.map((a) => a.email) },
    });
    return (await checkViews(tx, [version]))!.find((c) => c.check.id === check.id)!;
  });
}

/** A member check with the version it was of, and every version of that document (the later ones say whether it was superseded). */
export async function getMemberCheck(
  ctx: ServiceContext,
  checkId: string,
): Promise<{ view: MemberCheckView; version: DddVersionRow; versions: DddVersionRow[]; content: DesignContent }> {
  const check = await ctx.store.designDocuments.checkById(checkId);
  if (!check) throw notFound('member check', checkId);
  const version = (await ctx.store.designDocuments.versionById(check.ddd_version_id))!;
  const versions = await ctx.store.designDocuments.versions(version.district_id, version.cycle_id);
  return { view: (await checkViews(ctx, [version])).find((c) => c.check.id === check.id)!, version, versions, content: contentOf(version) };
}

/** A partner leader's response to one section: confirm, correct (saying what), or comment. */
export function respondToMemberCheck(
  ctx: ServiceContext,
  input: { checkId: string; accountId: string; section: string; response: string; text?: string },
): Promise<MemberCheckResponseRow> {
  return inTransaction(ctx, async (tx) => {
    const { view, version, content } = await getMemberCheck(tx, input.checkId);
    if (!view.recipients.some((r) => r.accountId === input.accountId)) throw new WarrantError('forbidden', 'this member check was not sent to you');
    const versions = await tx.store.designDocuments.versions(version.district_id, version.cycle_id);
    if (versions.at(-1)!.id !== version.id)
      throw invalid(`this member check was of version ${view.versionNumber}, since superseded by version ${versions.at(-1)!.number}: respond to the latest`);
    if (!content.sections.some((s) => s.key === input.section))
      throw invalid(`section ${JSON.stringify(input.section)} is not in this document (its sections: ${content.sections.map((s) => s.key).join(', ')})`, {
        field: 'section',
      });
    if (!isMemberCheckResponse(input.response)) throw invalid(`response is one of ${MEMBER_CHECK_RESPONSES.join(', ')}`, { field: 'response' });
    const text = input.text?.trim() ?? '';
    if (input.response !== 'confirm' && !text)
      throw invalid(input.response === 'correct' ? 'say what should be corrected' : 'write your comment', { field: 'text' });
    if (text.length > 8000) throw invalid('text is longer than 8000 characters', { field: 'text' });
    const at = now(tx);
    const row: MemberCheckResponseRow = {
      id: tx.ids.next('memberCheckResponse'),
      member_check_id: view.check.id,
      section: input.section,
      account_id: input.accountId,
      response: input.response,
      text,
      created_at: at,
      applied_in_id: null,
      applied_by: null,
      applied_at: null,
    };
    await tx.store.designDocuments.insertResponse(row);
    await audit(tx, { action: 'member_check_response.create', entityKind: 'memberCheckResponse', entityId: row.id, at, data: row });
    return row;
  });
}

/** The latest response of each person to each section, for showing the record. */
export const currentResponses = (view: MemberCheckView) =>
  latestResponses(
    view.responses.map((r) => ({ ...r, accountId: r.account_id, createdAt: r.created_at, applied: r.applied_in_id !== null, response: r.response as never })),
  );

/** The partner leaders of a district who may be sent its member check. */
export async function partnerLeaders(ctx: ServiceContext, partnershipId: string, districtId: string) {
  return (await ctx.store.accounts.membersOf(partnershipId))
    .filter((m) => m.role === 'partner' && m.district_id === districtId && !m.disabled_at)
    .map((m) => ({ accountId: m.account_id, name: m.display_name, email: m.email }));
}

/**
 * Member checks sent to a partner leader, newest first, with what they concern: only those of the
 * district they lead now. A leader moved to another district, or removed, no longer sees them.
 */
export async function memberChecksFor(ctx: ServiceContext, principal: Principal) {
  const checks = await ctx.store.designDocuments.checksFor(principal.accountId);
  const out = [];
  for (const check of checks) {
    const found = await getMemberCheck(ctx, check.id);
    if (allows(principal, 'shared:read', check.partnership_id, found.version.district_id)) out.push(found);
  }
  return out;
}

/** An issued version of a design document. */
export async function designVersion(ctx: ServiceContext, id: string): Promise<DddVersionRow> {
  const version = await ctx.store.designDocuments.versionById(id);
  if (!version) throw notFound('design document version', JSON.stringify(id));
  return version;
}
