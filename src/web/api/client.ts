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

/** Calls the API with the session cookie; changes carry the CSRF token the server gave at sign-in. */
export async function api<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['X-CSRF-Token'] = csrfToken;
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
    ...(init.signal && { signal: init.signal }),
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as ApiErrorBody | null;
    throw new ApiError(res.status, body?.error.code ?? 'internal', body?.error.message ?? `the server answered ${res.status}`, body?.error.details);
  }
  return (await res.json()) as T;
}

export const qs = (params: Record<string, string | number | undefined | null>) => {
  const entries = Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== null && e[1] !== '');
  return entries.length ? `?${new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString()}` : '';
};

/**
 * Sends a file as the request body and reports upload progress (fetch cannot), with the session's
 * CSRF token; resolves with the JSON answer.
 */
export function upload<T>(path: string, file: Blob, onProgress: (sent: number, total: number) => void, contentType = 'application/zip'): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Content-Type', contentType);
    xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.total || file.size);
    xhr.onerror = () => reject(new ApiError(0, 'network', 'the upload was interrupted'));
    xhr.onload = () => {
      const body = (() => {
        try {
          return JSON.parse(xhr.responseText) as unknown;
        } catch {
          return null;
        }
      })();
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else {
        const error = (body as ApiErrorBody | null)?.error;
        reject(new ApiError(xhr.status, error?.code ?? 'internal', error?.message ?? `the server answered ${xhr.status}`, error?.details));
      }
    };
    xhr.send(file);
  });
}
