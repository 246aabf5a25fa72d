import type { MemberCheckStatus } from '../domain/member-check.js';
import type { CycleRow } from '../storage/repositories/cycle.repository.js';
import type { DddVersionRow } from '../storage/repositories/design-document.repository.js';
import type { FeedbackReportRow } from '../storage/repositories/feedback.repository.js';
import type { OrganizationRow } from '../storage/repositories/organization.repository.js';
import type { ServiceContext } from './context.js';
import { contentOf, issuedState, type MemberCheckView } from './design-documents.js';
import { districtOf } from './lookup.js';

/** What was shared with a district in one cycle: the design document's issued versions and their member checks, and the feedback report sent. */
export interface SharedInCycle {
  cycle: CycleRow;
  versions: DddVersionRow[];
  checks: MemberCheckView[];
  /** Where the design document's member check stands (as the design document says it). */
  status: MemberCheckStatus;
  /** The feedback report's versions sent, oldest first. */
  reports: FeedbackReportRow[];
}

export interface SharedWithDistrict {
  district: OrganizationRow;
  /** Every cycle of the partnership, newest first, each with what was shared in it (possibly nothing yet). */
  cycles: SharedInCycle[];
}

/** Whether anything was shared with the district in the cycle. */
export const sharedAnything = (c: Pick<SharedInCycle, 'versions' | 'reports'>): boolean => c.versions.length > 0 || c.reports.length > 0;

/**
 * What was shared with a district, cycle by cycle, newest first: only what partner leaders read
 * (issued versions, member checks, the dates feedback reports were sent), never the team's draft,
 * the strategies as they stand or anything of the analysis.
 */
export async function sharedWithDistrict(ctx: ServiceContext, partnershipId: string, district: string): Promise<SharedWithDistrict> {
  const row = await districtOf(ctx, partnershipId, district);
  const cycles = [...(await ctx.store.cycles.list(partnershipId))].reverse();
  const reports = await ctx.store.feedback.reports(partnershipId, { districtId: row.id });
  const out: SharedInCycle[] = [];
  for (const cycle of cycles) {
    const issued = await issuedState(ctx, { partnershipId, district: row, cycle });
    out.push({ cycle, ...issued, reports: reports.filter((r) => r.cycle_id === cycle.id).sort((a, b) => a.number - b.number) });
  }
  return { district: row, cycles: out };
}

/** How many sections of the check's version one person has answered, and how many it has. */
export function answeredBy(view: MemberCheckView, versions: readonly DddVersionRow[], accountId: string): { answered: number; sections: number } {
  const version = versions.find((v) => v.id === view.check.ddd_version_id)!;
  const sections = contentOf(version).sections.map((s) => s.key);
  const answered = sections.filter((s) => view.responses.some((r) => r.account_id === accountId && r.section === s)).length;
  return { answered, sections: sections.length };
}
