import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { ApiEnv } from './env.js';

function socketAddress(c: Context<ApiEnv>): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // not served over a socket (tests call the app directly)
  }
}

/**
 * The client's address, for rate limiting. X-Forwarded-For is anyone's to write, so it is read only
 * behind a proxy the server was told to trust (`warrant serve --trust-proxy`), and then only its last
 * entry: the address the proxy itself saw (earlier entries come from the client).
 */
export function clientAddress(c: Context<ApiEnv>): string {
  if (c.get('deps').trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded && isIP(forwarded)) return forwarded;
  }
  return socketAddress(c);
}
