import type { Api } from '../../src/api/app.js';

export interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

/**
 * A browser-like client of the API: keeps the session cookie, and sends the CSRF token with
 * changes, as the web app does.
 */
export class ApiClient {
  private cookie = '';
  csrf = '';

  constructor(private readonly api: Api) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['x-csrf-token'] = this.csrf;
    const raw = body instanceof Uint8Array;
    // A form's content type, with its boundary, is the one the request writes.
    const form = body instanceof FormData;
    if (body !== undefined && !form && !h['content-type']) h['content-type'] = raw ? 'application/octet-stream' : 'application/json';
    const payload = body === undefined ? undefined : raw || form ? body : JSON.stringify(body);
    const res = await this.api.request(path, { method, headers: h, ...(payload !== undefined && { body: payload }) });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const value = /warrant_session=([^;]*)/.exec(setCookie)?.[1] ?? '';
      this.cookie = value ? `warrant_session=${value}` : '';
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // HTML pages and CSS answer as text
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  get = (path: string) => this.request('GET', path);
  send = (method: string, path: string, body?: unknown) => this.request(method, path, body);

  async signIn(email: string, password: string): Promise<Answer> {
    const answer = await this.send('POST', '/api/auth/sign-in', { email, password });
    if (answer.status === 200) this.csrf = answer.body.csrfToken;
    return answer;
  }
}

export async function signedIn(api: Api, email: string, password: string): Promise<ApiClient> {
  const client = new ApiClient(api);
  const answer = await client.signIn(email, password);
  if (answer.status !== 200) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(answer.body)}`);
  return client;
}
