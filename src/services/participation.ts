import { rolePlural } from '../domain/strategy.js';
import type { ServiceContext } from './context.js';

export const NO_PREVIOUS_CYCLE = 'no previous cycle to compare with';

/** Participants of each role group interviewed in the district in the cycle, and those also interviewed in the previous cycle. */
export async function participation(ctx: ServiceContext, partnershipId: string, districtId: string, cycleId: string) {
  const cycles = await ctx.store.cycles.list(partnershipId);
  const index = cycles.findIndex((c) => c.id === cycleId);
  const previous = index > 0 ? cycles[index - 1] : undefined;
  const interviews = (await ctx.store.interviews.listAll(partnershipId)).filter((i) => i.district_id === districtId);
  const people = (cycle: string | undefined, role: string) =>
    new Set(interviews.filter((i) => i.cycle_id === cycle && i.role === role).map((i) => i.participant_id));
  return {
    count: (role: string) => people(cycleId, role).size,
    /** How a practice's change was compared: the same participants across the two cycles, where there are some. */
    comparison: (role: string) => {
      if (!previous) return NO_PREVIOUS_CYCLE;
      const now = people(cycleId, role);
      const both = [...people(previous.id, role)].filter((p) => now.has(p)).length;
      return both
        ? `compared for the ${both} ${rolePlural(role).toLowerCase()} interviewed in both ${previous.label} and this cycle`
        : `no ${rolePlural(role).toLowerCase()} were interviewed in both cycles`;
    },
  };
}
