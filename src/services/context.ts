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

/** The version fields of a record created now by the context's actor. */
export function firstVersion(ctx: ServiceContext, at: string = now(ctx)) {
  return { version: 1, created_by: ctx.actor, created_at: at, updated_by: ctx.actor, updated_at: at };
}

/** The retirement fields of a record in use. */
export const NOT_RETIRED = { retired_at: null, retired_by: null, retired_reason: null } as const;
