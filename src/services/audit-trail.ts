import type { ChainBreak } from '../domain/audit-chain.js';
import { toCsv } from '../exporters/safe-csv.js';
import type { ServiceContext } from './context.js';

export const AUDIT_CSV_COLUMNS = ['seq', 'at', 'actor', 'action', 'entity_kind', 'entity_id', 'version', 'reason', 'data', 'prev_hash', 'hash'] as const;

/** `warrant audit verify`: whether the hash chain of the audit trail holds from its first entry to its last. */
export function verifyAuditTrail(ctx: ServiceContext): Promise<{ entries: number; broken: ChainBreak | null }> {
  return ctx.store.audit.verify();
}

/** The whole audit trail as CSV (safe to open in a spreadsheet), a page of entries at a time. */
export async function* auditTrailCsv(ctx: ServiceContext): AsyncGenerator<string> {
  let header = true;
  for await (const page of ctx.store.audit.pages()) {
    yield toCsv(AUDIT_CSV_COLUMNS, page, header);
    header = false;
  }
  if (header) yield toCsv(AUDIT_CSV_COLUMNS, []);
}
