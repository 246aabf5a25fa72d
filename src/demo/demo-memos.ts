import type { ServiceContext } from '../services/context.js';
import { addMemo, editMemo } from '../services/memos.js';
import { demoClock } from './demo-clock.js';

/**
 * The team's memos in the demo, written by the analyst in the spring of 2011: on a passage, an
 * interview, a participant (case), the codebook's first code and a coding when the demo has them,
 * and free-standing ones; one edited since, so that its history shows a second version.
 */
export async function memosDemo(ctx: ServiceContext, partnershipId: string): Promise<void> {
  const analyst = await ctx.store.accounts.byEmail('analyst@demo.warrant.test');
  const lead = await ctx.store.accounts.byEmail('lead@demo.warrant.test');
  const as = (who: typeof analyst, at: string): ServiceContext => ({ ...ctx, actor: who?.id ?? ctx.actor, clock: demoClock(at) });
  const s = ctx.store.db;
  const teacherInterview = await s
    .selectFrom('interview')
    .select(['id', 'code'])
    .where('partnership_id', '=', partnershipId)
    .where('role', '=', 'teacher')
    .orderBy('date', 'desc')
    .orderBy('code')
    .executeTakeFirst();
  const coach = await s
    .selectFrom('participant')
    .select('id')
    .where('partnership_id', '=', partnershipId)
    .where('role', '=', 'coach')
    .orderBy('code')
    .executeTakeFirst();
  const passage = await s
    .selectFrom('excerpt as x')
    .innerJoin('interview as i', 'i.id', 'x.interview_id')
    .select('x.id')
    .where('i.partnership_id', '=', partnershipId)
    .where('x.retired_at', 'is', null)
    .orderBy('x.id')
    .executeTakeFirst();
  const code = (await ctx.store.codes.list(partnershipId)).find((c) => !c.retired_at);
  const coding = await s
    .selectFrom('coding')
    .select('id')
    .where('partnership_id', '=', partnershipId)
    .where('retired_at', 'is', null)
    .orderBy('id')
    .executeTakeFirst();

  const first = await addMemo(as(analyst, '2011-03-01T10:00:00Z'), {
    partnershipId,
    title: 'Emerging theme: time for collaboration',
    text: 'Across schools, teachers name the lack of common planning time before anything else. Check whether the coaches say the same, and whether the principals know.',
  });
  await editMemo(as(analyst, '2011-03-08T10:00:00Z'), {
    id: first.row.id,
    text: `${first.row.text}\n\nAfter the coach interviews: the coaches do say it, but describe the Tuesday meetings as being about pacing, not time.`,
    expectedVersion: 1,
    reason: 'after reading the coach interviews',
  });
  await addMemo(as(lead, '2011-03-02T09:00:00Z'), {
    partnershipId,
    title: 'Codebook decisions, March',
    text: 'Code talk about the pacing calendar as pacing, even when it comes up in a question about collaboration; double-code if the teacher describes what they do together.',
  });
  if (passage)
    await addMemo(as(analyst, '2011-03-03T11:00:00Z'), {
      partnershipId,
      subject: passage.id,
      title: 'A negative case?',
      text: 'This passage reads against the claim that the grade-level meetings never look at student work. Compare with the same teacher a year later.',
    });
  if (teacherInterview)
    await addMemo(as(analyst, '2011-03-04T14:00:00Z'), {
      partnershipId,
      subject: teacherInterview.id,
      title: `Interview ${teacherInterview.code}: what to code again`,
      text: 'The audio drops for a minute in the middle; the transcript marks it. The answer about the principal’s feedback is worth a second coder.',
    });
  if (coach)
    await addMemo(as(analyst, '2011-03-05T15:00:00Z'), {
      partnershipId,
      subject: coach.id,
      title: 'This coach across the two cycles',
      text: 'In 2009-10 the coach describes modelling lessons; in 2010-11, co-planning launches with teachers. A change in the role, not only in frequency.',
    });
  if (code)
    await addMemo(as(lead, '2011-03-06T09:30:00Z'), {
      partnershipId,
      subject: code.id,
      title: `Where ${code.name} ends`,
      text: 'Two coders disagreed on the edge of this code in the first double-coded interviews. Keep the definition; add an example from a coach interview.',
    });
  if (coding)
    await addMemo(as(analyst, '2011-03-07T16:00:00Z'), {
      partnershipId,
      subject: coding.id,
      title: 'Why this passage is coded so',
      text: 'The teacher speaks of what the coach expects, not of what the coach does: coded here rather than as the coach’s practice.',
    });
}
