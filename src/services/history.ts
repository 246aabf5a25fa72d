import { kindOfId } from '../domain/ids.js';
import { actorNames } from './accounts.js';
import type { ServiceContext } from './context.js';

export interface HistoryEntry {
  seq: number;
  at: string;
  actor: string;
  /** Who that is, as readers know them (services/accounts actorNames). */
  actorName: string;
  action: string;
  entityKind: string;
  entityId: string;
  version: number | null;
  reason: string | null;
  data: unknown;
}

/**
 * Who changed what, when and why: the audit trail of a record (and of the entries of a form or the
 * claims of a summary), with the citations they made and withdrew.
 */
export async function history(ctx: ServiceContext, id: string): Promise<HistoryEntry[]> {
  const { store } = ctx;
  const ids = [id];
  const kind = kindOfId(id);
  if (kind === 'isf') ids.push(...(await store.isfs.entries(id)).map((e) => e.id));
  if (kind === 'summary') ids.push(...(await store.summaries.claims(id)).map((c) => c.id));
  ids.push(...(await store.citations.idsEverFrom(ids)));
  const rows = (await Promise.all(ids.map((i) => store.audit.forEntity(i)))).flat().sort((a, b) => a.seq - b.seq);
  const names = await actorNames(
    ctx,
    rows.map((r) => r.actor),
  );
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    actorName: names.get(r.actor)!,
    action: r.action,
    entityKind: r.entity_kind,
    entityId: r.entity_id,
    version: r.version,
    reason: r.reason,
    data: JSON.parse(r.data) as unknown,
  }));
}
