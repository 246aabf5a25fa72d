import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, openDemoInChromium, openFromMenu, signIn } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';

/** The codebook page, in a real Chromium on the demo: adding a code, renaming it with a reason, its history. */
describe('the codebook, in the web app', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => ({ t, server, browser, close } = await openDemoInChromium()), 120_000);
  afterAll(() => close?.());

  it('adds a code under another, renames it with the reason and shows both in its history', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signIn(page, server.url, 'analyst');
    await openFromMenu(page, 'Coding', 'Codebook');
    const tree = page.getByRole('list', { name: 'Codes' });
    await tree.getByRole('button', { name: /^Coaching/ }).waitFor();

    // A new code under "Supports".
    const form = page.getByRole('form', { name: 'New code' });
    await form.getByLabel('New code').fill('Learning walks');
    await form.getByLabel('Under').selectOption({ label: 'Supports' });
    await form.getByLabel('Definition').fill('Leaders and coaches visiting classrooms together to look at mathematics instruction.');
    await form.getByRole('button', { name: 'Add the code' }).click();
    await expect.poll(() => page.getByRole('status').first().innerText()).toBe('Added “Learning walks”.');
    const added = tree.getByRole('button', { name: /^Learning walks/ });
    await added.waitFor();
    // Indented under its parent, like the codes beside it.
    const indent = (name: RegExp) =>
      tree
        .getByRole('listitem')
        .filter({ has: page.getByRole('button', { name }) })
        .evaluate('(li) => li.style.paddingLeft');
    expect(await indent(/^Learning walks/)).toBe(await indent(/^Coaching/));

    // Renamed, with the reason: the next version.
    await added.click();
    const panel = page.getByRole('region', { name: 'Supports › Learning walks' });
    await panel.getByText('Version 1 · 0 codings').waitFor();
    const editor = panel.getByRole('form', { name: 'Edit Learning walks' });
    await editor.getByLabel('Name').fill('Learning Walks (routine)');
    await editor.getByLabel('Why the code changes (kept in its history)').fill('The districts call the routine by its own name');
    await editor.getByRole('button', { name: 'Save version 2' }).click();
    const renamed = page.getByRole('region', { name: 'Supports › Learning Walks (routine)' });
    await renamed.getByText('Version 2 · 0 codings').waitFor();
    expect(await tree.getByRole('button', { name: /^Learning walks ·/ }).count()).toBe(0);
    await tree.getByRole('button', { name: /^Learning Walks \(routine\)/ }).waitFor();

    // The history: who made it and who renamed it, when and why, and what the name was.
    const history = renamed.locator('.code-history li');
    await expect.poll(() => history.count()).toBe(2);
    expect(await history.nth(0).innerText()).toMatch(/Ben Okafor · added \(version 1\)/);
    expect(await history.nth(1).innerText()).toMatch(
      /Ben Okafor · renamed “Learning walks” to “Learning Walks \(routine\)” \(version 2\): The districts call the routine by its own name/,
    );
    const stored = await t.store.db.selectFrom('code').select(['name', 'version']).where('name', 'like', 'Learning Walks%').execute();
    expect(stored).toEqual([{ name: 'Learning Walks (routine)', version: 2 }]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('refuses a new name a sibling code has, and changes nothing', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signIn(page, server.url, 'analyst');
    await page.goto(`${server.url}/codebook`);
    await page
      .getByRole('list', { name: 'Codes' })
      .getByRole('button', { name: /^Pacing versus depth/ })
      .click();
    const editor = page.getByRole('form', { name: 'Edit Pacing versus depth' });
    await editor.getByLabel('Name').fill('time for collaboration');
    await editor.getByLabel('Why the code changes (kept in its history)').fill('Same thing');
    await editor.getByRole('button', { name: 'Save version 2' }).click();
    await expect.poll(() => editor.getByRole('alert').innerText()).toMatch(/Time for collaboration/i);
    expect(await t.store.db.selectFrom('code').select('version').where('name', '=', 'Pacing versus depth').executeTakeFirst()).toEqual({ version: 1 });
    await page.close();
  });

  it('shows an observer the codes and their definitions, with nothing to change', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signIn(page, server.url, 'observer');
    await page.goto(`${server.url}/codebook`);
    await page
      .getByRole('list', { name: 'Codes' })
      .getByRole('button', { name: /^Coaching/ })
      .click();
    await page.getByRole('region', { name: 'Supports › Coaching' }).getByText('Definition', { exact: true }).waitFor();
    expect(await page.getByRole('form', { name: 'New code' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Save version/ }).count()).toBe(0);
    await page.close();
  });
});
