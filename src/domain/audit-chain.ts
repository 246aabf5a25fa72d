import { createHash } from 'node:crypto';

/**
 * The audit trail is a hash chain: each entry's hash covers its contents and the previous entry's
 * hash, so changing, removing or reordering any entry breaks every hash after it.
 */
export const GENESIS = '0'.repeat(64);

export interface ChainedFields {
  at: string;
  actor: string;
  action: string;
  entity_kind: string;
  entity_id: string;
  version: number | null;
  reason: string | null;
  /** The entry's data as stored (JSON text). */
  data: string;
}

export function chainHash(previous: string, e: ChainedFields): string {
  const canonical = JSON.stringify([previous, e.at, e.actor, e.action, e.entity_kind, e.entity_id, e.version, e.reason, e.data]);
  return createHash('sha256').update(canonical).digest('hex');
}

export interface ChainBreak {
  seq: number;
  reason: string;
}

/** Walks entries in order; returns where the chain first breaks, or null if it holds. */
export function verifyChain(
  entries: Iterable<ChainedFields & { seq: number; prev_hash: string | null; hash: string | null }>,
  start = GENESIS,
): ChainBreak | null {
  let previous = start;
  for (const e of entries) {
    if (e.prev_hash !== previous) return { seq: e.seq, reason: 'it does not follow the entry before it (an entry was removed, added or reordered)' };
    if (e.hash !== chainHash(previous, e)) return { seq: e.seq, reason: 'its contents do not match its hash (the entry was changed)' };
    previous = e.hash;
  }
  return null;
}
