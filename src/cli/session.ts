import { userInfo } from 'node:os';
import type { Command } from 'commander';
import type { PartnershipRow } from '../storage/repositories/partnership.repository.js';
import { createContext, type ServiceContext } from '../services/context.js';
import { resolvePartnership } from '../services/partnerships.js';
import { type DatabaseTarget, openStore, resolveDatabaseTarget } from '../services/database.js';

export interface GlobalOptions {
  db?: string;
  as?: string;
  partnership?: string;
  json?: boolean;
}

export const globals = (cmd: Command): GlobalOptions => cmd.optsWithGlobals<GlobalOptions>();

/** Who the command acts as, for the audit trail: --as, else $WARRANT_USER, else the login name. */
export function actorOf(o: GlobalOptions): string {
  const name = o.as?.trim() || process.env.WARRANT_USER?.trim();
  if (name) return name;
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

export interface Session {
  ctx: ServiceContext;
  target: DatabaseTarget;
  close: () => Promise<void>;
}

export async function openSession(o: GlobalOptions): Promise<Session> {
  const target = resolveDatabaseTarget(o.db);
  const store = await openStore(target);
  return { ctx: createContext(store, actorOf(o)), target, close: () => store.destroy() };
}

/** Runs a command against the database, closing it afterwards whatever happens. */
export async function withSession<T>(cmd: Command, work: (s: Session, o: GlobalOptions) => Promise<T>): Promise<T> {
  const o = globals(cmd);
  const session = await openSession(o);
  try {
    return await work(session, o);
  } finally {
    await session.close();
  }
}

export const partnershipOf = (s: Session, o: GlobalOptions): Promise<PartnershipRow> => resolvePartnership(s.ctx, o.partnership);
