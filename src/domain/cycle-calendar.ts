import { type CycleYears, parseCycleLabel } from './cycle.js';
import type { MemberCheckStatus } from './member-check.js';

/**
 * The yearly cycle of a district, step by step, with each step's state derived from what the data
 * holds (interviews, the design document and its member check, forms, summaries, findings), never
 * ticked by hand.
 */
export const CALENDAR_STEPS = [
  { key: 'leader_interviews', label: 'October leader interviews', when: 'October' },
  { key: 'ddd', label: 'District Design Document', when: 'October–December' },
  { key: 'member_check', label: 'Member check', when: 'November' },
  { key: 'interviews', label: 'January interviews', when: 'January' },
  { key: 'analysis', label: 'Analysis', when: 'February–April' },
  { key: 'dfrr', label: 'Feedback report (DFRR) and meeting', when: 'May' },
  { key: 'follow_up', label: 'Follow-up: leader interviews on uptake', when: 'next October' },
] as const;

export type CalendarStepKey = (typeof CALENDAR_STEPS)[number]['key'];
export type StepState = 'done' | 'in progress' | 'not started' | 'late';

export interface CalendarStep {
  key: CalendarStepKey;
  label: string;
  when: string;
  /** The last day the step is expected done (ISO), when the cycle's years are known. */
  due: string | null;
  state: StepState;
  detail: string;
}

export interface CycleFacts {
  cycleLabel: string;
  /** Today (ISO date): a step past its due date and not done is late. */
  today: string;
  /** District-leader interviews of the cycle held July–December. */
  leaderInterviews: number;
  /** Interviews of the cycle held January–June. */
  winterInterviews: number;
  strategies: number;
  dddVersions: number;
  memberCheck: MemberCheckStatus;
  isfs: { total: number; complete: number };
  summaries: { done: number; toDo: number };
  findings: number;
  /** Whether the feedback report was sent (recorded with the report itself). */
  dfrrSent: boolean;
  /** District-leader interviews of the next cycle held July–December. */
  followUpInterviews: number;
  /** The district's live recommendations of the cycle, and those whose uptake has been recorded in a later cycle. */
  recommendations: number;
  uptakeRecorded: number;
}

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
const strategies = (n: number) => plural(n, 'strategy', 'strategies');

function dueDates(c: CycleYears | undefined): Record<CalendarStepKey, string | null> {
  if (!c) return { leader_interviews: null, ddd: null, member_check: null, interviews: null, analysis: null, dfrr: null, follow_up: null };
  const y = c.startYear;
  return {
    leader_interviews: `${y}-11-30`,
    ddd: `${y}-12-31`,
    member_check: `${y}-12-31`,
    interviews: `${y + 1}-02-28`,
    analysis: `${y + 1}-04-30`,
    dfrr: `${y + 1}-05-31`,
    follow_up: `${y + 1}-11-30`,
  };
}

/**
 * The follow-up is done once the uptake of every recommendation of the cycle is recorded (what the
 * next autumn's leader interviews are for); a cycle without recommendations is followed up by those
 * interviews alone.
 */
function followUp(f: CycleFacts): [done: boolean, started: boolean, detail: string] {
  const interviews = f.followUpInterviews ? plural(f.followUpInterviews, 'leader interview') + ' the next autumn' : '';
  if (f.recommendations === 0) return [f.followUpInterviews > 0, f.followUpInterviews > 0, interviews || 'not yet'];
  const uptake = `uptake recorded for ${f.uptakeRecorded} of ${plural(f.recommendations, 'recommendation')}`;
  return [
    f.uptakeRecorded >= f.recommendations,
    f.uptakeRecorded > 0 || f.followUpInterviews > 0,
    f.uptakeRecorded > 0 || interviews ? [uptake, interviews].filter(Boolean).join('; ') : 'not yet',
  ];
}

export function cycleCalendar(f: CycleFacts): CalendarStep[] {
  const due = dueDates(parseCycleLabel(f.cycleLabel));
  const mc = f.memberCheck;
  const analysisDone = f.isfs.total > 0 && f.isfs.complete === f.isfs.total && f.summaries.toDo === 0 && f.findings > 0;
  const analysisStarted = f.isfs.total > 0 || f.summaries.done > 0 || f.findings > 0;
  const raw: Record<CalendarStepKey, [done: boolean, started: boolean, detail: string]> = {
    leader_interviews: [
      f.leaderInterviews > 0,
      f.leaderInterviews > 0,
      f.leaderInterviews ? plural(f.leaderInterviews, 'leader interview') : 'no leader interviews yet',
    ],
    ddd: [
      f.dddVersions > 0,
      f.strategies > 0,
      f.dddVersions
        ? `version ${f.dddVersions} issued; ${strategies(f.strategies)}`
        : f.strategies
          ? `${strategies(f.strategies)} documented, no version issued`
          : 'no strategies documented yet',
    ],
    member_check: [mc.state === 'confirmed' || mc.state === 'corrected', mc.state !== 'not sent', mc.label],
    interviews: [f.winterInterviews > 0, f.winterInterviews > 0, f.winterInterviews ? plural(f.winterInterviews, 'interview') : 'no interviews yet'],
    analysis: [
      analysisDone,
      analysisStarted,
      analysisStarted
        ? `${f.isfs.complete} of ${plural(f.isfs.total, 'ISF')} complete; ${f.summaries.done} of ${f.summaries.done + f.summaries.toDo} summaries; ${plural(f.findings, 'finding')}`
        : 'not started',
    ],
    dfrr: [f.dfrrSent, f.dfrrSent, f.dfrrSent ? 'sent to the district' : 'not sent yet'],
    follow_up: followUp(f),
  };
  return CALENDAR_STEPS.map((step) => {
    const [done, started, detail] = raw[step.key];
    const d = due[step.key];
    const state: StepState = done ? 'done' : d !== null && f.today > d ? 'late' : started ? 'in progress' : 'not started';
    return { key: step.key, label: step.label, when: step.when, due: d, state, detail };
  });
}
