import type { Context } from 'hono';
import type { RequestIdVariables } from 'hono/request-id';
import type { Principal } from '../domain/access.js';
import { notFound, WarrantError } from '../domain/errors.js';
import type { IdSource } from '../domain/ids.js';
import type { ArtifactReader } from '../importers/artifacts/reader.js';
import { createContext, type ServiceContext } from '../services/context.js';
import { partnershipOfRecord } from '../services/ownership.js';
import type { PartnershipRow } from '../storage/repositories/partnership.repository.js';
import type { SessionRow } from '../storage/repositories/session.repository.js';
import type { Store } from '../services/database.js';

export interface ApiDependencies {
  store: Store;
  ids?: IdSource;
  clock?: () => Date;
  /** Where request logs go (one line each, with the request ID). */
  log?: (line: string) => void;
  /** The server runs the demo: the demo accounts may sign in. */
  demoMode?: boolean;
  /** Send cookies only over HTTPS (set when the server sits behind TLS). */
  secureCookies?: boolean;
  /** The server sits behind a proxy that writes the client's address into X-Forwarded-For. */
  trustProxy?: boolean;
  /**
   * Where people reach the server (scheme, host and port, no path): every link it hands out is built
   * on it, never on the request's Host header, which the client writes. By default the address
   * `warrant serve` listens on by default.
   */
  publicUrl?: string;
  /** Where the built web app is (by default dist/web beside the compiled server). */
  webRoot?: string;
  /** Reads uploaded artifacts (by default the process-wide reader, with ARTIFACT_READER_LIMITS). */
  artifactReader?: ArtifactReader;
}

/** Where `warrant serve` listens unless told otherwise. */
export const DEFAULT_LISTEN = { host: '127.0.0.1', port: 3000 } as const;

/** The address of a server listening on this host and port. */
export const listeningAt = (host: string, port: number): string => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

export const DEFAULT_PUBLIC_URL = listeningAt(DEFAULT_LISTEN.host, DEFAULT_LISTEN.port);

/** Where the links the server hands out point (an invitation, a password reset), whatever Host the request named. */
export const publicUrlOf = (c: Context<ApiEnv>): string => c.get('deps').publicUrl ?? DEFAULT_PUBLIC_URL;

export type ApiEnv = {
  Variables: RequestIdVariables & {
    deps: ApiDependencies;
    /** The signed-in account and its roles; null for an anonymous request. */
    principal: Principal | null;
    session: SessionRow | null;
    /** The partnership of a `{partnershipId}` route, once its policy has resolved it. */
    partnership?: PartnershipRow;
  };
};

/**
 * The operation context of a request: changes are recorded in the audit trail under the signed-in
 * account's email. Routes that change data are guarded by a policy that requires an account.
 */
export function serviceContext(c: Context<ApiEnv>, actor?: string): ServiceContext {
  const deps = c.get('deps');
  const principal = c.get('principal');
  const who = actor ?? principal?.email;
  if (!who) throw new WarrantError('unauthenticated', 'sign in first');
  return createContext(deps.store, who, { ...(deps.ids && { ids: deps.ids }), ...(deps.clock && { clock: deps.clock }) });
}

/** The signed-in principal (routes behind a policy always have one). */
export function principalOf(c: Context<ApiEnv>): Principal {
  const principal = c.get('principal');
  if (!principal) throw new WarrantError('unauthenticated', 'sign in first');
  return principal;
}

/** The partnership of the record an item route names (the policy has let the caller through to it). */
export async function partnershipOfItem(c: Context<ApiEnv>, id: string, what: string): Promise<string> {
  const p = await partnershipOfRecord(serviceContext(c), id);
  if (!p) throw notFound(what, JSON.stringify(id));
  return p;
}
