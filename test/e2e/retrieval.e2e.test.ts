import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, openDemoInChromium, openFromMenu, signIn } from '../support/browser.js';

/** "Coded passages", in a real Chromium on the demo: a code's passages, filtered, and a matrix whose cells open theirs. */
describe('coded passages, in the web app', () => {
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => ({ server, browser, close } = await openDemoInChromium()), 120_000);
  afterAll(() => close?.());

  const count = async (page: Page) => Number((await page.locator('.result-count').innerText()).match(/^(\d+) passage/)![1]);

  it("reads a code's passages, narrows them by role group and district, and opens one in its transcript", async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signIn(page, server.url, 'analyst');
    await openFromMenu(page, 'Coding', 'Coded passages');
    await page.getByRole('heading', { name: 'Coded passages', level: 1 }).waitFor();
    await page.getByText('Choose a code to read its passages.').waitFor();

    const filters = page.getByRole('form', { name: 'Filters' });
    await filters.getByLabel('Code', { exact: true }).selectOption({ label: 'Tensions › Pacing versus depth' });
    await expect.poll(() => page.locator('.result-count').innerText()).toMatch(/^\d+ passages coded Pacing versus depth/);
    const all = await count(page);
    expect(all).toBeGreaterThan(1);
    expect(await page.locator('.coded-passages li').count()).toBe(all);
    // A passage both coders coded alike is one passage, with both coders.
    expect(await page.locator('.result-count').innerText()).toMatch(/ · \d+ codings, some passages coded by more than one coder$/);
    expect(await page.locator('.coded-passages li', { hasText: /Ben Okafor, Ana Morales|Ana Morales, Ben Okafor/ }).count()).toBeGreaterThan(0);

    await filters.getByLabel('Role group').selectOption({ label: 'Teacher' });
    await expect.poll(() => count(page)).toBeLessThan(all);
    const teachers = await count(page);
    expect(teachers).toBeGreaterThan(0);
    for (const who of await page.locator('.coded-passages li a').allInnerTexts()) expect(who).toContain(', Teacher, ');

    await filters.getByLabel('District').selectOption({ label: 'Lakeside Public Schools' });
    await expect.poll(() => count(page)).toBeLessThanOrEqual(teachers);
    expect(new URL(page.url()).searchParams.get('role')).toBe('teacher');

    // A passage opens in its interview's transcript.
    const first = page.locator('.coded-passages li').first();
    const quote = (await first.locator('p').innerText()).replace(/^“|”$/g, '');
    await first.getByRole('link').click();
    await page.waitForURL(/\/interviews\/[^/?]+\?passage=\d+-\d+/);
    await expect.poll(() => page.locator('.transcript').innerText()).toContain(quote.slice(0, 40));
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('counts passages and participants by code and role group, and a cell opens its passages', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signIn(page, server.url, 'analyst');
    await page.goto(`${server.url}/retrieval`);
    await page.getByRole('button', { name: 'Matrix' }).click();
    const table = page.getByRole('table', { name: /Passages \(participants\) by code and role group/ });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(expect.arrayContaining(['Teacher', 'Coach']));

    const cell = table.getByRole('link', { name: /^Pacing versus depth, Teacher: / });
    const [, passages, participants] = (await cell.getAttribute('aria-label'))!.match(/(\d+) passages of (\d+) participants/)!;
    expect(Number(passages)).toBeGreaterThanOrEqual(Number(participants));
    await cell.click();
    await expect.poll(() => page.locator('.result-count').innerText()).toMatch(new RegExp(`^${passages} passages coded Pacing versus depth`));
    expect(new URL(page.url()).searchParams.get('view')).toBe('passages');
    expect(await page.getByRole('form', { name: 'Filters' }).getByLabel('Role group').inputValue()).toBe('teacher');
    const pseudonyms = new Set((await page.locator('.coded-passages li a').allInnerTexts()).map((t) => t.split(' · ')[1]!.split(',')[0]));
    expect(pseudonyms.size).toBe(Number(participants));

    // Narrowed to a district, the matrix counts only its passages, and so does the cell it opens.
    await page.getByRole('button', { name: 'Matrix' }).click();
    await page.getByRole('form', { name: 'Filters' }).getByLabel('District').selectOption({ label: 'Lakeside Public Schools' });
    const narrowed = table.getByRole('link', { name: /^Pacing versus depth, Teacher: / });
    await expect.poll(async () => Number((await narrowed.getAttribute('aria-label'))!.match(/(\d+) passages/)![1])).toBeLessThan(Number(passages));
    const inDistrict = (await narrowed.getAttribute('aria-label'))!.match(/(\d+) passages/)![1];
    await narrowed.click();
    await expect.poll(() => page.locator('.result-count').innerText()).toMatch(new RegExp(`^${inDistrict} passages coded Pacing versus depth`));
    await page.close();
  });
});
