import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApi } from './app.js';
import type { ApiDependencies } from './env.js';

/**
 * The server on a free port of the loopback, for the browser tests, the benchmarks and the soak
 * runs. Unless told otherwise, the links it hands out point at where it listens.
 */
export function serveOnFreePort(deps: ApiDependencies): Promise<{ url: string; stop: () => Promise<void> }> {
  const api = createApi(deps);
  return new Promise((resolve) => {
    const server = serve({ fetch: api.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      const url = `http://127.0.0.1:${info.port}`;
      deps.publicUrl ??= url;
      resolve({ url, stop: () => new Promise((done) => server.close(() => done())) });
    });
  });
}
