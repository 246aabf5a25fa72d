import type { Stance } from '../domain/evidence.js';
import type { ServiceContext } from '../services/context.js';
import { createExcerpt } from '../services/excerpts.js';
import { addFinding } from '../services/findings.js';
import { createIsf, setIsfStatus, writeEntry } from '../services/isfs.js';
import { addClaim, createSummary } from '../services/summaries.js';
import { DEMO_DISTRICTS, type DemoCycle, type DemoDistrict, INTERVIEWERS } from './cast.js';
import type { WrittenInterview } from './bundle-writer.js';
import { demoClock } from './demo-clock.js';

/** Entry IDs of the ISFs written for a district, by participant role and field. */
type Entries = { interview: WrittenInterview; field: string; entryId: string }[];

const ANALYSED_CYCLE: DemoCycle = '2010-11';

/** ISFs of one interview: one entry per key passage, each citing its passage. */
async function summariseInterview(ctx: ServiceContext, partnershipId: string, interview: WrittenInterview): Promise<Entries> {
  const view = await createIsf(ctx, partnershipId, interview.interviewId);
  const entries: Entries = [];
  for (const key of interview.keys) {
    const excerpt = await createExcerpt(ctx, { partnershipId, interview: interview.interviewId, quote: key.quote });
    const entry = await writeEntry(ctx, { isfId: view.isf.id, field: key.field, text: key.summary, cite: [{ excerptId: excerpt.id }] });
    entries.push({ interview, field: key.field, entryId: entry.id });
  }
  await setIsfStatus(ctx, view.isf.id, 'complete');
  return entries;
}

const pick = (entries: Entries, role: string, field: string, stance: Stance = 'supports') =>
  entries.filter((e) => e.interview.participant.role === role && e.field === field).map((e) => ({ entryId: e.entryId, stance }));

async function analyseDistrict(ctx: ServiceContext, partnershipId: string, district: DemoDistrict, interviews: WrittenInterview[]) {
  const focal = district.schools.find((s) => s.name === district.focalSchool)!;
  const facts = focal.facts[ANALYSED_CYCLE];
  const inScope = interviews.filter(
    (i) => i.cycle === ANALYSED_CYCLE && i.participant.district === district && (i.participant.school === focal || i.participant.role === 'district_leader'),
  );
  const entries: Entries = [];
  for (const interview of inScope) entries.push(...(await summariseInterview(ctx, partnershipId, interview)));

  const base = { partnershipId, district: district.name, cycle: ANALYSED_CYCLE };
  const school = await createSummary(ctx, { ...base, kind: 'school', school: focal.name });
  const teachers = await createSummary(ctx, { ...base, kind: 'role_group', role: 'teacher' });
  const leaders = await createSummary(ctx, { ...base, kind: 'role_group', role: 'district_leader' });

  const agree = facts.principalObserves === facts.teachersObserved;
  const observation = await addClaim(ctx, {
    summaryId: school.id,
    text: agree
      ? `School leaders observe mathematics lessons about ${facts.teachersObserved === 'weekly' ? 'weekly' : 'monthly'} and give feedback, as the principal and the teachers both report.`
      : `Teachers report that school leaders observe their mathematics teaching ${facts.teachersObserved === 'rarely' ? 'rarely' : 'about monthly'} and say little about the mathematics, while the principal reports ${facts.principalObserves} observations.`,
    triangulationNote: agree
      ? "The principal's account and the teachers' accounts agree."
      : "The principal's account of observation frequency is contradicted by the teachers' accounts; both are recorded.",
    cite: [
      ...pick(entries, 'teacher', 'work_with_school_leaders'),
      ...pick(entries, 'school_leader', 'observation_and_feedback', agree ? 'supports' : 'contradicts'),
    ],
  });
  const coachMeetings = await addClaim(ctx, {
    summaryId: school.id,
    text:
      facts.coachMeetingFocus === 'pacing'
        ? 'The principal and the coach meet weekly, but the meetings are about pacing, what and when topics are taught, not how.'
        : 'The principal and the coach meet weekly to compare classroom observations and plan feedback on how teachers teach.',
    triangulationNote: "The coach's and the principal's accounts agree.",
    cite: [...pick(entries, 'coach', 'work_with_school_leaders'), ...pick(entries, 'school_leader', 'work_with_coach')],
  });
  const walksDone = await addClaim(ctx, {
    summaryId: school.id,
    text: `The principal reports ${facts.learningWalksDone} Learning Walk${facts.learningWalksDone === 1 ? '' : 's'} this year, against the district's plan of one a month.`,
    cite: pick(entries, 'school_leader', 'own_supports'),
  });
  const collaboration = await addClaim(ctx, {
    summaryId: school.id,
    text:
      facts.collaborationFocus === 'logistics'
        ? 'Teachers meet weekly in grade-level teams, but the time goes to pacing and logistics rather than instruction.'
        : 'Teachers analyse student work from common tasks in their team meetings every other week.',
    cite: pick(entries, 'teacher', 'collaboration'),
  });
  const vision = await addClaim(ctx, {
    summaryId: teachers.id,
    text: `Teachers' visions of high-quality mathematics instruction at ${focal.name} range from clear teacher explanation to student discourse and justification.`,
    cite: pick(entries, 'teacher', 'vision_of_instruction'),
  });
  const walksIntended = await addClaim(ctx, {
    summaryId: leaders.id,
    text: 'District leaders intend monthly Learning Walks in which principals and a supervisor look at mathematics instruction together.',
    triangulationNote: 'All district leaders interviewed describe the same intended support.',
    cite: pick(entries, 'district_leader', 'work_with_school_leaders'),
  });
  const accountability = await addClaim(ctx, {
    summaryId: leaders.id,
    text: 'Principals are held accountable for benchmark results by the superintendent; observation of mathematics is being added to their evaluation.',
    triangulationNote: 'All three units name benchmark results; Curriculum & Instruction and Leadership also describe the observation requirement being added.',
    cite: pick(entries, 'district_leader', 'accountability_relations'),
  });

  await addFinding(ctx, {
    ...base,
    text: agree
      ? `At ${focal.name}, the principal is developing the envisioned practice of observing mathematics instruction, supported by Learning Walks.`
      : `Principals are not yet developing the envisioned practice of observing mathematics instruction and giving feedback on it: at ${focal.name} teachers' accounts contradict the principal's, and Learning Walks happen far less often than intended.`,
    cite: [{ claimId: observation.claim.id }, { claimId: walksIntended.claim.id }, { claimId: walksDone.claim.id }],
  });
  await addFinding(ctx, {
    ...base,
    text:
      facts.coachMeetingFocus === 'pacing'
        ? 'Principal–coach meetings happen weekly as intended, but they concern what and when topics are taught, not how, so they offer little press on instruction.'
        : 'Principal–coach meetings happen weekly and are about how teachers teach, a support that matches the district strategy.',
    cite: [{ claimId: coachMeetings.claim.id }],
  });
  await addFinding(ctx, {
    ...base,
    text:
      facts.collaborationFocus === 'logistics'
        ? 'Teacher collaboration is regular but rarely about instruction, and teachers hold differing visions of high-quality instruction.'
        : 'Teacher teams have begun analysing student work together, an ongoing learning opportunity, though visions of high-quality instruction still differ.',
    cite: [{ claimId: collaboration.claim.id }, { claimId: vision.claim.id }],
  });
  await addFinding(ctx, {
    ...base,
    text: 'Accountability for principals rests on benchmark results; the planned observation requirement is not yet in place.',
    cite: [{ claimId: accountability.claim.id }],
  });
}

/** The demo's analysis of the latest cycle: ISFs, mid-level summaries and findings for every district. */
export async function analyseDemo(ctx: ServiceContext, partnershipId: string, interviews: WrittenInterview[]): Promise<void> {
  // Each district's analysis is the work of one member of the demo research team.
  for (const [n, district] of DEMO_DISTRICTS.entries()) {
    await analyseDistrict(
      { ...ctx, actor: INTERVIEWERS[n % INTERVIEWERS.length]!, clock: demoClock(`2011-02-0${n + 1}T09:00:00Z`) },
      partnershipId,
      district,
      interviews,
    );
  }
}
