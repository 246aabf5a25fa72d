import { renderDocx } from '../reports/render/docx.js';
import { addArtifact } from '../services/artifacts.js';
import { writeAssessment } from '../services/assessments.js';
import type { ServiceContext } from '../services/context.js';
import { issueVersion, respondToMemberCheck, sendMemberCheck, designDocumentState, designScope } from '../services/design-documents.js';
import { createExcerpt } from '../services/excerpts.js';
import { addElement, citeStrategyEvidence, createStrategy, editElement } from '../services/strategies.js';
import type { ElementInput } from '../domain/strategy.js';
import type { WrittenInterview } from './bundle-writer.js';
import { demoClock } from './demo-clock.js';
import { DEMO_DISTRICTS, type DemoCycle, type DemoDistrict, INTERVIEWERS } from './cast.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';

/**
 * The demo's autumn work for the latest cycle: each district's strategies documented from its
 * leaders' October interviews and a PD calendar, the team's in-house assessment, and the design
 * documents issued; Lakeside's member-checked by its partner leader, corrected in a second version.
 */
const CYCLE: DemoCycle = '2010-11';

/** The leader-interview passage an element rests on: the key passage of that field, said by that unit's leader. */
type Cites = { field: string; unit: string };
type Element = ElementInput & { cites?: Cites };
interface DemoStrategy {
  name: string;
  goal: string;
  elements: Element[];
  instruction: [string, string, string[]];
  enablement: [string, string, string[]];
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function strategiesOf(d: DemoDistrict): DemoStrategy[] {
  const curriculum: DemoStrategy = {
    name: `Every classroom teaching ${d.curriculum}`,
    goal: `Teachers teach the units of ${d.curriculum} as designed, with its cognitively demanding tasks, so that students reason about mathematics rather than follow procedures.`,
    elements: [
      {
        kind: 'practice',
        role: 'teacher',
        description: `Teach the units of ${d.curriculum} with their cognitively demanding tasks, keeping the demand of the task as students work`,
        target: 'every unit, following the pacing guide',
      },
      {
        kind: 'practice',
        role: 'school_leader',
        description: 'Recognise high-quality mathematics instruction when visiting classrooms: rigorous tasks and students explaining their reasoning',
      },
      {
        kind: 'support',
        supportType: 'learning_event_discrete',
        description: 'Summer institute on the curriculum units',
        rolesServed: ['teacher'],
        frequency: 'once a year, in August',
        provider: 'Curriculum & Instruction',
        coParticipation: false,
        cites: { field: 'supports_to_schools', unit: 'Curriculum & Instruction' },
      },
      {
        kind: 'support',
        supportType: 'learning_event_discrete',
        description: 'Early-release afternoons on the curriculum',
        rolesServed: ['teacher', 'coach'],
        frequency: 'twice a year',
        provider: 'Curriculum & Instruction',
        coParticipation: false,
      },
      {
        kind: 'support',
        supportType: 'tool',
        description: 'District pacing guide for the units',
        rolesServed: ['teacher'],
        frequency: 'all year',
        provider: 'Curriculum & Instruction',
        coParticipation: false,
      },
      { kind: 'accountability', holder: 'Principals', held: 'teachers', description: 'following the pacing guide and benchmark results' },
    ],
    instruction: ['likely', `The curriculum's tasks press for reasoning; if teachers kept their demand in enactment, instruction would improve.`, []],
    enablement: [
      'unlikely',
      'Discrete events and a pacing guide, without co-participation with an accomplished user, tend to be assimilated to current practice; the pacing guide presses for coverage rather than for keeping the demand of tasks.',
      ['learning_event_discrete', 'tool'],
    ],
  };
  const main: Record<string, DemoStrategy> = {
    'Lakeside Public Schools': {
      name: capitalised(d.strategy),
      goal: 'Principals become instructional leaders in mathematics who observe instruction regularly and give teachers feedback that communicates appropriate expectations.',
      elements: [
        {
          kind: 'practice',
          role: 'school_leader',
          description:
            'Observe mathematics instruction and give teachers feedback that communicates appropriate expectations for rigorous tasks and student reasoning',
          target: 'at least 2 hours a day in classrooms',
        },
        { kind: 'practice', role: 'teacher', description: 'Use the feedback from observations to plan lessons that keep the demand of tasks' },
        {
          kind: 'support',
          supportType: 'organizational_routine',
          description: 'Learning Walks: principal and supervisor observe mathematics lessons together and discuss what they saw',
          rolesServed: ['school_leader'],
          frequency: 'monthly in every school',
          provider: 'Leadership (supervisors)',
          coParticipation: true,
          cites: { field: 'work_with_school_leaders', unit: 'Leadership' },
        },
        {
          kind: 'support',
          supportType: 'learning_event_ongoing',
          description: 'Monthly principal meetings with their supervisors, part of the time on instruction',
          rolesServed: ['school_leader'],
          frequency: 'monthly',
          provider: 'Leadership',
          coParticipation: false,
          cites: { field: 'supports_to_schools', unit: 'Leadership' },
        },
        {
          kind: 'support',
          supportType: 'tool',
          description: 'Observation tool for mathematics lessons',
          rolesServed: ['school_leader'],
          frequency: 'each observation',
          provider: 'Mathematics Department',
          coParticipation: false,
          cites: { field: 'work_with_school_leaders', unit: 'Mathematics Department' },
        },
        {
          kind: 'accountability',
          holder: 'Supervisors',
          held: 'principals',
          description: 'observing mathematics instruction (being written into their evaluation)',
          cites: { field: 'accountability_relations', unit: 'Leadership' },
        },
        { kind: 'accountability', holder: 'The superintendent', held: 'principals', description: 'benchmark results in mathematics' },
      ],
      instruction: [
        'likely',
        'Principals who observe often and press for rigorous tasks and reasoning would raise expectations for instruction, provided their feedback is about how mathematics is taught.',
        [],
      ],
      enablement: [
        'partly',
        'Learning Walks offer co-participation with supervisors, but only if supervisors are more expert in mathematics instruction than principals; the observation tool risks becoming a checklist without it.',
        ['organizational_routine', 'tool'],
      ],
    },
    'Riverton Unified School District': {
      name: capitalised(d.strategy),
      goal: 'Coaches help teachers develop ambitious instruction by working alongside them in their classrooms.',
      elements: [
        {
          kind: 'practice',
          role: 'coach',
          description: 'Work with teachers in their classrooms: co-teach and model lessons, then debrief what students did',
          target: 'at least 60% of their time in classrooms',
        },
        { kind: 'practice', role: 'teacher', description: 'Plan and debrief lessons with the coach, and try the practices modelled' },
        {
          kind: 'support',
          supportType: 'new_position',
          description: 'A school-based mathematics coach in every middle school',
          rolesServed: ['teacher'],
          frequency: 'full time',
          provider: 'Mathematics Department',
          coParticipation: true,
        },
        {
          kind: 'support',
          supportType: 'learning_event_ongoing',
          description: 'Monthly coach meetings: doing the mathematics together and practising conversations with teachers',
          rolesServed: ['coach'],
          frequency: 'monthly',
          provider: 'Mathematics Department',
          coParticipation: true,
          cites: { field: 'supports_to_schools', unit: 'Mathematics Department' },
        },
        {
          kind: 'support',
          supportType: 'learning_event_incidental',
          description: 'Principal–coach meetings about the work with teachers',
          rolesServed: ['school_leader', 'coach'],
          frequency: 'weekly',
          provider: 'Principals and coaches',
          coParticipation: true,
        },
        {
          kind: 'accountability',
          holder: 'The Mathematics Department',
          held: 'coaches',
          description: 'their work with teachers',
          cites: { field: 'accountability_relations', unit: 'Mathematics Department' },
        },
      ],
      instruction: [
        'likely',
        'Co-participation of teachers with accomplished coaches in their own classrooms is the support most likely to reorganize practice.',
        ['new_position'],
      ],
      enablement: [
        'partly',
        'Coaches are pulled into covering classes and benchmark preparation; principal–coach meetings can support them only if they are about instruction rather than pacing.',
        ['learning_event_incidental'],
      ],
    },
    'Granite Valley Schools': {
      name: capitalised(d.strategy),
      goal: 'Teachers learn from one another in grade-level teams that look closely at student work.',
      elements: [
        {
          kind: 'practice',
          role: 'teacher',
          description: 'Meet in grade-level teams to analyse student work and plan the next lessons from it',
          target: 'weekly, 45 minutes',
        },
        { kind: 'practice', role: 'coach', description: 'Facilitate the team meetings and keep them on student thinking' },
        {
          kind: 'support',
          supportType: 'organizational_routine',
          description: 'Weekly grade-level collaborative meetings with a protocol for looking at student work',
          rolesServed: ['teacher'],
          frequency: 'weekly',
          provider: 'Coaches',
          coParticipation: true,
        },
        {
          kind: 'support',
          supportType: 'tool',
          description: 'Protocol for looking at student work',
          rolesServed: ['teacher', 'coach'],
          frequency: 'each meeting',
          provider: 'Mathematics Department',
          coParticipation: false,
        },
        { kind: 'accountability', holder: 'Principals', held: 'teacher teams', description: 'holding the meetings and keeping notes' },
      ],
      instruction: ['likely', 'Teams that examine student thinking together can build a shared view of high-quality instruction.', ['organizational_routine']],
      enablement: [
        'partly',
        'Meetings tend to drift to logistics unless facilitated by someone with expertise in mathematics teaching.',
        ['organizational_routine'],
      ],
    },
  };
  const strugglingStudents: DemoStrategy = {
    name: 'Supporting students who struggle in mathematics',
    goal: 'Students who are behind in mathematics get help within grade-level lessons and in a daily intervention period, so that they take part in the same rigorous tasks as their classmates.',
    elements: [
      {
        kind: 'practice',
        role: 'teacher',
        description: 'Plan lessons so that students who struggle can start on the task and take part in the discussion, rather than being given easier work',
      },
      {
        kind: 'practice',
        role: 'teacher',
        description: 'Teach the intervention period from the district’s materials, building on what students did in the grade-level lesson',
        target: 'daily, 30 minutes',
      },
      {
        kind: 'practice',
        role: 'coach',
        description: 'Help teachers plan supports for students who struggle, including English learners, when preparing units',
      },
      {
        kind: 'support',
        supportType: 'tool',
        description: 'Intervention materials aligned with the units of the curriculum',
        rolesServed: ['teacher'],
        frequency: 'daily',
        provider: 'Curriculum & Instruction',
        coParticipation: false,
      },
      {
        kind: 'support',
        supportType: 'learning_event_discrete',
        description: 'Workshops on supporting English learners in mathematics discussions',
        rolesServed: ['teacher', 'coach'],
        frequency: 'three a year',
        provider: 'English Learners office',
        coParticipation: false,
      },
      {
        kind: 'support',
        supportType: 'learning_event_incidental',
        description: 'Coaches plan with teachers the supports for struggling students in each unit',
        rolesServed: ['teacher'],
        frequency: 'before each unit',
        provider: 'Coaches',
        coParticipation: true,
      },
      { kind: 'accountability', holder: 'Principals', held: 'teachers', description: 'the progress of students in the intervention period' },
    ],
    instruction: [
      'uncertain',
      'Keeping struggling students in rigorous tasks would improve their learning; an intervention period disconnected from the lessons risks teaching procedures apart from meaning.',
      [],
    ],
    enablement: [
      'unlikely',
      'Materials and one-off workshops are likely to be assimilated to current practice; only the planning with coaches offers co-participation, and coaches have little time for it.',
      ['tool', 'learning_event_discrete', 'learning_event_incidental'],
    ],
  };
  const data: DemoStrategy = {
    name: 'Using assessment data to guide instruction',
    goal: 'Teachers and school leaders use the results of common assessments to decide what to reteach and which students need help.',
    elements: [
      {
        kind: 'practice',
        role: 'teacher',
        description: 'Analyse the results of common unit assessments with colleagues and plan how to reteach what students did not understand',
        target: 'after each unit',
      },
      {
        kind: 'practice',
        role: 'school_leader',
        description: 'Review assessment results with each grade-level team and agree on next steps for instruction',
        target: 'every quarter',
      },
      {
        kind: 'support',
        supportType: 'tool',
        description: 'Common unit assessments and the district’s data system that reports their results by student and by item',
        rolesServed: ['teacher', 'school_leader'],
        frequency: 'each unit',
        provider: 'Research, Evaluation & Accountability',
        coParticipation: false,
      },
      {
        kind: 'support',
        supportType: 'organizational_routine',
        description: 'Quarterly data meetings of each grade-level team with the principal and the coach',
        rolesServed: ['teacher', 'school_leader', 'coach'],
        frequency: 'quarterly',
        provider: 'Principals',
        coParticipation: true,
      },
      {
        kind: 'support',
        supportType: 'learning_event_discrete',
        description: 'Training on reading the data system’s reports',
        rolesServed: ['school_leader', 'coach'],
        frequency: 'once, in September',
        provider: 'Research, Evaluation & Accountability',
        coParticipation: false,
      },
      { kind: 'accountability', holder: 'Principals', held: 'grade-level teams', description: 'a reteaching plan after each data meeting' },
      { kind: 'accountability', holder: 'The superintendent', held: 'principals', description: 'growth on the quarterly benchmark assessments' },
    ],
    instruction: [
      'uncertain',
      'Data on which items students missed can direct attention to students’ thinking, but only if teachers look at how students reasoned, not only at scores.',
      [],
    ],
    enablement: [
      'partly',
      'The data meetings are a routine with the coach present, which could support learning; the training covers the reports rather than what to do about the mathematics students missed.',
      ['organizational_routine', 'tool'],
    ],
  };
  return [main[d.name]!, curriculum, strugglingStudents, data];
}

/** A PD calendar as the district would send it: a real Word file. */
async function pdCalendar(d: DemoDistrict): Promise<Uint8Array> {
  return renderDocx({
    title: `Professional development calendar ${CYCLE}`,
    subtitle: d.name,
    partnership: d.name,
    date: '2010-08-16',
    audience: 'partner',
    notice: `${d.name}, Curriculum & Instruction`,
    version: 'Issued August 2010',
    blocks: [
      {
        kind: 'table',
        caption: 'Mathematics professional development',
        columns: ['When', 'What', 'For', 'Led by'],
        rows: [
          ['August 16–20', `Summer institute: ${d.curriculum} units`, 'Teachers', 'Curriculum & Instruction'],
          ['Monthly', 'Coach meetings', 'Coaches', 'Mathematics Department'],
          ['Monthly', 'Principal meetings', 'Principals', 'Leadership'],
          ['October 27, February 9', 'Early-release afternoons on the curriculum', 'Teachers and coaches', 'Curriculum & Instruction'],
        ],
      },
    ],
  });
}

async function passageOf(ctx: ServiceContext, partnershipId: string, leader: WrittenInterview, field: string): Promise<string> {
  const quote = leader.keys.find((k) => k.field === field)!.quote;
  const existing = (await ctx.store.excerpts.forInterview((await ctx.store.interviews.byCode(partnershipId, leader.interviewId))!.id)).find(
    (e) => e.quote === quote && !e.retired_at,
  );
  return existing?.id ?? (await createExcerpt(ctx, { partnershipId, interview: leader.interviewId, quote })).id;
}

async function documentDistrict(ctx: ServiceContext, partnershipId: string, d: DemoDistrict, interviews: WrittenInterview[]): Promise<void> {
  const base = { partnershipId, district: d.name, cycle: CYCLE };
  const leaders = interviews.filter((i) => i.cycle === CYCLE && i.participant.district === d && i.participant.role === 'district_leader');
  const unitOf = (unit: string) => leaders.find((l) => l.participant.unit === unit) ?? leaders[0]!;
  const calendar = await addArtifact(ctx, {
    ...base,
    title: `PD calendar ${CYCLE}`,
    kind: 'PD schedule',
    fileName: `pd-calendar-${CYCLE}.docx`,
    bytes: await pdCalendar(d),
  });
  const strategies = strategiesOf(d);
  for (const [n, s] of strategies.entries()) {
    const view = await createStrategy(ctx, { ...base, name: s.name, goal: s.goal });
    await citeStrategyEvidence(ctx, {
      citingId: view.strategy.id,
      citedId: await passageOf(ctx, partnershipId, unitOf(n === 0 ? 'Leadership' : 'Curriculum & Instruction'), 'unit_role'),
    });
    for (const { cites, ...element } of s.elements) {
      const added = await addElement(ctx, view.strategy.id, element);
      if (cites) await citeStrategyEvidence(ctx, { citingId: added.row.id, citedId: await passageOf(ctx, partnershipId, unitOf(cites.unit), cites.field) });
      if (element.kind === 'support' && element.frequency !== 'all year' && n === 1)
        await citeStrategyEvidence(ctx, { citingId: added.row.id, citedId: calendar.artifact.id, note: 'PD calendar, table 1' });
    }
    for (const [aspect, [judgement, rationale, refs]] of [
      ['instruction', s.instruction],
      ['enablement', s.enablement],
    ] as const) {
      await writeAssessment(ctx, { ...base, aspect, strategyId: view.strategy.id, judgement, rationale, frameworkRefs: refs });
    }
  }
  await writeAssessment(ctx, {
    ...base,
    aspect: 'coherence',
    judgement: 'partly coherent',
    rationale: `The first two strategies aim at rigorous tasks and student reasoning, but the pacing guide and benchmark accountability press for coverage, at odds with the time that "${strategies[0]!.name.toLowerCase()}" asks for; the intervention period and the data meetings can serve the same aim only if they look at students' reasoning rather than at scores alone.`,
    frameworkRefs: ['tool'],
  });
  await issueVersion(ctx, { partnershipId, district: d.name, cycle: CYCLE });
}

/** Lakeside's partner leader reads version 1, corrects the Learning Walks; the team issues version 2 with the correction. */
async function memberCheckLakeside(ctx: ServiceContext, partnershipId: string): Promise<void> {
  const d = DEMO_DISTRICTS[0]!;
  const partner = DEMO_ACCOUNTS.find((a) => a.role === 'partner')!;
  const account = (await ctx.store.accounts.byEmail(partner.email))!;
  const scope = await designScope(ctx, partnershipId, d.name, CYCLE);
  const state = await designDocumentState(ctx, scope);
  const [first, second, ...others] = state.current.sections;
  const check = await sendMemberCheck(ctx, {
    versionId: state.versions[0]!.id,
    recipients: [partner.email],
    message: 'Please confirm or correct each strategy by November 19.',
  });
  const partnerCtx = { ...ctx, actor: partner.email, clock: demoClock('2010-11-15T16:30:00Z') };
  const correction = await respondToMemberCheck(partnerCtx, {
    checkId: check.check.id,
    accountId: account.id,
    section: first!.key,
    response: 'correct',
    text: 'Learning Walks happen once a quarter in each school, not monthly; what is monthly is the principals’ meeting with their supervisors.',
  });
  await respondToMemberCheck(partnerCtx, { checkId: check.check.id, accountId: account.id, section: second!.key, response: 'confirm' });
  await respondToMemberCheck(partnerCtx, {
    checkId: check.check.id,
    accountId: account.id,
    section: second!.key,
    response: 'comment',
    text: 'The early-release afternoons may move to the spring.',
  });
  for (const section of others)
    await respondToMemberCheck(partnerCtx, { checkId: check.check.id, accountId: account.id, section: section.key, response: 'confirm' });
  const team = { ...ctx, clock: demoClock('2010-11-22T11:00:00Z') };
  const walks = (await ctx.store.strategies.elements([first!.key])).find((e) => e.description.startsWith('Learning Walks'))!;
  await editElement(team, {
    id: walks.id,
    changes: { frequency: 'quarterly in every school' },
    expectedVersion: walks.version,
    reason: 'Member check: corrected by the district (Learning Walks are quarterly)',
  });
  await issueVersion(team, {
    partnershipId,
    district: d.name,
    cycle: CYCLE,
    reason: 'Member check: Learning Walks are quarterly, not monthly',
    applies: [correction.id],
  });
}

export async function designDemo(ctx: ServiceContext, partnershipId: string, interviews: WrittenInterview[]): Promise<void> {
  for (const [n, district] of DEMO_DISTRICTS.entries()) {
    await documentDistrict(
      { ...ctx, actor: INTERVIEWERS[n % INTERVIEWERS.length]!, clock: demoClock(`2010-11-0${n + 3}T14:00:00Z`) },
      partnershipId,
      district,
      interviews,
    );
  }
  await memberCheckLakeside({ ...ctx, actor: INTERVIEWERS[0]!, clock: demoClock('2010-11-09T10:00:00Z') }, partnershipId);
}
