import { UPTAKE_LABELS, type UptakeStatus } from '../domain/theory-of-action.js';
import type { ServiceContext } from './context.js';

export interface UptakeLine {
  recommendationId: string;
  district: string;
  districtId: string;
  cycle: string;
  strategy: string;
  text: string;
  /** The conjectures it was based on: what its uptake is evidence about. */
  conjectures: { id: string; text: string }[];
  uptake: {
    id: string;
    cycle: string;
    status: UptakeStatus;
    label: string;
    note: string;
    /** The version an edit names. */
    version: number;
    /** The passages of that autumn's leader interviews it cites. */
    passages: { id: string; quote: string }[];
  } | null;
}

/** Every recommendation across districts and years, with whether the district acted on it. */
export async function uptakeOverview(ctx: ServiceContext, partnershipId: string): Promise<UptakeLine[]> {
  const { store } = ctx;
  const recommendations = await store.feedback.recommendations(partnershipId);
  const uptakes = await store.feedback.uptakes(partnershipId);
  const links = await store.feedback.links(recommendations.map((r) => r.id));
  const cited = await store.feedback.linksWithCited(uptakes.map((u) => u.id));
  const cycles = new Map((await store.cycles.list(partnershipId)).map((c) => [c.id, c.label]));
  const districts = new Map((await store.organizations.list(partnershipId, 'district')).map((d) => [d.id, d.name]));
  const out: UptakeLine[] = [];
  for (const r of recommendations) {
    const strategy = (await store.strategies.byId(r.strategy_id))!;
    const u = uptakes.filter((x) => x.recommendation_id === r.id).at(-1);
    const conjectures = [];
    for (const l of links.filter((x) => x.citing_id === r.id && x.cited_kind === 'conjecture')) {
      const c = await store.theory.conjectureById(l.cited_id);
      if (c) conjectures.push({ id: c.id, text: c.text });
    }
    out.push({
      recommendationId: r.id,
      district: districts.get(strategy.district_id) ?? '',
      districtId: strategy.district_id,
      cycle: cycles.get(strategy.cycle_id) ?? '',
      strategy: strategy.name,
      text: r.text,
      conjectures,
      uptake: u
        ? {
            id: u.id,
            cycle: cycles.get(u.cycle_id) ?? '',
            status: u.status,
            label: UPTAKE_LABELS[u.status],
            note: u.note,
            version: u.version,
            passages: cited.filter((l) => l.citing_id === u.id && l.cited_kind === 'excerpt').map((l) => ({ id: l.cited_id, quote: l.quote ?? '' })),
          }
        : null,
    });
  }
  return out.sort((a, b) => a.district.localeCompare(b.district) || a.cycle.localeCompare(b.cycle));
}
