import type { InstrumentKind } from '../domain/instrument.js';
import type { ServiceContext } from './context.js';

export interface InstrumentSummary {
  id: string;
  name: string;
  kind: InstrumentKind;
  description: string;
  items: number;
  /** Responses stored in each cycle, in the partnership's order of cycles. */
  responses: { cycle: string; count: number }[];
  version: number;
}

/** The partnership's instruments, each with its items and its responses per cycle. */
export async function listInstruments(ctx: ServiceContext, partnershipId: string): Promise<InstrumentSummary[]> {
  const [instruments, tallies, cycles] = await Promise.all([
    ctx.store.instruments.list(partnershipId),
    ctx.store.instruments.tallies(partnershipId),
    ctx.store.cycles.list(partnershipId),
  ]);
  return instruments.map((i) => ({
    id: i.id,
    name: i.name,
    kind: i.kind,
    description: i.description,
    items: tallies.items.get(i.id) ?? 0,
    responses: cycles
      .map((c) => ({ cycle: c.label, count: tallies.responses.find((r) => r.instrumentId === i.id && r.cycleId === c.id)?.n ?? 0 }))
      .filter((r) => r.count > 0),
    version: i.version,
  }));
}
