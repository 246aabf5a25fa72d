import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { type DemoRole, launchChromium as launch, signInAsDemo, startServer as startOn } from '../../src/browser/chromium.js';
import { loadDemo } from '../../src/demo/load-demo.js';
import { createAccount } from '../../src/services/accounts.js';
import type { Store } from '../../src/storage/store.js';
import { openTestDatabase, type TestDatabase } from './databases.js';

/** Chromium in the locale the tests read dates in: en-US ("May 20, 2011"). */
export const launchChromium = (): Promise<Browser> => launch('en-US');

/** The server with the built web app (npm test builds it first). */
export function startServer(store: Store): Promise<{ url: string; stop: () => Promise<void> }> {
  return startOn(store, fileURLToPath(new URL('../../dist/web/', import.meta.url)));
}

export function signIn(page: Page, url: string, who: DemoRole = 'analyst'): Promise<void> {
  return signInAsDemo(page, url, who);
}

/** Follows a link of the main navigation that sits in one of its menus ("Coding", "Design & feedback", "Manage"). */
export async function openFromMenu(page: Page, menu: string, link: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: menu }).click();
  await nav.getByRole('link', { name: link, exact: true }).click();
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
  const violations = (await page.evaluate(
    `axe.run({ resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length })))`,
  )) as {
    id: string;
    impact: string;
    help: string;
    nodes: number;
  }[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes})`);
}

/** The demo in a new SQLite database, served with the built web app, and Chromium to drive it. */
export async function openDemoInChromium(): Promise<{
  t: TestDatabase;
  server: { url: string; stop: () => Promise<void> };
  browser: Browser;
  close: () => Promise<void>;
}> {
  return openFilledInChromium(loadDemo);
}

/** An empty SQLite database (no partnership, only the accounts given), served with the built web app, and Chromium to drive it. */
export async function openEmptyInChromium(accounts: readonly { email: string; displayName: string; password: string; isAdmin?: boolean }[]): Promise<{
  t: TestDatabase;
  server: { url: string; stop: () => Promise<void> };
  browser: Browser;
  close: () => Promise<void>;
}> {
  return openFilledInChromium(async (ctx) => {
    for (const a of accounts) await createAccount(ctx, { ...a, isAdmin: Boolean(a.isAdmin) });
  });
}

/** A SQLite database filled by `fill`, served with the built web app, and Chromium to drive it. */
async function openFilledInChromium(fill: (ctx: TestDatabase['ctx']) => Promise<unknown>) {
  const t = await openTestDatabase('sqlite');
  await fill(t.ctx);
  const server = await startServer(t.store);
  const browser = await launchChromium();
  return {
    t,
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.stop();
      await t.close();
    },
  };
}

/** Signs in on the sign-in page with an account's email and password, and waits for the app. */
export async function signInWith(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}
