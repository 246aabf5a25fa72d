import createClient, { createFinalURL, defaultPathSerializer, type MethodResponse, type ParamsOption } from 'openapi-fetch';
import type { PathsWithMethod } from 'openapi-typescript-helpers';
import type { paths } from './openapi';
import type { ApiErrorBody } from './types';

/** An error answered by the API, with its code and message (and details, e.g. the current text on a conflict). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

let csrfToken = '';
export const setCsrfToken = (token: string) => {
  csrfToken = token;
};

/** A query string (with its `?`, or empty) of the parameters given: empty filters are left out. */
export const qs = (params: Record<string, unknown>) => {
  const entries = Object.entries(params).filter((e): e is [string, string | number | boolean] => e[1] !== undefined && e[1] !== null && e[1] !== '');
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
};

/**
 * The API, typed from its own OpenAPI document (openapi.d.ts, `npm run api:types`): each call names
 * a path of the document with its parameters and body. Calls carry the session cookie; changes carry
 * the CSRF token the server gave at sign-in. Wrap a call in `answer` for its JSON.
 */
export const api = createClient<paths>({ credentials: 'same-origin', querySerializer: qs });
api.use({
  onRequest({ request }) {
    if (request.method !== 'GET') request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
});

const apiError = (status: number, body: unknown) => {
  const error = (body as ApiErrorBody | null | undefined)?.error;
  return new ApiError(status, error?.code ?? 'internal', error?.message ?? `the server answered ${status}`, error?.details);
};

/** The JSON a call answered, or the API's error (status, code, message, details) thrown. */
export async function answer<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw apiError(response.status, error);
  return data as T;
}

/** What the server says of itself at /api, the one answer outside the OpenAPI document (it names the document). */
export async function serverInfo(): Promise<{ demoMode: boolean; version: string }> {
  const res = await fetch('/api', { credentials: 'same-origin' });
  if (!res.ok) throw apiError(res.status, await res.json().catch(() => null));
  return (await res.json()) as { demoMode: boolean; version: string };
}

/** What a GET of a path of the document answers, for components that take it as a prop. */
export type Answer<P extends PathsWithMethod<paths, 'get'>> = MethodResponse<typeof api, 'get', P>;

type UploadPath = PathsWithMethod<paths, 'post'>;

/**
 * Sends a file as the request body and reports upload progress (fetch cannot), with the session's
 * CSRF token; resolves with the path's JSON answer.
 */
export function upload<P extends UploadPath>(
  path: P,
  params: NonNullable<ParamsOption<paths[P]['post']>['params']>,
  file: Blob | FormData,
  onProgress: (sent: number, total: number) => void,
  contentType: string | null = 'application/zip',
): Promise<MethodResponse<typeof api, 'post', P>> {
  const url = createFinalURL(path, { baseUrl: '', params, querySerializer: qs, pathSerializer: defaultPathSerializer });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    // A form's content type, with its boundary, is the one the browser writes.
    if (contentType !== null) xhr.setRequestHeader('Content-Type', contentType);
    xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.total || (file instanceof Blob ? file.size : 0));
    xhr.onerror = () => reject(new ApiError(0, 'network', 'the upload was interrupted'));
    xhr.onload = () => {
      const body = (() => {
        try {
          return JSON.parse(xhr.responseText) as unknown;
        } catch {
          return null;
        }
      })();
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as MethodResponse<typeof api, 'post', P>);
      else reject(apiError(xhr.status, body));
    };
    xhr.send(file);
  });
}
