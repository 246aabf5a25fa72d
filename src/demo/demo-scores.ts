import type { ServiceContext } from '../services/context.js';
import { createExcerpt } from '../services/excerpts.js';
import { defineRubric } from '../services/rubrics.js';
import { scoreInterview } from '../services/scores.js';
import type { WrittenInterview } from './bundle-writer.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';
import { demoClock } from './demo-clock.js';

/**
 * The demo's construct scoring, in MIST's manner: the rubric "Vision of high-quality mathematics
 * instruction" in four dimensions, levels 1–4, and the teachers' and coaches' interviews of every
 * district's focal school scored on it in both cycles, each score citing the interview's answer
 * about high-quality instruction (and, where practice moved, the passage that shows it). The lead
 * scores one teacher's interview of each district a second time, for reliability. (No report of the
 * demo cites a score, so that its reports stay as they are pinned.)
 */
export const DEMO_RUBRIC = 'Vision of high-quality mathematics instruction';

const DIMENSIONS = [
  {
    name: 'Role of the teacher',
    description: 'How the participant sees the teacher’s part in students’ learning of mathematics.',
    levels: [
      'The teacher transmits procedures: explains each step clearly and students practise them.',
      'The teacher explains, then lets students try; questions check answers more than thinking.',
      'The teacher poses problems and asks students to explain, guiding them towards the mathematical ideas.',
      'The teacher orchestrates students’ work and discussion, pressing them to justify and connect strategies to the key ideas.',
    ],
  },
  {
    name: 'Classroom discourse',
    description: 'What talk in a mathematics classroom should be like, and who does it.',
    levels: [
      'A quiet classroom: the teacher talks and students answer when asked.',
      'Students share answers; discussion is mostly between the teacher and one student at a time.',
      'Students explain their reasoning and talk with each other about the mathematics.',
      'Students justify, question and build on each other’s reasoning; the teacher presses for explanation and connections.',
    ],
  },
  {
    name: 'Mathematical tasks',
    description: 'What kinds of tasks students should work on.',
    levels: [
      'Practice of procedures, one right method.',
      'Word problems or applications, mostly with a method shown first.',
      'Problems with more than one way in, asking students to choose and explain a strategy.',
      'Cognitively demanding tasks whose demand is kept up as students work on them.',
    ],
  },
  {
    name: 'Student engagement',
    description: 'What students should be doing for a lesson to be going well.',
    levels: [
      'Students are on task: quiet, attentive, completing their work.',
      'Students participate: they answer questions and work through the examples.',
      'Students engage with each other’s thinking as they work on the mathematics.',
      'Students take responsibility for making sense of the mathematics, together.',
    ],
  },
] as const;

const LABELS = ['Traditional', 'Emerging', 'Developing', 'Ambitious'];

/** The levels a vision of instruction reaches, dimension by dimension, read from the words of the answer. */
function levelsOf(vision: string): readonly [number, number, number, number] {
  if (/quiet/.test(vision)) return [1, 1, 1, 1];
  if (/talking to each other/.test(vision)) return [2, 3, 2, 3];
  if (/more than one way in/.test(vision)) return [3, 2, 3, 2];
  if (/cognitively demanding/.test(vision)) return [3, 3, 3, 3];
  return [2, 2, 2, 2];
}

const passageOf = async (ctx: ServiceContext, pid: string, interview: WrittenInterview, quote: string): Promise<string> => {
  const existing = (await ctx.store.excerpts.forInterview(interview.interviewId)).find((e) => e.quote === quote && e.retired_at === null);
  return existing?.id ?? (await createExcerpt(ctx, { partnershipId: pid, interview: interview.interviewId, quote })).id;
};

export async function scoresDemo(ctx: ServiceContext, pid: string, interviews: WrittenInterview[]): Promise<void> {
  const lead = DEMO_ACCOUNTS.find((a) => a.role === 'lead')!.email;
  const analyst = DEMO_ACCOUNTS.find((a) => a.role === 'analyst')!.email;
  const clock = demoClock('2011-03-01T09:00:00Z');
  await defineRubric(
    { ...ctx, actor: lead, clock },
    {
      partnershipId: pid,
      name: DEMO_RUBRIC,
      description:
        'MIST’s levelled rubric for the sophistication of a participant’s vision of high-quality mathematics instruction, coded from their answer to "What does high-quality mathematics instruction look like to you?"',
      dimensions: DIMENSIONS.map((d) => ({
        name: d.name,
        description: d.description,
        levels: d.levels.map((descriptor, i) => ({ value: i + 1, label: LABELS[i]!, descriptor })),
      })),
    },
  );
  const scorer = { ...ctx, actor: analyst, clock };
  const scored = interviews.filter(
    (i) =>
      (i.participant.role === 'teacher' || i.participant.role === 'coach') &&
      i.participant.school !== null &&
      i.participant.school.name === i.participant.district.focalSchool,
  );
  const doubled = new Set<string>();
  for (const interview of scored) {
    const school = interview.participant.school!;
    const facts = school.facts[interview.cycle];
    const vision = interview.keys.find((k) => k.field === 'vision_of_instruction');
    if (!vision) continue;
    const cite = [{ excerptId: await passageOf(ctx, pid, interview, vision.quote) }];
    const levels = [...levelsOf(vision.quote)];
    // Where practice moved in the second year, the scores move with it, and cite the passage that shows it.
    const grew =
      interview.cycle === '2010-11' &&
      (interview.participant.role === 'teacher' ? facts.collaborationFocus === 'student_work' : facts.coachMeetingFocus === 'instruction');
    const moved = grew && interview.keys.find((k) => k.field === (interview.participant.role === 'teacher' ? 'collaboration' : 'work_with_teachers'));
    if (moved) {
      cite.push({ excerptId: await passageOf(ctx, pid, interview, moved.quote) });
      levels[0] = Math.min(4, levels[0]! + 1);
      levels[1] = Math.min(4, levels[1]! + 1);
    }
    for (const [d, dimension] of DIMENSIONS.entries())
      await scoreInterview(scorer, {
        partnershipId: pid,
        interview: interview.interviewId,
        dimension: dimension.name,
        level: levels[d]!,
        cite,
        ...(d === 1 && moved && { note: 'Talk of student work in team meetings carries into how they describe discussion in class.' }),
      });
    // The lead scores the first teacher interview of each district's second cycle again, reading discourse one level higher.
    const key = `${interview.participant.district.name} ${interview.cycle}`;
    if (interview.participant.role === 'teacher' && interview.cycle === '2010-11' && !doubled.has(key)) {
      doubled.add(key);
      for (const [d, dimension] of DIMENSIONS.entries())
        await scoreInterview(
          { ...ctx, actor: lead, clock },
          { partnershipId: pid, interview: interview.interviewId, dimension: dimension.name, level: Math.min(4, levels[d]! + (d === 1 ? 1 : 0)), cite },
        );
    }
  }
}
