import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, openDemoInChromium, signIn } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';

const LAKESIDE = '/design?district=Lakeside%20Public%20Schools&cycle=2010-11';

/**
 * The autumn of a cycle in a real Chromium: the calendar on the home page, the design document
 * compared and sent for member check, the partner leader's responses, and the files.
 */
describe('design documents and member checks in the web app', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;

  let close: () => Promise<void>;
  beforeAll(async () => ({ t, server, browser, close } = await openDemoInChromium()), 120_000);
  afterAll(() => close?.());

  const stepState = (page: Page, district: RegExp, step: string) =>
    page
      .getByRole('region', { name: district })
      .getByRole('list', { name: '2010-11 cycle calendar' })
      .getByRole('listitem')
      .filter({ has: page.locator('.step-label', { hasText: new RegExp(`^${step}$`) }) })
      .locator('.step-state');

  it("shows each district's cycle calendar on the home page, state in words, with the design document a link away", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url, 'lead');
    await expect.poll(() => stepState(page, /Lakeside Public Schools/, 'Member check').innerText()).toMatch(/^\W*done$/);
    expect(await stepState(page, /Riverton Unified School District/, 'Member check').innerText()).toMatch(/^\W*late$/);
    expect(await stepState(page, /Lakeside Public Schools/, 'District Design Document').innerText()).toMatch(/^\W*done$/);
    // The progress table is still there.
    await page
      .getByRole('region', { name: /Lakeside Public Schools/ })
      .getByRole('row', { name: /2010-11/ })
      .waitFor();

    await page
      .getByRole('region', { name: /Lakeside Public Schools/ })
      .getByRole('list', { name: '2010-11 cycle calendar' })
      .getByRole('link', { name: 'District Design Document' })
      .click();
    await expect.poll(() => page.getByLabel('District', { exact: true }).inputValue()).toBe('Lakeside Public Schools');
    await expect.poll(() => page.getByLabel('Cycle', { exact: true }).inputValue()).toBe('2010-11');
    await expect.poll(() => page.locator('.ddd-status').innerText()).toMatch(/version 2, issued[\s\S]*member-checked: corrections applied/);
    await page.close();
  });

  it('lets the lead compare version 2 with version 1 and send version 2 to the partner leader', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url, 'lead');
    await page.goto(`${server.url}${LAKESIDE}`);
    await page.getByRole('heading', { name: /Version 2, as issued/ }).waitFor();
    await page.getByRole('button', { name: 'Compare version 2 with the previous version' }).click();
    // The Learning Walks stay: one changed line, the word that changed marked, nothing removed or added whole.
    const changed = page.locator('.ddd-diff .diff-line.changed');
    await expect.poll(() => changed.innerText()).toMatch(/^~ Changed: Intended support \(Organizational routine\): Learning Walks.*quarterly in every school/);
    expect(await changed.count()).toBe(1);
    expect(await changed.locator('del').innerText()).toBe('monthly');
    expect(await changed.locator('ins').innerText()).toBe('quarterly');
    expect(await page.locator('.ddd-diff .diff-line.added, .ddd-diff .diff-line.removed').count()).toBe(0);

    const send = page.getByRole('region', { name: 'Send version 2 for member check' });
    await send.getByLabel('Lakeside partner leader (partner@demo.warrant.test)').check();
    await send.getByLabel('Message to them').fill('The Learning Walks are now quarterly: please check version 2 by December 3.');
    await send.getByRole('button', { name: 'Send version 2 for member check' }).click();
    await expect.poll(() => send.getByRole('status').innerText()).toBe('Version 2 sent to Lakeside partner leader.');
    const record = page.getByRole('article', { name: 'Member check of version 2' });
    await expect
      .poll(() => record.innerText())
      .toMatch(
        /Sent [\s\S]* to Lakeside partner leader \(partner@demo\.warrant\.test\)[\s\S]*awaiting responses: 0 of 1 partner leaders responded[\s\S]*No response yet/,
      );
    await expect.poll(() => page.locator('.ddd-status').innerText()).toMatch(/Member check\s+awaiting responses/);
    await page.close();
  });

  it('lets the partner leader find the member check on the home page, correct one strategy and confirm the others, with no team controls in sight', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url, 'partner');
    await expect
      .poll(() => page.getByRole('region', { name: "Your district's design document" }).innerText())
      .toMatch(/Lakeside Public Schools, 2010-11: version 2[\s\S]*awaiting responses/);
    const awaiting = page.getByRole('region', { name: 'Member checks awaiting your response' });
    await awaiting.getByRole('link', { name: /version 2: member check sent/ }).click();
    await page.getByRole('heading', { name: /Member check of version 2/ }).waitFor();

    const first = page.getByRole('form', { name: 'Your response to strategy 1' });
    await first.getByRole('radio', { name: /^Correct it/ }).check();
    expect(await first.getByRole('button', { name: 'Send the response' }).isDisabled()).toBe(true);
    await first.getByLabel('In your words').fill('Learning Walks begin in January; until then supervisors visit each school once.');
    await first.getByRole('button', { name: 'Send the response' }).click();
    await expect.poll(() => first.getByRole('status').innerText()).toBe('Your response (correction) was recorded.');
    // The demo's district has four strategies: the others are confirmed.
    for (const n of [2, 3, 4]) {
      const other = page.getByRole('form', { name: `Your response to strategy ${n}` });
      await other.getByRole('radio', { name: /^Confirm/ }).check();
      await other.getByRole('button', { name: 'Send the response' }).click();
      await expect.poll(() => other.getByRole('status').innerText()).toBe('Your response (confirmed) was recorded.');
    }
    const answered = page.locator('.mc-responses');
    await expect
      .poll(() => answered.allInnerTexts())
      .toEqual([
        expect.stringMatching(/^Correction, .*: Learning Walks begin in January; until then supervisors visit each school once\. · not applied yet$/),
        ...[2, 3, 4].map(() => expect.stringMatching(/^Confirmed, /)),
      ]);
    await expect.poll(() => page.locator('.ddd-status').innerText()).toMatch(/1 correction to apply \(1 of 1 partner leaders responded\)/);

    await page.getByRole('link', { name: 'Home' }).click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Member checks awaiting your response' }).innerText())
      .toMatch(/No member check waits for your response/);

    await page.getByRole('link', { name: 'Design document', exact: true }).click();
    await page.getByRole('heading', { name: 'Version 2: your member check' }).waitFor();
    await expect.poll(() => page.locator('.mc-responses').count()).toBe(4);
    const main = page.locator('main');
    expect(await main.getByRole('button', { name: /Issue version|Send version|Compare/ }).count()).toBe(0);
    // The only choice is the year's.
    expect(await main.getByRole('combobox').count()).toBe(1);
    expect(await main.getByLabel('Cycle', { exact: true }).inputValue()).toBe('2010-11');
    expect(await main.getByRole('link', { name: /team/i }).count()).toBe(0);
    expect(await main.innerText()).not.toMatch(/draft|in-house|Versions\n/i);
    expect(await main.getByRole('link', { name: /\(partner version\)$/ }).allTextContents()).toEqual([
      'Word (partner version)',
      'PDF (partner version)',
      'HTML (partner version)',
      'Markdown (partner version)',
    ]);
    await page.close();
  });

  it("shows the lead the partner leader's responses, and refuses to issue a version when nothing changed", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url, 'lead');
    await page.goto(`${server.url}${LAKESIDE}`);
    const record = page.getByRole('article', { name: 'Member check of version 2' });
    const rows = record.getByRole('row');
    await expect.poll(() => rows.count()).toBe(5);
    expect(await rows.nth(1).innerText()).toMatch(
      /^1\. .*\tLakeside partner leader\tCorrection\tLearning Walks begin in January; until then supervisors visit each school once\.\t.*\tnot yet$/,
    );
    expect(await rows.nth(2).innerText()).toMatch(/^2\. .*\tLakeside partner leader\tConfirmed\t\(nothing added\)\t/);
    expect(await page.locator('.ddd-status').innerText()).toMatch(/1 correction to apply/);

    const issue = page.getByRole('region', { name: 'Issue version 3' });
    expect(await issue.innerText()).toMatch(/The strategies have not changed since version 2/);
    await issue.getByLabel(/Lakeside partner leader on strategy 1, .* \(version 2\): “Learning Walks begin in January/).check();
    await issue.getByLabel('What this version changes (kept with it)').fill('Learning Walks begin in January');
    await issue.getByRole('button', { name: 'Issue version 3' }).click();
    await expect.poll(() => issue.getByRole('alert').innerText()).toBe('nothing changed since version 2: edit the strategies first');
    expect((await t.store.db.selectFrom('ddd_version').select('id').execute()).length).toBe(4);
    await page.close();
  });

  it("serves the partner leader the partner version as a Word file, and never the team's", async () => {
    const page = await browser.newPage();
    await signIn(page, server.url, 'partner');
    await page.goto(`${server.url}/design`);
    const word = page.getByRole('link', { name: 'Word (partner version)' });
    const href = (await word.getAttribute('href'))!;
    expect(href).toMatch(/format=docx&audience=partner$/);
    expect(await word.getAttribute('download')).toBe('');
    const fetchIn = (url: string) =>
      page.evaluate(
        `fetch(${JSON.stringify(url)}).then((r) => r.arrayBuffer().then((b) => ({ status: r.status, type: r.headers.get('content-type'), size: b.byteLength })))`,
      ) as Promise<{
        status: number;
        type: string;
        size: number;
      }>;
    const file = await fetchIn(href);
    expect(file).toMatchObject({ status: 200, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(file.size).toBeGreaterThan(1000);
    expect((await fetchIn(href.replace('audience=partner', 'audience=team'))).status).toBe(404);
    await page.close();
  });

  it('has no serious accessibility violations on the design document and member-check pages, for the lead and for a partner leader', async () => {
    const found: Record<string, string[]> = {};
    for (const who of ['lead', 'partner'] as const) {
      const context = await browser.newContext({ bypassCSP: true });
      const page = await context.newPage();
      await signIn(page, server.url, who);
      await page.goto(`${server.url}${LAKESIDE}`);
      await page.locator('.ddd-section').first().waitFor();
      if (who === 'lead') {
        await page.getByRole('button', { name: 'Compare version 2 with the previous version' }).click();
        await page.locator('.ddd-diff ins').first().waitFor();
      }
      found[`${who}: design`] = await accessibilityViolations(page);
      await page.goto(`${server.url}/`);
      await page
        .locator(who === 'lead' ? '.calendar-step' : 'main h2')
        .first()
        .waitFor();
      found[`${who}: home`] = await accessibilityViolations(page);
      const check = (await t.store.db.selectFrom('member_check').select('id').orderBy('sent_at', 'desc').executeTakeFirstOrThrow()).id;
      await page.goto(`${server.url}/member-checks/${check}`);
      await page.locator('.ddd-section').first().waitFor();
      found[`${who}: member check`] = await accessibilityViolations(page);
      await context.close();
    }
    expect(found).toEqual(
      Object.fromEntries(['lead', 'partner'].flatMap((who) => [`${who}: design`, `${who}: home`, `${who}: member check`]).map((k) => [k, []])),
    );
  });
});
