import { addCode, type CodeRow, editCode, findCode } from '../services/codebook.js';
import type { ServiceContext } from '../services/context.js';

interface DemoCode {
  name: string;
  definition: string;
  inclusion?: string;
  exclusion?: string;
  example?: string;
  colour?: string;
  children?: DemoCode[];
}

/** The demo team's codebook for its interviews about middle-school mathematics instruction. */
export const DEMO_CODEBOOK: readonly DemoCode[] = [
  {
    name: 'Vision of high-quality instruction',
    definition: 'What the participant describes as good mathematics teaching, in their own words.',
    colour: '#4e79a7',
    children: [
      {
        name: 'Role of the teacher',
        definition: 'Who does the mathematical thinking in the lesson, and what the teacher does to support it.',
        inclusion: 'Telling, modelling, facilitating, pressing students to explain, choosing whom to call on.',
        exclusion: 'Classroom management and routines not tied to the mathematics (code under Student engagement).',
        example: '“I try not to give it away; I ask them how they know.”',
      },
      {
        name: 'Classroom discourse',
        definition: 'Talk among students and between students and teacher about mathematical ideas.',
        inclusion: 'Explaining, justifying, revoicing, building on another student’s idea, whole-class discussion.',
        exclusion: 'Talk only about procedures or answers being right (code Mathematical tasks if about the task).',
        example: '“They have to respond to each other, not just to me.”',
      },
      {
        name: 'Mathematical tasks',
        definition: 'The kind of problems students work on and their cognitive demand.',
        inclusion: 'Rich or open tasks, multiple solution paths, procedures with connections, drill.',
        exclusion: 'Curriculum pacing and coverage (code Supports › Curriculum).',
        example: '“A good task has more than one way in.”',
      },
      {
        name: 'Student engagement',
        definition: 'How students take part in the mathematical work of the lesson.',
        inclusion: 'Participation, persistence, group work, motivation, who gets to contribute.',
        exclusion: 'Behaviour and discipline without reference to the mathematics.',
        example: '“Everyone had a way to get started.”',
      },
    ],
  },
  {
    name: 'Supports',
    definition: 'Supports for improving instruction that the participant says they receive or give.',
    colour: '#59a14f',
    children: [
      {
        name: 'Coaching',
        definition: 'Work with a mathematics coach: co-planning, co-teaching, modelling, observation and debriefs.',
        inclusion: 'Frequency, focus and depth of the coach’s work with the teacher or with school leaders.',
        exclusion: 'Coaches’ administrative duties (testing, materials) unless the participant ties them to instruction.',
        example: '“My coach and I plan the launch together every Tuesday.”',
      },
      {
        name: 'Professional learning communities',
        definition: 'Teachers meeting together about mathematics instruction: grade-level teams, PLCs, lesson study.',
        inclusion: 'What meetings are about (pacing, student work, instruction), how often, who leads them.',
        exclusion: 'One-off workshops (code Pull-out professional development).',
        example: '“Our PLC is mostly about the pacing calendar.”',
      },
      {
        name: 'Pull-out professional development',
        definition: 'Workshops and courses away from the school, discrete or in a series.',
        example: '“The summer institute on number talks.”',
      },
      {
        name: 'Curriculum',
        definition: 'Curriculum materials, pacing guides and curriculum maps, and how they are used.',
        inclusion: 'Adoption, fidelity, adapting units, pacing pressure.',
        exclusion: 'Assessments used for accountability (code Accountability › Assessment data).',
      },
      {
        name: 'School leaders as instructional leaders',
        definition: 'Principals and assistant principals observing mathematics instruction and giving feedback.',
        inclusion: 'Walkthroughs, Learning Walks, feedback conversations, expectations communicated to teachers.',
        example: '“She comes in twice a week and we talk about the discussion.”',
      },
    ],
  },
  {
    name: 'Accountability',
    definition: 'To whom and for what the participant feels accountable in their work on instruction.',
    colour: '#f28e2b',
    children: [
      {
        name: 'Expectations from leaders',
        definition: 'What principals, coaches or district leaders are said to expect of teachers’ instruction.',
        example: '“The expectation is that every lesson has a launch, explore and summarise.”',
      },
      {
        name: 'Assessment data',
        definition: 'Benchmark and state test results as a source of press on instruction.',
        inclusion: 'Data meetings, targets, tracking students near the cut score.',
      },
      {
        name: 'Evaluation',
        definition: 'Formal evaluation of teachers and its relation to instructional improvement.',
        exclusion: 'Informal feedback from observations (code Supports › School leaders as instructional leaders).',
      },
    ],
  },
  {
    name: 'Tensions',
    definition: 'Where supports, expectations or goals pull against each other, in the participant’s account.',
    colour: '#e15759',
    children: [
      {
        name: 'Pacing versus depth',
        definition: 'Covering the pacing guide on time versus taking time for students’ reasoning.',
        example: '“If I let the discussion run I’m two days behind.”',
      },
      {
        name: 'Time for collaboration',
        definition: 'Too little time, or time used for other purposes, for teachers to work together on instruction.',
      },
      {
        name: 'Conflicting messages',
        definition: 'Different leaders or programmes asking for incompatible kinds of instruction.',
      },
    ],
  },
  {
    name: 'Struggling students',
    definition: 'How the participant describes working with students who struggle in mathematics.',
    colour: '#b07aa1',
    inclusion: 'Intervention, grouping, scaffolds, English learners, students with disabilities.',
  },
  {
    name: 'Teacher networks',
    definition: 'Whom the participant goes to for advice about teaching mathematics, how often and how deeply.',
    colour: '#76b7b2',
    example: '“I ask Ms Ortiz next door; she has taught the unit for years.”',
  },
];

async function addTree(ctx: ServiceContext, partnershipId: string, codes: readonly DemoCode[], parentId: string | null): Promise<void> {
  for (const { children, ...code } of codes) {
    const row = await addCode(ctx, { partnershipId, parentId, ...code });
    if (children) await addTree(ctx, partnershipId, children, row.id);
  }
}

/** Stores the demo codebook; one code is then redefined after a coding meeting, so that its history has a reason. */
export async function codebookDemo(ctx: ServiceContext, partnershipId: string): Promise<void> {
  await addTree(ctx, partnershipId, DEMO_CODEBOOK, null);
  const coaching = await demoCode(ctx, partnershipId, 'Supports > Coaching');
  await editCode(ctx, {
    id: coaching.id,
    definition: `${coaching.definition} Includes a coach’s work with school leaders about instruction.`,
    expectedVersion: coaching.version,
    reason: 'coders disagreed on coach–principal meetings; agreed at the January coding meeting to code them here',
  });
}

/**
 * A code of the demo codebook by its name or path ("Supports > Coaching", or "Coaching" when only
 * one code has that name), for other parts of the demo to code passages with.
 */
export const demoCode = (ctx: ServiceContext, partnershipId: string, name: string): Promise<CodeRow> => findCode(ctx, partnershipId, name);
