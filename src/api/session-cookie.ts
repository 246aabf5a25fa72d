import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { WarrantError } from '../domain/errors.js';
import { createContext } from '../services/context.js';
import { SESSION_DAYS, sessionPrincipal } from '../services/sessions.js';
import type { ApiEnv } from './env.js';

export const SESSION_COOKIE = 'warrant_session';
export const CSRF_HEADER = 'X-CSRF-Token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function setSessionCookie(c: Context<ApiEnv>, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: Boolean(c.get('deps').secureCookies),
    path: '/',
    maxAge: SESSION_DAYS * 86_400,
  });
}

export const clearSessionCookie = (c: Context<ApiEnv>): void => {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
};

/** Finds the signed-in account from the session cookie (an unknown or ended session is anonymous). */
export const authenticate: MiddlewareHandler<ApiEnv> = async (c, next) => {
  c.set('principal', null);
  c.set('session', null);
  const token = getCookie(c, SESSION_COOKIE);
  if (token) {
    const deps = c.get('deps');
    const found = await sessionPrincipal(createContext(deps.store, 'session'), token, Boolean(deps.demoMode));
    if (found) {
      c.set('principal', found.principal);
      c.set('session', found.session);
    }
  }
  await next();
};

/**
 * Cross-site request forgery, first line: a browser's Origin on a change, when sent, must be this
 * server, as the request reached it or at its public URL (behind a TLS proxy the request itself
 * arrives over plain HTTP).
 */
export const sameOrigin: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const origin = c.req.header('Origin');
  const publicUrl = c.get('deps').publicUrl;
  if (!SAFE_METHODS.has(c.req.method) && origin && origin !== new URL(c.req.url).origin && origin !== publicUrl) {
    throw new WarrantError('forbidden', `requests from ${origin} are not accepted`);
  }
  await next();
};

/**
 * Second line, for the API: a change made with the session cookie must also carry the session's
 * CSRF token in a header, which another site's page cannot read.
 */
export const csrfToken: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const session = c.get('session');
  if (!SAFE_METHODS.has(c.req.method) && session && c.req.header(CSRF_HEADER) !== session.csrf_token) {
    throw new WarrantError('forbidden', `a change needs the ${CSRF_HEADER} header with the token given at sign-in`);
  }
  await next();
};
