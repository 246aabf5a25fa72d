import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { allows, type Permission, type Principal, visiblePartnerships } from '../domain/access.js';
import { invalid, notFound, WarrantError } from '../domain/errors.js';
import { resolvePartnership } from '../services/partnerships.js';
import type { PartnershipRow } from '../storage/repositories/partnership.repository.js';
import { type ApiEnv, serviceContext } from './env.js';
import { districtOfRecord, partnershipOfRecord } from '../services/ownership.js';

/**
 * Every route declares who may use it: a permission (see domain/access) and how to find the
 * partnership the request concerns. The declaration is enforced by middleware before the handler
 * runs, and recorded, so that a test can walk every route of the router and find none undeclared.
 */
export type Scope =
  /** Not about one partnership (signing in, the list of one's partnerships). */
  | { kind: 'none' }
  /** The `{partnershipId}` path parameter (an ID or a name). */
  | { kind: 'partnership' }
  /** The partnership of the item whose ID is the `{id}` path parameter. */
  | { kind: 'item' }
  /** The partnership of the item whose ID is in this field of the JSON body. */
  | { kind: 'body-item'; field: string };

export interface RoutePolicy {
  permission: Permission;
  scope: Scope;
}

const registries = new WeakMap<object, Map<string, RoutePolicy>>();

export const routeKey = (method: string, path: string): string => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`;

export function policiesOf(app: object): Map<string, RoutePolicy> {
  let registry = registries.get(app);
  if (!registry) registries.set(app, (registry = new Map()));
  return registry;
}

/** What an item route's `{id}` names, from the path's segment before it, for "… does not exist". */
export const ITEM_NAMES: Record<string, string> = {
  excerpts: 'passage',
  codings: 'coding',
  interviews: 'interview',
  isfs: 'ISF',
  'isf-templates': 'ISF template',
  summaries: 'summary',
  claims: 'claim',
  findings: 'finding',
  trace: 'finding, claim or ISF entry',
  history: 'record',
  'support-types': 'support type',
  strategies: 'strategy',
  'strategy-elements': 'strategy element',
  'strategy-evidence': 'evidence',
  artifacts: 'artifact',
  districts: 'district',
  organizations: 'district, school or unit',
  participants: 'participant',
  'participant-attributes': 'participant attribute',
  'ddd-versions': 'design document version',
  'member-checks': 'member check',
  'member-check-responses': 'member-check response',
  assessments: 'assessment',
  explanations: 'explanation',
  recommendations: 'recommendation',
  conjectures: 'conjecture',
  'theory-iterations': 'iteration of the theory of action',
  'theory-components': 'component of the theory of action',
  codes: 'code',
  memos: 'memo',
  rubrics: 'rubric',
  scores: 'score',
  instruments: 'instrument',
  scales: 'scale',
};

function itemName(path: string): string {
  const segment = /\/([\w-]+)\/\{id\}/.exec(path)?.[1];
  return (segment && ITEM_NAMES[segment]) ?? 'record';
}

/**
 * The partnership a request concerns; for one found through a name or an ID, also what to answer to
 * a caller who may not see it: that it does not exist, word for word as if it did not.
 */
async function partnershipConcerned(
  c: Context<ApiEnv>,
  scope: Scope,
  path: string,
): Promise<{ partnershipId: string | null; districtId?: string | null; missing?: () => WarrantError }> {
  if (scope.kind === 'none') return { partnershipId: null };
  const ctx = serviceContext(c, 'policy');
  if (scope.kind === 'partnership') {
    const param = c.req.param('partnershipId');
    if (!param) return { partnershipId: null };
    const partnership = await resolvePartnership(ctx, param);
    c.set('partnership', partnership);
    return { partnershipId: partnership.id, missing: () => notFound('partnership', JSON.stringify(param)) };
  }
  let id: unknown;
  if (scope.kind === 'item') id = c.req.param('id');
  else {
    const body: unknown = await c.req.json().catch(() => {
      throw invalid('the request body is not valid JSON');
    });
    id = body && typeof body === 'object' ? (body as Record<string, unknown>)[scope.field] : undefined;
    if (typeof id !== 'string' || !id) throw invalid(`${scope.field}: required`, { field: scope.field });
  }
  // Made only when it is answered: an error's stack trace costs more than the rest of the check.
  const missing = () => notFound(scope.kind === 'item' ? itemName(path) : 'record', JSON.stringify(String(id)));
  const partnershipId = typeof id === 'string' ? await partnershipOfRecord(ctx, id) : undefined;
  if (!partnershipId) throw missing();
  return { partnershipId, districtId: (await districtOfRecord(ctx, id as string)) ?? null, missing };
}

/** Whether the caller may know that the partnership (and for an item, the item) exists at all. */
function maySee(principal: Principal | null, scope: Scope, partnershipId: string | null, districtId: string | null): boolean {
  if (!principal || partnershipId === null) return false;
  if (scope.kind === 'partnership') return visiblePartnerships(principal)(partnershipId);
  return allows(principal, 'team:read', partnershipId) || allows(principal, 'shared:read', partnershipId, districtId);
}

export function enforce(policy: RoutePolicy, path: string): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (policy.permission !== 'public' && !principal) throw new WarrantError('unauthenticated', 'sign in first');
    const { partnershipId, districtId = null, missing } = await partnershipConcerned(c, policy.scope, path);
    if (!allows(principal, policy.permission, partnershipId, districtId)) {
      // What one may not see is not said to exist (another partnership, by name or ID, answers as an
      // unknown one does); what one may see but not change is refused as such.
      if (missing && !maySee(principal, policy.scope, partnershipId, districtId)) throw missing();
      throw new WarrantError('forbidden', 'your role in this partnership does not allow this');
    }
    await next();
  };
}

/**
 * A second item a route names (in its query or body) is held to the same rule as the one its
 * policy checks: one the caller may not see answers as one that does not exist.
 */
export async function mustSee(c: Context<ApiEnv>, permission: Permission, id: string, what: string): Promise<void> {
  const ctx = serviceContext(c, 'policy');
  const partnershipId = (await partnershipOfRecord(ctx, id)) ?? null;
  if (!partnershipId || !allows(c.get('principal'), permission, partnershipId, (await districtOfRecord(ctx, id)) ?? null))
    throw notFound(what, JSON.stringify(id));
}

/** The partnership a `{partnershipId}` route concerns: the one its policy resolved, read once a request. */
export async function routePartnership(c: Context<ApiEnv>): Promise<PartnershipRow> {
  return c.get('partnership') ?? resolvePartnership(serviceContext(c), c.req.param('partnershipId'));
}

/** Declares the policy of an OpenAPI route and puts its enforcement in front of the handler. */
export function guard<R extends { method: string; path: string }>(app: OpenAPIHono<ApiEnv>, policy: RoutePolicy, route: R): R {
  policiesOf(app).set(routeKey(route.method, route.path), policy);
  return { ...route, middleware: [enforce(policy, route.path)] } as R;
}

/** Declares the policy of a plain route (not in the OpenAPI document). */
export function declare(app: object, method: string, path: string, policy: RoutePolicy): MiddlewareHandler<ApiEnv> {
  policiesOf(app).set(routeKey(method, path), policy);
  return enforce(policy, path);
}

export const PUBLIC: RoutePolicy = { permission: 'public', scope: { kind: 'none' } };
export const SIGNED_IN: RoutePolicy = { permission: 'signed-in', scope: { kind: 'none' } };
export const teamRead = (scope: Scope): RoutePolicy => ({ permission: 'team:read', scope });
export const teamWrite = (scope: Scope): RoutePolicy => ({ permission: 'team:write', scope });
export const teamLead = (scope: Scope): RoutePolicy => ({ permission: 'team:lead', scope });
export const sharedRead = (scope: Scope): RoutePolicy => ({ permission: 'shared:read', scope });
export const sharedRespond = (scope: Scope): RoutePolicy => ({ permission: 'shared:respond', scope });
export const ADMIN: RoutePolicy = { permission: 'admin', scope: { kind: 'none' } };
export const PARTNERSHIP: Scope = { kind: 'partnership' };
export const ITEM: Scope = { kind: 'item' };
