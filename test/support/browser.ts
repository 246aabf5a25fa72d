import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createApi } from '../../src/api/app.js';
import type { Store } from '../../src/storage/store.js';

/** The server (API and built web app) on a free port, for browser tests. */
export async function startServer(store: Store): Promise<{ url: string; stop: () => Promise<void> }> {
  // The built app (npm test builds it first); WEB_ROOT points there only from compiled code.
  const api = createApi({ store, demoMode: true, webRoot: fileURLToPath(new URL('../../dist/web/', import.meta.url)) });
  return new Promise((resolve) => {
    const server = serve({ fetch: api.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
      resolve({ url: `http://127.0.0.1:${info.port}`, stop: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** Debian's Chromium, headless, as the probe of this machine runs it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function signIn(page: Page, url: string, who: 'lead' | 'analyst' | 'observer' | 'partner' | 'admin' = 'analyst'): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByLabel('Email').fill(`${who}@demo.warrant.test`);
  await page.getByLabel('Password').fill(`demo-${who}-password`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/**
 * Selects the words of a transcript turn that contain `quote`, as a reader would with the mouse.
 * (Code run in the page is written as JavaScript text: this test code is compiled without the DOM's types.)
 */
export async function selectInTranscript(page: Page, quote: string): Promise<void> {
  await page.evaluate(`(() => {
    const q = ${JSON.stringify(quote)};
    const walker = document.createTreeWalker(document.querySelector('.transcript'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(q);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + q.length);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error('"' + q + '" is not in the transcript');
  })()`);
}

/** Serious and critical accessibility violations on the page (axe-core). */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8'));
  const violations = (await page.evaluate(`axe.run({ resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length })))`)) as {
    id: string;
    impact: string;
    help: string;
    nodes: number;
  }[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes})`);
}
