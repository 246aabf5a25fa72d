import { demoClock } from '../../src/demo/demo-clock.js';
import { DEMO_ACCOUNTS } from '../../src/demo/demo-accounts.js';
import type { ServiceContext } from '../../src/services/context.js';
import { designDocumentState, designScope, issueVersion, respondToMemberCheck, sendMemberCheck } from '../../src/services/design-documents.js';
import { recordReportSent } from '../../src/services/feedback.js';
import { editElement } from '../../src/services/strategies.js';

export const LAKESIDE = 'Lakeside Public Schools';
export const EARLIER = '2009-10';
export const CORRECTION_2009 = 'The Learning Walks began in March 2010, twice in each school.';

/**
 * On the demo, where only 2010-11 was shared: Lakeside's 2009-10 design document issued, sent to its
 * partner leader, corrected by them and issued again with the correction, and its 2009-10 feedback
 * report recorded as sent, as a team recording its first year would.
 */
export async function shareLakesideEarlierYear(ctx: ServiceContext, partnershipId: string): Promise<{ checkId: string }> {
  const partner = DEMO_ACCOUNTS.find((a) => a.role === 'partner')!;
  const account = (await ctx.store.accounts.byEmail(partner.email))!;
  const team = { ...ctx, actor: 'lead@demo.warrant.test', clock: demoClock('2009-11-05T10:00:00Z') };
  const first = await issueVersion(team, { partnershipId, district: LAKESIDE, cycle: EARLIER });
  const check = await sendMemberCheck(team, { versionId: first.id, recipients: [partner.email], message: 'Please check the 2009-10 strategies.' });
  const scope = await designScope(ctx, partnershipId, LAKESIDE, EARLIER);
  const [section] = (await designDocumentState(ctx, scope)).current.sections;
  const correction = await respondToMemberCheck(
    { ...ctx, actor: partner.email, clock: demoClock('2009-11-12T16:00:00Z') },
    { checkId: check.check.id, accountId: account.id, section: section!.key, response: 'correct', text: CORRECTION_2009 },
  );
  const later = { ...team, clock: demoClock('2009-11-20T10:00:00Z') };
  const walks = (await ctx.store.strategies.elements([section!.key])).find((e) => e.description.startsWith('Learning Walks'))!;
  await editElement(later, { id: walks.id, changes: { frequency: 'twice a year in each school' }, expectedVersion: walks.version, reason: 'Member check' });
  await issueVersion(later, {
    partnershipId,
    district: LAKESIDE,
    cycle: EARLIER,
    reason: 'Member check: Learning Walks twice a year',
    applies: [correction.id],
  });
  await recordReportSent({ ...team, clock: demoClock('2010-05-14T10:00:00Z') }, { partnershipId, district: LAKESIDE, cycle: EARLIER, sentOn: '2010-05-14' });
  return { checkId: check.check.id };
}

/** A school year begun with nothing shared in it yet: the latest cycle, empty. */
export async function beginCycle(ctx: ServiceContext, partnershipId: string, label: string): Promise<void> {
  await ctx.store.cycles.insert({ id: ctx.ids.next('cycle'), partnership_id: partnershipId, label, created_at: new Date().toISOString() });
}
