import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { WarrantError } from '../domain/errors.js';
import { translateStorageError } from '../services/database.js';
import type { ApiEnv } from './env.js';

const STATUS: Record<WarrantError['code'], ContentfulStatusCode> = {
  not_found: 404,
  invalid: 400,
  conflict: 409,
  busy: 503,
  unauthenticated: 401,
  forbidden: 403,
  rate_limited: 429,
};

export function errorBody(c: Context<ApiEnv>, code: string, message: string, details?: Record<string, unknown>) {
  return { error: { code, message, ...(details && { details }), requestId: c.get('requestId') ?? '' } };
}

/** Every error reaches the client as the same JSON shape; internals (stacks, SQL) stay in the log. */
export function handleError(raw: Error, c: Context<ApiEnv>) {
  const err = translateStorageError(raw) as Error;
  if (err instanceof WarrantError) return c.json(errorBody(c, err.code, err.message, err.details), STATUS[err.code]);
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const code = status === 413 ? 'payload_too_large' : status === 404 ? 'not_found' : 'invalid';
    return c.json(errorBody(c, code, err.message || 'bad request'), status);
  }
  c.get('deps')?.log?.(`[${c.get('requestId')}] ${c.req.method} ${c.req.path} failed: ${err.stack ?? err.message}`);
  return c.json(errorBody(c, 'internal', 'something went wrong on the server; the request ID identifies it in the server log'), 500);
}
