import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, openDemoInChromium, signIn } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';
import { beginCycle, EARLIER, LAKESIDE, shareLakesideEarlierYear } from '../support/partner-years.js';

/**
 * A partner leader keeps what was shared with their district, year by year, in a real Chromium: on
 * the demo, Lakeside's 2009-10 design document and feedback report shared as well as 2010-11's,
 * and a new school year, 2011-12, begun with nothing shared yet.
 */
describe("a partner leader's documents, year by year, in the web app", () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ t, server, browser, close } = await openDemoInChromium());
    const [partnership] = await t.store.partnerships.list();
    await shareLakesideEarlierYear(t.ctx, partnership!.id);
    await beginCycle(t.ctx, partnership!.id, '2011-12');
  }, 120_000);
  afterAll(() => close?.());

  const cycle = (page: Page) => page.getByLabel('Cycle', { exact: true });
  const year = (page: Page, label: string) =>
    page.getByRole('region', { name: 'Shared with your district, year by year' }).getByRole('region', { name: label, exact: true });

  it('lists on the home page what was shared each year, newest first, the empty new year left out', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url, 'partner');
    const shared = page.getByRole('region', { name: 'Shared with your district, year by year' });
    await expect.poll(() => shared.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(['2010-11', '2009-10']);
    expect(await page.locator('main').innerText()).not.toMatch(/Nothing has been shared|2011-12/);
    expect(await page.getByRole('region', { name: "Your district's design document" }).innerText()).toMatch(
      new RegExp(`${LAKESIDE}, 2010-11: version 2[\\s\\S]*member-checked: corrections applied`),
    );
    expect(await year(page, '2010-11').getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^District Design Document, version 1 · issued .* · superseded$/),
      expect.stringMatching(/^District Design Document, version 2 · issued .* · member-checked: corrections applied/),
      expect.stringMatching(/^Member check of version 1 · sent .* · you answered all 4 strategies$/),
      'District Feedback and Recommendations Report, version 1 · sent to your district on May 20, 2011',
    ]);
    expect(await year(page, EARLIER).getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^District Design Document, version 1 · issued .*2009 · superseded$/),
      expect.stringMatching(/^District Design Document, version 2 · issued .*2009 · member-checked: corrections applied/),
      expect.stringMatching(/^Member check of version 1 · sent .*2009 · you answered all 1 strategy$/),
      'District Feedback and Recommendations Report, version 1 · sent to your district on May 14, 2010',
    ]);
    expect(await year(page, EARLIER).getByRole('link', { name: 'District Design Document, version 2' }).getAttribute('href')).toBe(`/design?cycle=${EARLIER}`);

    // The earlier year's report, a link away, and the other years a choice away.
    await year(page, EARLIER).getByRole('link', { name: 'District Feedback and Recommendations Report' }).click();
    await expect.poll(() => page.locator('.report-sent').innerText()).toBe('Version 1, sent to your district on May 14, 2010.');
    expect(await cycle(page).inputValue()).toBe(EARLIER);
    expect(await page.locator('.report-for').innerText()).toBe(`${LAKESIDE}, ${EARLIER}`);
    expect(await page.getByRole('link', { name: 'Markdown (partner version)' }).getAttribute('href')).toMatch(
      /\?cycle=2009-10&format=md&audience=partner&version=1$/,
    );
    await cycle(page).selectOption('2010-11');
    await expect.poll(() => page.locator('.report-sent').innerText()).toBe('Version 1, sent to your district on May 20, 2011.');
    expect(new URL(page.url()).searchParams.get('cycle')).toBe('2010-11');
    expect(await page.locator('.report-for').innerText()).toBe(`${LAKESIDE}, 2010-11`);
    await cycle(page).selectOption('2011-12');
    await expect
      .poll(() => page.locator('main').innerText())
      .toMatch(/Not sent yet: the research team has not sent your district's feedback report for 2011-12/);
    expect(await page.getByRole('link', { name: /partner version/ }).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.close();
  });

  it('opens the design document of the newest year with something shared, and of the year in the address', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url, 'partner');
    await page.getByRole('link', { name: 'Design document', exact: true }).click();
    await expect.poll(() => page.locator('.ddd-for').innerText()).toBe(`${LAKESIDE} · 2010-11`);
    expect(await cycle(page).inputValue()).toBe('2010-11');
    expect(await cycle(page).locator('option').allInnerTexts()).toEqual(['2011-12 (nothing shared yet)', '2010-11', '2009-10']);
    expect(await page.locator('.ddd-section').first().innerText()).toMatch(/quarterly in every school/);

    await cycle(page).selectOption(EARLIER);
    await expect.poll(() => page.locator('.ddd-for').innerText()).toBe(`${LAKESIDE} · ${EARLIER}`);
    expect(new URL(page.url()).searchParams.get('cycle')).toBe(EARLIER);
    expect(await page.locator('.ddd-status').innerText()).toMatch(/^Version\s+2, issued .*2009[\s\S]*member-checked: corrections applied/);
    await expect.poll(() => page.locator('.ddd-section').first().innerText()).toMatch(/twice a year in each school/);
    expect(await page.getByRole('link', { name: 'Word (partner version)' }).getAttribute('href')).toMatch(/\?cycle=2009-10&format=docx&audience=partner$/);

    await cycle(page).selectOption('2011-12');
    await expect.poll(() => page.locator('main').innerText()).toMatch(/has not issued your district's design document for 2011-12/);

    // The address alone chooses the year.
    await page.goto(`${server.url}/design?cycle=${EARLIER}`);
    await expect.poll(() => page.locator('.ddd-for').innerText()).toBe(`${LAKESIDE} · ${EARLIER}`);
    expect(await cycle(page).inputValue()).toBe(EARLIER);
    await page.close();
  });

  it("follows a member check's link to the latest version of that member check's year", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url, 'partner');
    for (const label of [EARLIER, '2010-11']) {
      await page.goto(`${server.url}/`);
      await year(page, label).getByRole('link', { name: 'Member check of version 1' }).click();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(`Member check of version 1 · ${LAKESIDE}, ${label}`);
      await page.getByRole('link', { name: 'Read the latest version' }).click();
      await expect.poll(() => page.locator('.ddd-for').innerText()).toBe(`${LAKESIDE} · ${label}`);
      expect(new URL(page.url()).searchParams.get('cycle')).toBe(label);
      expect(await cycle(page).inputValue()).toBe(label);
      expect(await page.locator('.ddd-status').innerText()).toMatch(/^Version\s+2/);
      expect(await page.locator('.ddd-section').first().innerText()).toMatch(label === EARLIER ? /twice a year in each school/ : /quarterly in every school/);
    }
    await page.close();
  });

  it('keeps each version of the feedback report as it was sent, and gives the partner leader the latest and the earlier ones', async () => {
    const team = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(team, server.url);
    await team.goto(`${server.url}/feedback?district=${encodeURIComponent(LAKESIDE)}&cycle=2010-11`);
    const item = team.locator('li.recommendation').first();
    await item.getByRole('button', { name: 'Revise the recommendation' }).click();
    const form = item.getByRole('form', { name: 'Revise the recommendation' });
    await form.getByLabel('Recommendation').fill('Make the Learning Walks monthly, each with a supervisor who can discuss the mathematics.');
    await form.getByRole('button', { name: 'Save the recommendation' }).click();
    await expect.poll(() => item.innerText()).toContain('Make the Learning Walks monthly');
    const sentForm = team.getByRole('form', { name: 'Record that the report was sent' });
    await sentForm.getByLabel('Sent on').fill('2011-06-03');
    await sentForm.getByLabel('What version 2 changes (kept with it)').fill('The Learning Walks recommendation, as agreed at the meeting');
    await sentForm.getByRole('button', { name: 'Record the report sent' }).click();
    await expect.poll(() => team.locator('ul.sent').innerText()).toMatch(/Version 2, sent to the district on June 3, 2011: The Learning Walks recommendation/);
    expect(await team.getByRole('link', { name: 'Markdown (draft of version 3)' }).getAttribute('href')).toMatch(/&draft=true$/);
    await team.close();

    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url, 'partner');
    await expect
      .poll(() => year(page, '2010-11').getByRole('listitem').allInnerTexts())
      .toContain('District Feedback and Recommendations Report, version 2 · sent to your district on June 3, 2011');
    await page.goto(`${server.url}/feedback?cycle=2010-11`);
    await expect
      .poll(() => page.locator('.report-sent').innerText())
      .toBe('Version 2, sent to your district on June 3, 2011; the earlier versions stay here as they were sent.');
    const latest = await page.getByRole('link', { name: 'Markdown (partner version)' }).getAttribute('href');
    const first = await page.getByRole('link', { name: 'Markdown (partner version 1, superseded)' }).getAttribute('href');
    const read = (href: string | null) => page.evaluate(async (url) => (await fetch(url!)).text(), href);
    expect(await read(latest)).toContain('Make the Learning Walks monthly');
    const asFirstSent = await read(first);
    expect(asFirstSent).toContain('Version 1, sent to the district on 2011-05-20');
    expect(asFirstSent).not.toContain('Make the Learning Walks monthly');
    expect(await page.getByRole('link', { name: /draft/ }).count()).toBe(0);
    await page.close();
  });

  it('has no serious accessibility violations on the home page with its years', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await signIn(page, server.url, 'partner');
    await year(page, EARLIER).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await context.close();
  });
});
