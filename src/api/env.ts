import type { Context } from 'hono';
import type { RequestIdVariables } from 'hono/request-id';
import { invalid } from '../domain/errors.js';
import type { IdSource } from '../domain/ids.js';
import { createContext, type ServiceContext } from '../services/context.js';
import type { Store } from '../storage/store.js';

export const ACTOR_HEADER = 'X-Warrant-Actor';

export interface ApiDependencies {
  store: Store;
  ids?: IdSource;
  clock?: () => Date;
  /** Where request logs go (one line each, with the request ID). */
  log?: (line: string) => void;
}

export type ApiEnv = { Variables: RequestIdVariables & { deps: ApiDependencies } };

/**
 * The operation context of a request. Changes are recorded in the audit trail under the name the
 * client gives in the X-Warrant-Actor header; a change without one is refused.
 */
export function serviceContext(c: Context<ApiEnv>, mode: 'read' | 'write' = 'read'): ServiceContext {
  const deps = c.get('deps');
  const actor = c.req.header(ACTOR_HEADER)?.trim();
  if (mode === 'write' && !actor) {
    throw invalid(`a change needs the ${ACTOR_HEADER} header naming who makes it; it is recorded in the audit trail`, { field: ACTOR_HEADER });
  }
  if (actor && actor.length > 200) throw invalid(`the ${ACTOR_HEADER} header is at most 200 characters`, { field: ACTOR_HEADER });
  return createContext(deps.store, actor || 'reader', { ...(deps.ids && { ids: deps.ids }), ...(deps.clock && { clock: deps.clock }) });
}
