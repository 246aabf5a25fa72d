import { randomBytes } from 'node:crypto';
import { type EntityKind, type IdSource, idFromBytes } from '../domain/ids.js';
import type { AuditEntry } from '../storage/repositories/audit.repository.js';
import type { Store } from '../storage/store.js';

/** What every operation needs: the data, who is acting, and the sources of IDs and time. */
export interface ServiceContext {
  store: Store;
  /** The person (account) making the change, written into the audit trail. */
  actor: string;
  ids: IdSource;
  clock: () => Date;
}

export const randomIds: IdSource = { next: (kind: EntityKind) => idFromBytes(kind, randomBytes(16)) };

export function createContext(store: Store, actor: string, options: { ids?: IdSource; clock?: () => Date } = {}): ServiceContext {
  return { store, actor, ids: options.ids ?? randomIds, clock: options.clock ?? (() => new Date()) };
}

export const now = (ctx: ServiceContext): string => ctx.clock().toISOString();

/** Runs `work` in one transaction with a context bound to it. */
export function inTransaction<T>(ctx: ServiceContext, work: (tx: ServiceContext) => Promise<T>): Promise<T> {
  return ctx.store.transaction((store) => work({ ...ctx, store }));
}

/** Appends to the audit trail as the context's actor, now. */
export function audit(ctx: ServiceContext, entry: Omit<AuditEntry, 'actor' | 'at'> & { at?: string }): Promise<void> {
  return ctx.store.audit.append({ ...entry, actor: ctx.actor, at: entry.at ?? now(ctx) });
}
