import type { ServiceContext } from '../services/context.js';
import { createExcerpt, markShareable } from '../services/excerpts.js';
import { writeNarrative } from '../services/feedback-narratives.js';
import { addExplanation, addRecommendation, recordMeeting, recordReportSent, recordUptake, writeImplementation } from '../services/feedback.js';
import { listStrategies, addElement, createStrategy } from '../services/strategies.js';
import { addConjecture, addLiterature, addRetrospective, issueIteration, reviseConjecture, addWarrant } from '../services/theory.js';
import type { WrittenInterview } from './bundle-writer.js';
import { demoClock } from './demo-clock.js';
import { DEMO_DISTRICTS, type DemoDistrict, INTERVIEWERS } from './cast.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';

/**
 * The demo's spring and the next autumn: how each district's supports and practices turned out in
 * 2010-11, why, the theory of action in two iterations, recommendations, the feedback reports sent
 * and discussed, and whether the 2009-10 recommendations were acted on.
 */
const CYCLE = '2010-11';
const EARLIER = '2009-10';

interface Theory {
  schoolLeaders: string;
  coaches: string;
  collaboration: string;
  literature: { cobb: string; coburn: string; stein: string };
  network: string;
}

async function theoryOfAction(ctx: ServiceContext, pid: string): Promise<Theory> {
  const cobb = await addLiterature(ctx, {
    partnershipId: pid,
    authors: 'Cobb, P., & Jackson, K.',
    year: 2011,
    title: 'Towards an empirically grounded theory of action for improving the quality of mathematics teaching at scale',
    source: 'Mathematics Teacher Education and Development, 13(1), 6–33',
  });
  const coburn = await addLiterature(ctx, {
    partnershipId: pid,
    authors: 'Coburn, C. E., & Russell, J. L.',
    year: 2008,
    title: "District policy and teachers' social networks",
    source: 'Educational Evaluation and Policy Analysis, 30(3), 203–235',
  });
  const stein = await addLiterature(ctx, {
    partnershipId: pid,
    authors: 'Stein, M. K., & Nelson, B. S.',
    year: 2003,
    title: 'Leadership content knowledge',
    source: 'Educational Evaluation and Policy Analysis, 25(4), 423–448',
  });
  const schoolLeaders = await addConjecture(ctx, {
    partnershipId: pid,
    component: 'school_leaders',
    text: 'Principals become instructional leaders in mathematics when they observe instruction often and are held accountable for the quality of the instruction they observe.',
    warrant: [{ id: stein.id, note: 'leadership content knowledge is needed to judge mathematics instruction' }],
  });
  const coaches = await addConjecture(ctx, {
    partnershipId: pid,
    component: 'coaches',
    text: "Coaches support teachers' learning when they work with them in their classrooms, co-teaching and modelling lessons, and their time is protected from administrative duties.",
    warrant: [{ id: cobb.id }],
  });
  const collaboration = await addConjecture(ctx, {
    partnershipId: pid,
    component: 'professional_development',
    text: 'Teacher collaborative meetings support learning that reorganizes practice when they focus on student work from common tasks.',
    warrant: [{ id: coburn.id, note: "teachers' ties to colleagues with expertise" }],
  });
  const network = await addRetrospective(ctx, {
    partnershipId: pid,
    title: 'Teacher network survey, spring 2011',
    summary: 'Teachers with an advice tie to their coach or to a colleague with instructional expertise improved more on the lesson rubric than those without.',
  });
  return {
    schoolLeaders: schoolLeaders.conjecture.id,
    coaches: coaches.conjecture.id,
    collaboration: collaboration.conjecture.id,
    literature: { cobb: cobb.id, coburn: coburn.id, stein: stein.id },
    network: network.id,
  };
}

/** How each district's strategy turned out, from its findings, with the why and the recommendations. */
async function feedbackFor(ctx: ServiceContext, pid: string, d: DemoDistrict, theory: Theory): Promise<{ findings: string[] }> {
  const district = (await ctx.store.organizations.resolve(pid, 'district', d.name))[0]!;
  const cycle = (await ctx.store.cycles.byLabel(pid, CYCLE))!;
  const findings = (await ctx.store.findings.list(pid, { districtId: district.id, cycleId: cycle.id })).map((f) => f.id);
  const [observation, coachMeetings, collaboration, accountability] = findings;
  const focal = d.schools.find((s) => s.name === d.focalSchool)!;
  const now = focal.facts[CYCLE];
  const before = focal.facts[EARLIER];
  const [main] = await listStrategies(ctx, pid, { districtId: district.id, cycleId: cycle.id });
  for (const { row, element } of main!.elements) {
    if (element.kind === 'support' && /Learning Walks/.test(element.description)) {
      await writeImplementation(ctx, {
        elementId: row.id,
        verdict: 'partly',
        frequency: `${now.learningWalksDone} this year at ${d.focalSchool}`,
        focus: 'mathematics lessons',
        text: 'Learning Walks were held far less often than planned; where they were held, principal and supervisor looked at mathematics lessons together.',
        findings: [observation!],
      });
    } else if (element.kind === 'support' && /rincipal–coach/.test(element.description)) {
      await writeImplementation(ctx, {
        elementId: row.id,
        verdict: now.coachMeetingFocus === 'pacing' ? 'differently' : 'as intended',
        frequency: 'weekly in every school',
        focus: now.coachMeetingFocus === 'pacing' ? 'what and when topics are taught, not how' : 'how teachers teach',
        text: 'Principals and coaches meet weekly, as intended.',
        findings: [coachMeetings!],
      });
    } else if (element.kind === 'support' && /collaborative meetings|coach meetings/.test(element.description)) {
      await writeImplementation(ctx, {
        elementId: row.id,
        verdict: now.collaborationFocus === 'logistics' ? 'differently' : 'as intended',
        frequency: 'as planned',
        focus: now.collaborationFocus === 'logistics' ? 'pacing and logistics' : 'student work from common tasks',
        text: 'The meetings take place as planned; what they are about decides what is learned in them.',
        findings: [collaboration!],
      });
    } else if (element.kind === 'practice' && (element.role === 'school_leader' || element.role === 'coach')) {
      const more = before.principalObserves !== now.principalObserves;
      await writeImplementation(ctx, {
        elementId: row.id,
        frequencyChange: more ? 'increased' : 'unchanged',
        qualityChange: 'unchanged',
        text: more
          ? 'Observation became more frequent, but the feedback teachers describe is still about classroom management more than mathematics.'
          : 'Observation is as frequent as last year, and the feedback teachers describe is still about classroom management more than mathematics.',
        findings: [observation!],
      });
    } else if (element.kind === 'practice' && element.role === 'teacher') {
      const better = before.collaborationFocus !== now.collaborationFocus;
      await writeImplementation(ctx, {
        elementId: row.id,
        frequencyChange: 'unchanged',
        qualityChange: better ? 'improved' : 'unchanged',
        text: better ? 'Teacher teams have begun to look at student work together.' : 'Teachers meet as often as before, about pacing and logistics.',
        findings: [collaboration!],
      });
    }
  }
  const enablement = (await ctx.store.assessments.list(district.id, cycle.id)).find((a) => a.aspect === 'enablement' && a.strategy_id === main!.strategy.id);
  const explanation = await addExplanation(ctx, {
    strategyId: main!.strategy.id,
    learningOpportunities:
      'Few: the supports that involve co-participation with someone more expert (Learning Walks, principal–coach meetings) were held rarely or were about scheduling rather than instruction.',
    press: 'Press came from benchmark results rather than from the quality of instruction observed, which pulled attention to coverage.',
    text: `In ${d.name}, the strategy's supports offered the role groups little opportunity to learn the envisioned practices: the routines that could reorganize practice were implemented partly or with a different focus, and accountability rested on benchmarks.`,
    frameworkRefs: ['organizational_routine', 'learning_event_incidental'],
    cites: [observation!, coachMeetings!, ...(enablement ? [enablement.id] : [])],
  });
  const conjecture = d.name.startsWith('Lakeside') ? theory.schoolLeaders : d.name.startsWith('Riverton') ? theory.coaches : theory.collaboration;
  await addRecommendation(ctx, {
    strategyId: main!.strategy.id,
    text: d.name.startsWith('Lakeside')
      ? 'Hold Learning Walks monthly, as planned, with supervisors who can talk about the mathematics observed, and add the quality of mathematics instruction observed to principals’ evaluation.'
      : d.name.startsWith('Riverton')
        ? 'Protect coaches’ time for classroom work with teachers, and focus principal–coach meetings on how teachers teach rather than on pacing.'
        : 'Give teacher teams a protocol and a facilitator for looking at student work from common tasks.',
    rationale: 'Supports that involve co-participation with someone more expert are the likeliest to change practice.',
    conjectures: [conjecture],
    explanations: [explanation.id],
  });
  if (accountability) {
    await addRecommendation(ctx, {
      strategyId: main!.strategy.id,
      text: 'Complete the planned observation requirement in principals’ evaluation before the next school year.',
      conjectures: [theory.schoolLeaders],
    });
  }
  return { findings };
}

type SupportFinding = { verdict: string; frequency: string; focus: string; text: string };
type PracticeFinding = { frequencyChange: string; qualityChange: string; text: string };

/** What the spring interviews found about the elements of the districts' other strategies, by the start of their description. */
const OTHER_FINDINGS: [RegExp, SupportFinding | PracticeFinding][] = [
  [
    /^Summer institute/,
    {
      verdict: 'as intended',
      frequency: 'five days in August',
      focus: 'the units of the first semester',
      text: 'Most teachers attended the institute; they describe it as useful for knowing what the units contain, less so for teaching their tasks.',
    },
  ],
  [
    /^Early-release afternoons/,
    {
      verdict: 'partly',
      frequency: 'one of the two held',
      focus: 'assessment calendar and pacing',
      text: 'The October afternoon was held and spent mostly on the assessment calendar; the February one was cancelled for testing preparation.',
    },
  ],
  [
    /^District pacing guide/,
    {
      verdict: 'as intended',
      frequency: 'used all year',
      focus: 'coverage of the units by the benchmark dates',
      text: 'Teachers follow the pacing guide closely; several say it leaves no time for students to finish the demanding tasks.',
    },
  ],
  [
    /^Intervention materials/,
    {
      verdict: 'differently',
      frequency: 'daily in most schools',
      focus: 'practice of procedures',
      text: 'The intervention period is held daily, but teachers use its materials as practice sheets of procedures, apart from the grade-level lessons.',
    },
  ],
  [
    /^Workshops on supporting English learners/,
    {
      verdict: 'partly',
      frequency: 'two of the three held',
      focus: 'vocabulary lists',
      text: 'Two workshops were held; teachers recall the vocabulary lists more than the strategies for taking part in discussion.',
    },
  ],
  [
    /^Coaches plan with teachers/,
    {
      verdict: 'partly',
      frequency: 'for some units, in some schools',
      focus: 'supports for struggling students',
      text: 'Where coaches planned with teachers, teachers describe keeping struggling students in the task; elsewhere coaches had no time for it.',
    },
  ],
  [
    /^Common unit assessments/,
    {
      verdict: 'as intended',
      frequency: 'after each unit',
      focus: 'scores by student and by item',
      text: 'The assessments are given after each unit and their results reach teachers within a week.',
    },
  ],
  [
    /^Quarterly data meetings/,
    {
      verdict: 'differently',
      frequency: 'quarterly',
      focus: 'which students to place in the intervention period',
      text: 'The data meetings take place each quarter; they are spent sorting students by score rather than on what students understood.',
    },
  ],
  [
    /^Training on reading/,
    {
      verdict: 'as intended',
      frequency: 'held in September',
      focus: 'the reports of the data system',
      text: 'Principals and coaches were trained on the reports; the training did not address how to respond to what the results show.',
    },
  ],
  [
    /^Teach the units of/,
    {
      frequencyChange: 'unchanged',
      qualityChange: 'unchanged',
      text: 'Teachers teach the units in order, but in most lessons described the demand of the task is lowered as students work, by telling them the steps.',
    },
  ],
  [
    /^Recognise high-quality mathematics instruction/,
    {
      frequencyChange: 'unchanged',
      qualityChange: 'improved',
      text: 'Some principals now describe students explaining their reasoning as what they look for; most still name classroom management first.',
    },
  ],
  [
    /^Plan lessons so that students who struggle/,
    {
      frequencyChange: 'unchanged',
      qualityChange: 'unchanged',
      text: 'Teachers mostly give struggling students easier work or send them to the intervention period, rather than supports to start on the task.',
    },
  ],
  [
    /^Teach the intervention period/,
    {
      frequencyChange: 'increased',
      qualityChange: 'unchanged',
      text: 'The intervention period is now taught daily; what is taught in it rarely builds on the grade-level lesson.',
    },
  ],
  [
    /^Help teachers plan supports/,
    {
      frequencyChange: 'unchanged',
      qualityChange: 'unchanged',
      text: 'Coaches say they would like to plan with teachers for struggling students but are asked to cover classes and prepare benchmarks.',
    },
  ],
  [
    /^Analyse the results of common unit assessments/,
    {
      frequencyChange: 'increased',
      qualityChange: 'unchanged',
      text: 'Teachers look at the results more often than last year, mostly to see which students scored low; few look at how students reasoned on the items missed.',
    },
  ],
  [
    /^Review assessment results with each grade-level team/,
    {
      frequencyChange: 'increased',
      qualityChange: 'unchanged',
      text: 'Principals now hold the reviews each quarter; the next steps agreed are about grouping students rather than about instruction.',
    },
  ],
];

const OTHER_STRATEGIES: [RegExp, { learningOpportunities: string; press: string; text: string; frameworkRefs: string[]; recommendations: string[] }][] = [
  [
    /^Every classroom teaching/,
    {
      learningOpportunities: 'One-off events about the content of the units, with no one to work alongside teachers as they teach the tasks.',
      press: 'The pacing guide and the benchmark dates press for coverage rather than for keeping the demand of the tasks.',
      text: 'Teachers learned what the units contain but had few opportunities to learn how to teach their tasks without lowering their demand, and the pacing guide pressed them to move on.',
      frameworkRefs: ['learning_event_discrete', 'tool'],
      recommendations: [
        'Revise the pacing guide with teachers so that each unit leaves time for students to finish and discuss its central tasks.',
        'Follow the summer institute with monthly sessions in which coaches and teachers plan and rehearse the tasks of the coming unit.',
      ],
    },
  ],
  [
    /^Supporting students who struggle/,
    {
      learningOpportunities:
        'Little: the intervention materials and workshops were used without co-participation, and coaches rarely had time to plan with teachers.',
      press: 'Principals hold teachers accountable for progress in the intervention period, which presses for practice of procedures.',
      text: 'The strategy was implemented as a separate period of procedural practice; the support that could help teachers keep struggling students in rigorous tasks, planning with coaches, was the least implemented.',
      frameworkRefs: ['tool', 'learning_event_incidental'],
      recommendations: [
        'Connect the intervention period to the grade-level lessons: preview the next day’s task with the students who need it.',
        'Protect time for coaches to plan each unit with teachers, including the supports for students who struggle and for English learners.',
      ],
    },
  ],
  [
    /^Using assessment data/,
    {
      learningOpportunities: 'The data meetings bring teachers, principal and coach together, but about scores rather than students’ reasoning.',
      press: 'Accountability for benchmark growth presses principals to sort students rather than to improve instruction.',
      text: 'The routine exists and is held, but its focus on sorting students by score afforded few opportunities to learn about students’ mathematical thinking or how to respond to it.',
      frameworkRefs: ['organizational_routine'],
      recommendations: [
        'Give the data meetings a protocol that starts from students’ work on two or three items and ends with a plan for reteaching.',
        'Ask the coach to lead part of each data meeting on the mathematics of the items most students missed.',
      ],
    },
  ],
];

/** The districts' other strategies in the spring: each support and practice as found, why, and what to do. */
async function otherStrategiesFor(ctx: ServiceContext, pid: string, d: DemoDistrict, theory: Theory, findings: string[]): Promise<void> {
  const district = (await ctx.store.organizations.resolve(pid, 'district', d.name))[0]!;
  const cycle = (await ctx.store.cycles.byLabel(pid, CYCLE))!;
  const [, ...others] = await listStrategies(ctx, pid, { districtId: district.id, cycleId: cycle.id });
  // The findings on supports and practices (observation, coach meetings, collaboration); not the one on accountability.
  const onPractice = findings.slice(0, 3);
  for (const [n, view] of others.entries()) {
    const cited = [onPractice[n % onPractice.length]!, onPractice[(n + 1) % onPractice.length]!];
    // Each element on one of the district's findings, in turn, so that each reads its own.
    for (const [i, { row, element }] of view.elements.entries()) {
      if (element.kind === 'accountability') continue;
      const found = OTHER_FINDINGS.find(([re]) => re.test(element.description))?.[1];
      if (!found) continue;
      await writeImplementation(ctx, { elementId: row.id, ...found, findings: [onPractice[(n + i) % onPractice.length]!] });
    }
    const why = OTHER_STRATEGIES.find(([re]) => re.test(view.strategy.name))?.[1];
    if (!why) continue;
    const explanation = await addExplanation(ctx, {
      strategyId: view.strategy.id,
      learningOpportunities: why.learningOpportunities,
      press: why.press,
      text: why.text,
      frameworkRefs: why.frameworkRefs,
      cites: cited,
    });
    for (const text of why.recommendations) {
      await addRecommendation(ctx, {
        strategyId: view.strategy.id,
        text,
        rationale: 'Supports that involve co-participation with someone more expert are the likeliest to change practice.',
        conjectures: [n === 2 ? theory.collaboration : theory.coaches],
        explanations: [explanation.id],
      });
    }
  }
}

/** 2009-10: each district's main strategy and one recommendation; the October 2010 interviews tell whether it was acted on. */
async function earlierCycle(ctx: ServiceContext, pid: string, d: DemoDistrict, theory: Theory, interviews: WrittenInterview[]): Promise<void> {
  const strategy = await createStrategy(ctx, {
    partnershipId: pid,
    district: d.name,
    cycle: EARLIER,
    name: d.strategy.charAt(0).toUpperCase() + d.strategy.slice(1),
    goal: 'As stated by the district in October 2009.',
  });
  await addElement(ctx, strategy.strategy.id, {
    kind: 'support',
    supportType: 'organizational_routine',
    description: 'Learning Walks with supervisors',
    rolesServed: ['school_leader'],
    frequency: 'monthly',
    provider: 'Leadership',
    coParticipation: true,
  });
  const recommendation = await addRecommendation(ctx, {
    strategyId: strategy.strategy.id,
    text: 'Start Learning Walks in every school with a supervisor, focused on the mathematics observed.',
    conjectures: [theory.schoolLeaders],
  });
  const leader = interviews.find(
    (i) => i.cycle === CYCLE && i.participant.district === d && i.participant.role === 'district_leader' && i.participant.unit === 'Leadership',
  )!;
  const quote = leader.keys.find((k) => k.field === 'work_with_school_leaders')!.quote;
  const passage = await createExcerpt(ctx, { partnershipId: pid, interview: leader.interviewId, quote });
  const status = d.name.startsWith('Lakeside') ? 'partly' : d.name.startsWith('Riverton') ? 'not' : 'fully';
  await recordUptake(ctx, {
    recommendationId: recommendation.id,
    cycle: CYCLE,
    status,
    note: 'From the October 2010 leader interviews.',
    passages: [passage.id],
  });
}

/** Passages under the findings that analysts judged safe to quote: teachers' and coaches' words. */
async function shareQuotes(ctx: ServiceContext, findings: string[]): Promise<void> {
  const { trace } = await import('../services/trace.js');
  for (const id of findings) {
    for (const p of (await trace(ctx, id)).passages)
      if (p.role === 'teacher' || p.role === 'coach' || p.role === 'school_leader') await markShareable(ctx, p.excerptId, true);
  }
}

export async function feedbackDemo(ctx: ServiceContext, pid: string, interviews: WrittenInterview[]): Promise<void> {
  const team = { ...ctx, actor: INTERVIEWERS[0]!, clock: demoClock('2010-08-16T09:00:00Z') };
  const theory = await theoryOfAction(team, pid);
  await issueIteration(team, { partnershipId: pid, label: 'Iteration 1 (summer 2010)', dated: '2010-08-16' });

  for (const [n, d] of DEMO_DISTRICTS.entries()) {
    await earlierCycle({ ...ctx, actor: INTERVIEWERS[n % INTERVIEWERS.length]!, clock: demoClock(`2010-10-2${n + 5}T15:00:00Z`) }, pid, d, theory, interviews);
  }
  const spring = { ...ctx, clock: demoClock('2011-04-18T10:00:00Z') };
  for (const [n, d] of DEMO_DISTRICTS.entries()) {
    const analyst = { ...spring, actor: INTERVIEWERS[n % INTERVIEWERS.length]! };
    const { findings } = await feedbackFor(analyst, pid, d, theory);
    await otherStrategiesFor(analyst, pid, d, theory, findings);
    await shareQuotes(analyst, findings);
  }
  // The summary is written before the report is sent, and goes with it.
  await narrativeDemo(ctx, pid);
  for (const [n, d] of DEMO_DISTRICTS.entries()) {
    await recordReportSent(
      { ...spring, actor: INTERVIEWERS[n % INTERVIEWERS.length]!, clock: demoClock(`2011-05-20T1${n}:00:00Z`) },
      { partnershipId: pid, district: d.name, cycle: CYCLE, sentOn: '2011-05-20', note: 'Sent a week before the meeting.' },
    );
  }
  const partner = DEMO_ACCOUNTS.find((a) => a.role === 'partner')!;
  // Recorded the evening of the meeting: a meeting is not recorded before it was held.
  await recordMeeting(
    { ...spring, clock: demoClock('2011-05-27T18:00:00Z') },
    {
      partnershipId: pid,
      district: DEMO_DISTRICTS[0]!.name,
      cycle: CYCLE,
      heldOn: '2011-05-27',
      attendees: [partner.displayName, 'Superintendent’s deputy', ...INTERVIEWERS],
      notes:
        'The district agreed that Learning Walks need supervisors who can discuss the mathematics; it will decide in June whether to make them monthly. Questions about how principals’ evaluation will weigh observation.',
    },
  );

  // Summer 2011: the theory revised on the year's evidence, and its second iteration.
  const summer = { ...team, clock: demoClock('2011-06-28T09:00:00Z') };
  const lakeside = (await ctx.store.organizations.resolve(pid, 'district', DEMO_DISTRICTS[0]!.name))[0]!;
  const riverton = (await ctx.store.organizations.resolve(pid, 'district', DEMO_DISTRICTS[1]!.name))[0]!;
  const lakesideFindings = (await ctx.store.findings.list(pid, { districtId: lakeside.id })).map((f) => f.id);
  const current = (await ctx.store.theory.conjectureById(theory.schoolLeaders))!;
  await reviseConjecture(summer, {
    id: theory.schoolLeaders,
    expectedVersion: current.version,
    text: 'Principals become instructional leaders in mathematics when they observe instruction often together with someone more expert in mathematics teaching (a supervisor or a coach), and are held accountable for the quality of the instruction they observe rather than for test results alone.',
    reason:
      'Observation alone did not change the feedback principals give; co-participation with someone more expert and accountability for instructional quality were missing where practice did not change.',
    warrant: [
      { id: lakesideFindings[0]!, bearing: 'supports' },
      { id: lakesideFindings[3]!, bearing: 'supports' },
      { id: lakeside.id, bearing: 'not borne out', note: 'the first version: more frequent observation without co-participation did not change feedback' },
      { id: theory.literature.stein },
    ],
  });
  await addWarrant(summer, theory.coaches, {
    id: riverton.id,
    bearing: 'borne out',
    note: 'where coaches worked in classrooms, teachers described changing how they teach',
  });
  await addWarrant(summer, theory.coaches, { id: theory.network, bearing: 'supports' });
  const uptakes = await ctx.store.feedback.uptakes(pid);
  for (const u of uptakes) await addWarrant(summer, theory.schoolLeaders, { id: u.id, bearing: u.status === 'not' ? 'contradicts' : 'supports' });
  await issueIteration(summer, { partnershipId: pid, label: 'Iteration 2 (summer 2011)', dated: '2011-06-30' });
}

/** The summary the team wrote for Lakeside's feedback report, a week before it was sent: loaded last, so that the demo's other IDs stay as they were. */
async function narrativeDemo(ctx: ServiceContext, pid: string): Promise<void> {
  const analyst = { ...ctx, actor: INTERVIEWERS[0]!, clock: demoClock('2011-05-13T10:00:00Z') };
  await writeNarrative(analyst, {
    partnershipId: pid,
    district: DEMO_DISTRICTS[0]!.name,
    cycle: CYCLE,
    section: 'summary',
    text: 'This year principals visited mathematics classrooms more often, but the feedback teachers hear is still rarely about the mathematics, and Learning Walks, the support most likely to help principals learn to see instruction, were held once rather than every month.\n\nWe recommend holding Learning Walks monthly with supervisors who can discuss the mathematics observed, and weighing the quality of the instruction observed in principals’ evaluation.',
  });
}
