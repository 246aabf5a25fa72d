import { type CalendarStep, cycleCalendar } from '../domain/cycle-calendar.js';
import { parseCycleLabel } from '../domain/cycle.js';
import { isRoleGroup, ROLE_GROUPS, type RoleGroup } from '../domain/roles.js';
import { summariesCalledFor, summaryProgress } from '../domain/summary-plan.js';
import { now, type ServiceContext } from './context.js';
import { issuedState } from './design-documents.js';

export interface DistrictProgress {
  districtId: string;
  district: string;
  schools: number;
  schoolNames: string[];
  /** Participants of each role group in the district. */
  participants: { role: RoleGroup; count: number }[];
  cycles: {
    cycle: string;
    interviews: number;
    /** ISFs marked complete, ISFs started, interviews with no ISF yet. */
    isfsComplete: number;
    isfsDraft: number;
    isfsToDo: number;
    summaries: number;
    /** Of the school and role-group summaries the cycle calls for, those written and those not yet. */
    summariesDone: number;
    summariesToDo: number;
    claims: number;
    findings: number;
    /** The district's strategies documented for the cycle. */
    strategies: number;
    /** The yearly cycle's steps, each with its state derived from the data. */
    calendar: CalendarStep[];
  }[];
}

/** Whether an interview date falls in the autumn (July–December) of the cycle's first year. */
function inAutumnOf(date: string, cycleLabel: string | undefined): boolean {
  const years = cycleLabel ? parseCycleLabel(cycleLabel) : undefined;
  return years !== undefined && date >= `${years.startYear}-07-01` && date <= `${years.startYear}-12-31`;
}

/** Where the analysis stands, district by district and cycle by cycle, for the partnership's home page. */
export async function partnershipProgress(ctx: ServiceContext, partnershipId: string): Promise<DistrictProgress[]> {
  const { store } = ctx;
  const [districts, schools, cycles, interviews, isfs, summaries, findings, people] = await Promise.all([
    store.organizations.list(partnershipId, 'district'),
    store.organizations.list(partnershipId, 'school'),
    store.cycles.list(partnershipId),
    store.interviews.listAll(partnershipId),
    store.isfs.list(partnershipId),
    store.summaries.list(partnershipId),
    store.findings.list(partnershipId),
    store.participants.list(partnershipId),
  ]);
  const schoolIds = new Set(schools.map((s) => s.id));
  const claimsBySummary = new Map(
    await Promise.all(summaries.map(async (s) => [s.id, (await store.summaries.claims(s.id)).filter((c) => !c.retired_at).length] as const)),
  );
  const isfByInterview = new Map(isfs.map((f) => [f.interview_id, f.status]));
  const strategies = await store.strategies.list(partnershipId);
  const sentReports = await store.feedback.reports(partnershipId);
  const recommendations = await store.feedback.recommendations(partnershipId);
  const withUptake = new Set((await store.feedback.uptakes(partnershipId)).map((u) => u.recommendation_id));
  const today = now(ctx).slice(0, 10);
  const leaderInterviewsIn = (districtId: string, cycleIndex: number) => {
    const c = cycles[cycleIndex];
    return c
      ? interviews.filter((i) => i.district_id === districtId && i.cycle_id === c.id && i.role === 'district_leader' && inAutumnOf(i.date, c.label)).length
      : 0;
  };
  const out: DistrictProgress[] = [];
  for (const d of districts) {
    const perCycle: DistrictProgress['cycles'] = [];
    for (const [index, c] of cycles.entries()) {
      const here = interviews.filter((i) => i.district_id === d.id && i.cycle_id === c.id);
      const sums = summaries.filter((s) => s.district_id === d.id && s.cycle_id === c.id);
      const plan = summariesCalledFor(
        here
          .filter((i) => isRoleGroup(i.role))
          .map((i) => ({ schoolId: schoolIds.has(i.organization_id) ? i.organization_id : null, role: i.role as RoleGroup })),
      );
      const written = summaryProgress(
        plan,
        sums.map((s) => ({ kind: s.kind as 'school' | 'role_group', schoolId: s.school_id, role: s.role })),
      );
      const isfsComplete = here.filter((i) => isfByInterview.get(i.id) === 'complete').length;
      const findingCount = findings.filter((f) => f.district_id === d.id && f.cycle_id === c.id && !f.retired_at).length;
      const strategyCount = strategies.filter((s) => s.district_id === d.id && s.cycle_id === c.id).length;
      if (here.length === 0 && sums.length === 0 && strategyCount === 0) continue;
      const design = await issuedState(ctx, { partnershipId, district: d, cycle: c });
      const strategyIds = new Set(strategies.filter((s) => s.district_id === d.id && s.cycle_id === c.id).map((s) => s.id));
      const recommended = recommendations.filter((r) => strategyIds.has(r.strategy_id));
      perCycle.push({
        cycle: c.label,
        interviews: here.length,
        isfsComplete,
        isfsDraft: here.filter((i) => isfByInterview.get(i.id) === 'draft').length,
        isfsToDo: here.filter((i) => !isfByInterview.has(i.id)).length,
        summaries: sums.length,
        summariesDone: written.done,
        summariesToDo: written.toDo,
        claims: sums.reduce((n, s) => n + (claimsBySummary.get(s.id) ?? 0), 0),
        findings: findingCount,
        strategies: strategyCount,
        calendar: cycleCalendar({
          cycleLabel: c.label,
          today,
          leaderInterviews: leaderInterviewsIn(d.id, index),
          winterInterviews: here.filter((i) => !inAutumnOf(i.date, c.label)).length,
          strategies: strategyCount,
          dddVersions: design.versions.length,
          memberCheck: design.status,
          isfs: { total: here.filter((i) => isfByInterview.has(i.id)).length, complete: isfsComplete },
          summaries: written,
          findings: findingCount,
          dfrrSent: sentReports.some((r) => r.district_id === d.id && r.cycle_id === c.id),
          followUpInterviews: leaderInterviewsIn(d.id, index + 1),
          recommendations: recommended.length,
          uptakeRecorded: recommended.filter((r) => withUptake.has(r.id)).length,
        }),
      });
    }
    out.push({
      districtId: d.id,
      district: d.name,
      schools: schools.filter((s) => s.district_id === d.id).length,
      schoolNames: schools.filter((s) => s.district_id === d.id).map((s) => s.name),
      participants: ROLE_GROUPS.map((role) => ({ role, count: people.filter((p) => p.district_id === d.id && p.role === role).length })).filter(
        (r) => r.count > 0,
      ),
      cycles: perCycle,
    });
  }
  return out;
}
