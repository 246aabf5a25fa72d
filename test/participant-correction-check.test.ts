import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.js';
import { checkPartnership } from '../src/services/check.js';
import { editParticipant } from '../src/services/participants.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';

/**
 * A correction moves past interviews to another school or role group: the summaries that cited
 * them were scoped by the old ones, and `warrant check` names the claims now resting on evidence
 * from outside their scope, for the team to review.
 */
describe('correcting the past interviews of a participant whose words a summary cites', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
  }, 120_000);
  afterAll(() => t?.close());

  it('has warrant check name the claims of the old school that cite them', async () => {
    const pid = (await resolvePartnership(t.ctx)).id;
    expect(await checkPartnership(t.ctx, pid)).toEqual([]);
    const s = t.store.db;
    // A teacher whose ISF entry a school summary's claim cites.
    const cited = await s
      .selectFrom('citation as c')
      .innerJoin('claim as cl', 'cl.id', 'c.citing_id')
      .innerJoin('summary as su', 'su.id', 'cl.summary_id')
      .innerJoin('isf_entry as e', 'e.id', 'c.cited_id')
      .innerJoin('isf as f', 'f.id', 'e.isf_id')
      .innerJoin('interview as i', 'i.id', 'f.interview_id')
      .select(['i.participant_id', 'su.school_id', 'cl.id as claim_id'])
      .where('su.kind', '=', 'school')
      .where('i.role', '=', 'teacher')
      .executeTakeFirstOrThrow();
    const teacher = (await t.store.participants.byId(cited.participant_id))!;
    const other = (await t.store.organizations.list(pid, 'school')).find((o) => o.district_id === teacher.district_id && o.id !== cited.school_id)!;
    const edited = await editParticipant(t.ctx, {
      id: teacher.id,
      school: other.id,
      alsoPastInterviews: true,
      reason: 'taught at the other school all along',
      expectedVersion: teacher.version,
    });
    expect(edited.interviewsCorrected).toBeGreaterThan(0);
    const issues = await checkPartnership(t.ctx, pid);
    expect(issues.map((i) => JSON.stringify(i)).join('\n')).toContain(cited.claim_id);
  });
});
