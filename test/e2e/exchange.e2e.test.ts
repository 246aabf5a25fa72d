import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, openDemoInChromium, signInWith } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';

/** The exchange page in a real Chromium: a real project uploaded, checked, imported, and one of its documents assigned. */
describe('exchanging projects with other QDA tools', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => ({ t, server, browser, close } = await openDemoInChromium()), 120_000);
  afterAll(() => close?.());

  it('checks an uploaded .qdpx, shows its report, imports it and assigns a document no case placed', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signInWith(page, server.url, 'lead@demo.warrant.test', 'demo-lead-password');
    await page.goto(`${server.url}/exchange`);
    await page.getByRole('heading', { name: 'Exchange with other QDA tools' }).waitFor();
    expect(await page.getByRole('link', { name: 'Download .qdpx' }).getAttribute('href')).toMatch(/\/qdpx$/);
    await expect.poll(() => page.getByText('None: every interview brought in has its participant and cycle.').count()).toBe(1);

    await page.getByLabel('REFI-QDA project (.qdpx)').setInputFiles('test/support/refi-qda/samples/demo.qdpx');
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByRole('heading', { name: 'demo.qdpx can be brought in' }).waitFor();
    expect(await page.getByText('“qc project” from qc 1.3.2: 2 text sources, 158 selections, 205 codings').count()).toBe(1);
    expect(await page.getByRole('table', { name: 'Problems, by file and element' }).getByText('has no internal:// prefix').count()).toBeGreaterThan(0);

    await page.getByLabel('Cycle of documents the project does not date (optional)').fill('2010-11');
    await page.getByRole('button', { name: 'Import into this partnership' }).click();
    await page.getByRole('heading', { name: 'Imported demo.qdpx' }).waitFor();
    expect(await page.getByText('Codings: 205 added, 0 already here').count()).toBe(1);

    const doc = page.getByRole('article', { name: 'admin-1' });
    await doc.waitFor();
    await page.screenshot({ path: '/tmp/exchange.png', fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await page.getByRole('article').count()).toBe(2);
    await doc.getByLabel('Role group').selectOption({ label: 'School leader' });
    await doc.getByLabel('School').fill('Adams Middle School');
    await doc.getByLabel('Pseudonym').fill('Mr. Okoro');
    await doc.getByLabel('How you know').fill('the principal of Adams, from the project notes');
    await doc.getByRole('button', { name: 'Assign' }).click();
    await expect.poll(() => page.getByRole('article').count()).toBe(1);
    const interview = (await t.store.db.selectFrom('interview').selectAll().where('code', '=', 'admin-1').executeTakeFirstOrThrow())!;
    expect(interview.role).toBe('school_leader');
    const participant = (await t.store.participants.byId(interview.participant_id))!;
    expect(participant.pseudonym).toBe('Mr. Okoro');

    // The other document is an interview of someone already in the partnership.
    const board = page.getByRole('article', { name: 'board_2017' });
    const standIn = (await t.store.db.selectFrom('interview').selectAll().where('code', '=', 'board_2017').executeTakeFirstOrThrow()).participant_id;
    await board.getByLabel('A participant already in the partnership').check();
    await board.getByLabel('Participant', { exact: true }).selectOption({ value: participant.code });
    await board.getByLabel('How you know').fill('the minutes name the principal who spoke');
    await board.getByRole('button', { name: 'Assign' }).click();
    await page.getByText('None: every interview brought in has its participant and cycle.').waitFor();
    const moved = await t.store.db.selectFrom('interview').selectAll().where('code', '=', 'board_2017').executeTakeFirstOrThrow();
    expect(moved).toMatchObject({ participant_id: participant.id, role: 'school_leader', organization_id: participant.organization_id });
    expect(await t.store.participants.byId(standIn)).toBeUndefined();
    await page.close();
  }, 120_000);
});
