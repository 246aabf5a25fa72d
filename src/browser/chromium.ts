import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { serveOnFreePort } from '../api/serve-on-free-port.js';
import { DEMO_ACCOUNTS } from '../demo/demo-accounts.js';
import { loadDemo } from '../demo/load-demo.js';
import { createContext } from '../services/context.js';
import { connect } from '../storage/database.js';
import { Store } from '../storage/store.js';

/**
 * Driving the web app in Debian's Chromium, for the browser tests, the web benchmark and the
 * screenshots of the documentation. Development tooling: playwright-core is a development
 * dependency, and nothing the server runs imports this.
 */

export type DemoRole = (typeof DEMO_ACCOUNTS)[number]['role'];

/** The server (API and built web app, demo sign-in allowed) on a free port of the loopback. */
export function startServer(store: Store, webRoot?: string): Promise<{ url: string; stop: () => Promise<void> }> {
  return serveOnFreePort({ store, demoMode: true, ...(webRoot && { webRoot }) });
}

/** Debian's Chromium (never a downloaded browser), headless; `lang` sets its locale (e.g. en-US), which dates are shown in. */
export function launchChromium(lang?: string): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      ...(lang ? [`--lang=${lang}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Signs in on the sign-in page as the demo account of a role, and waits for the app. */
export async function signInAsDemo(page: Page, url: string, role: DemoRole): Promise<void> {
  const account = DEMO_ACCOUNTS.find((a) => a.role === role)!;
  await page.goto(`${url}/`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

export interface DemoInChromium {
  store: Store;
  browser: Browser;
  url: string;
  /** A temporary folder for the work's own files, removed with the rest. */
  dir: string;
}

/** The demo partnership in a new SQLite database, served, and Chromium to open it: for `work`, then all removed. */
export async function withDemoInChromium<T>(work: (demo: DemoInChromium) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'warrant-browser-'));
  const store = Store.of(await connect({ dialect: 'sqlite', path: join(dir, 'warrant.db') }));
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  try {
    await loadDemo(createContext(store, 'demo'));
    server = await startServer(store);
    browser = await launchChromium();
    return await work({ store, browser, url: server.url, dir });
  } finally {
    await browser?.close();
    await server?.stop();
    await store.destroy();
    await rm(dir, { recursive: true, force: true });
  }
}
