import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, openDemoInChromium, openFromMenu, signIn } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';

/** The memos page, in a real Chromium on the demo: a memo written on a code, found by the search language, edited as a version. */
describe('memos, in the web app', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => ({ t, server, browser, close } = await openDemoInChromium()), 120_000);
  afterAll(() => close?.());

  const title = 'Pacing is read as coverage';
  const text = 'Teachers in both districts describe the pacing guide as a promise of coverage; depth gives way when the calendar tightens before testing.';

  it('writes a memo on a code, finds it with the search language and filters by what it is written on', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signIn(page, server.url, 'analyst');
    await openFromMenu(page, 'Coding', 'Memos');
    await page.getByRole('heading', { name: 'Memos', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'New memo' }).click();
    const form = page.getByRole('form', { name: 'New memo' });
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Written on').selectOption({ label: 'A code' });
    await form.getByLabel(/Which one/).fill('Pacing versus depth');
    await form.getByLabel('Memo').fill(text);
    await form.getByRole('button', { name: 'Write the memo' }).click();
    await form.waitFor({ state: 'detached' });
    const card = page.getByRole('listitem', { name: title });
    await expect.poll(() => card.innerText()).toContain(text);
    expect(await card.innerText()).toMatch(/code Pacing versus depth · Ben Okafor · [A-Z][a-z]+ \d+, \d{4}/);
    expect(await page.getByRole('listitem', { name: title }).count()).toBe(1);
    const all = await page.locator('li.memo').count();
    const stored = await t.store.db.selectFrom('memo').select(['subject_kind', 'text']).where('title', '=', title).execute();
    expect(stored).toEqual([{ subject_kind: 'code', text }]);

    // The search language: a phrase, a prefix, and a word excluded.
    const search = page.getByLabel('Search memos');
    await search.fill('"pacing guide" calend*');
    await expect.poll(() => page.locator('li.memo').count()).toBe(1);
    expect(await page.locator('li.memo h2').innerText()).toBe(title);
    await search.fill('"pacing guide" -testing');
    await expect.poll(() => page.getByText(/^No memo answers/).count()).toBe(1);
    await search.fill('');
    await expect.poll(() => page.locator('li.memo').count()).toBe(all);

    // Only the memos written on codes.
    await page.getByLabel('Written on').selectOption({ label: 'A code' });
    await expect.poll(() => page.url()).toContain('kind=code');
    await card.waitFor();
    const kinds = await t.store.db.selectFrom('memo').select('subject_kind').where('retired_at', 'is', null).execute();
    await expect.poll(() => page.locator('li.memo').count()).toBe(kinds.filter((k) => k.subject_kind === 'code').length);

    // The code it is written on opens in the codebook.
    await card.getByRole('link', { name: 'code Pacing versus depth' }).click();
    await page.getByRole('region', { name: 'Tensions › Pacing versus depth' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('edits the memo as its next version, with the reason in its history', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signIn(page, server.url, 'analyst');
    await page.goto(`${server.url}/memos?q=${encodeURIComponent('"pacing guide"')}`);
    const card = page.getByRole('listitem', { name: title });
    await card.getByRole('button', { name: 'Edit' }).click();
    await card.getByRole('textbox', { name: 'Memo' }).fill(`${text} Coaches see it too.`);
    await card.getByLabel(/Why/).fill('Added what the coaches said');
    await card.getByRole('button', { name: /^Save/ }).click();
    await expect.poll(() => card.innerText()).toContain('Coaches see it too.');
    await card.getByRole('button', { name: 'History' }).click();
    const history = card.getByRole('list', { name: 'History' });
    await expect.poll(() => history.innerText()).toMatch(/written \(version 1\)[\s\S]*edited \(version 2\): Added what the coaches said/);
    await page.close();
  });
});
