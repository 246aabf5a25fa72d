import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import type { ApiEnv } from './env.js';
import { errorBody } from './errors.js';
import { declare, PUBLIC } from './policy.js';

/** The built web app (vite build → dist/web), served by the same process as the API. */
export const WEB_ROOT = fileURLToPath(new URL('../web/', import.meta.url));

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const NOT_BUILT = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Warrant</title></head>
<body><main><h1>The web app is not built</h1><p>Run <code>npm run build</code>, then reload. The API answers at <a href="/api">/api</a>.</p></main></body></html>`;

export function registerWebApp(app: Hono<ApiEnv>, root = WEB_ROOT): void {
  app.get('/assets/*', declare(app, 'GET', '/assets/*', PUBLIC), async (c) => {
    const path = normalize(join(root, c.req.path));
    if (!path.startsWith(join(root, 'assets') + sep)) return c.json(errorBody(c, 'not_found', 'no such file'), 404);
    try {
      const body = await readFile(path);
      // Built assets carry a content hash in their names: they never change.
      return c.body(body, 200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'public, max-age=31536000, immutable' });
    } catch {
      return c.json(errorBody(c, 'not_found', 'no such file'), 404);
    }
  });

  // Every other page address is the app's: it reads the address and shows the page.
  app.get('/*', declare(app, 'GET', '/*', PUBLIC), async (c, next) => {
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return next();
    const index = join(root, 'index.html');
    if (!existsSync(index)) return c.html(NOT_BUILT, 503);
    return c.html(await readFile(index, 'utf8'), 200, { 'Cache-Control': 'no-cache' });
  });
}
