import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordUptake } from '../../src/services/feedback.js';
import { resolvePartnership, addCycle } from '../../src/services/partnerships.js';
import { uptakeOverview } from '../../src/services/uptake.js';
import { accessibilityViolations, openDemoInChromium, openFromMenu, signIn } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';

const LAKESIDE = 'Lakeside Public Schools';
const FIRST = 'Strategy 1: Principals as instructional leaders in mathematics';

/** What was CLI-only, done in a real Chromium on the demo: uptake recorded, the quote minimum changed, the audit trail verified. */
describe('the web app closes the gaps of the command line', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => ({ t, server, browser, close } = await openDemoInChromium()), 120_000);
  afterAll(() => close?.());

  const open = async (who: 'analyst' | 'lead' | 'admin' | 'observer'): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url, who);
    return page;
  };
  const followUp = (page: Page) =>
    page
      .getByRole('region', { name: new RegExp(`^${LAKESIDE}`) })
      .getByRole('region', { name: '2010-11 cycle calendar' })
      .locator('li', { hasText: 'Follow-up: leader interviews on uptake' });

  it("records from the feedback page whether the district acted on each recommendation, and the calendar's follow-up is done", async () => {
    await addCycle(t.ctx, (await resolvePartnership(t.ctx)).id, '2011-12');
    const page = await open('analyst');
    await followUp(page).waitFor();
    expect(await followUp(page).locator('.step-state').innerText()).not.toMatch(/done/);

    await page.goto(`${server.url}/feedback?district=${encodeURIComponent(LAKESIDE)}&cycle=2010-11`);
    const strategy = page.getByRole('region', { name: FIRST });
    await strategy.waitFor();
    const recommendations = await strategy.locator('li.recommendation').count();
    expect(recommendations).toBe(2);
    for (let n = 1; n <= recommendations; n++) {
      const uptake = strategy.getByRole('group', { name: `Uptake of recommendation ${n}` });
      expect(await uptake.innerText()).toMatch(/Uptake not recorded yet/);
      await uptake.getByRole('button', { name: `Record the uptake of recommendation ${n}` }).click();
      const form = uptake.getByRole('form', { name: `Uptake of recommendation ${n}` });
      expect(await form.getByLabel('Seen in the cycle').inputValue()).toBe('2011-12');
      await form.getByLabel('Did the district act on it?').selectOption(n === 1 ? 'partly' : 'not');
      await form.getByLabel('What the leaders said (note)').fill(n === 1 ? 'Walks began in March, without supervisors.' : 'Not yet discussed.');
      await form.getByRole('button', { name: 'Save the uptake' }).click();
      await uptake.getByText(n === 1 ? /Uptake: acted on partly \(seen in 2011-12\)/ : /Uptake: not acted on \(seen in 2011-12\)/).waitFor();
    }
    expect(await accessibilityViolations(page)).toEqual([]);

    // Changed: a new version, with the reason.
    const first = strategy.getByRole('group', { name: 'Uptake of recommendation 1' });
    await first.getByRole('button', { name: 'Change the uptake of recommendation 1' }).click();
    const form = first.getByRole('form', { name: 'Uptake of recommendation 1' });
    await form.getByLabel('Did the district act on it?').selectOption('fully');
    await form.getByLabel(/^Why the change/).fill('The October interviews of the principals');
    await form.getByRole('button', { name: 'Save the uptake' }).click();
    await first.getByText(/Uptake: acted on fully .* version 2/).waitFor();
    const audit = await t.store.db.selectFrom('audit_log').select(['reason']).where('action', '=', 'uptake.update').executeTakeFirstOrThrow();
    expect(audit.reason).toBe('The October interviews of the principals');

    // The other strategies' recommendations, recorded as a colleague would have.
    const pid = (await resolvePartnership(t.ctx)).id;
    for (const line of (await uptakeOverview(t.ctx, pid)).filter((l) => l.district === LAKESIDE && l.cycle === '2010-11' && l.uptake === null))
      await recordUptake(t.ctx, { recommendationId: line.recommendationId, cycle: '2011-12', status: 'not' });
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await followUp(page).waitFor();
    await expect.poll(() => followUp(page).innerText()).toMatch(/done\s+uptake recorded for 8 of 8 recommendations/);
    await page.close();
  });

  it("cites a turn of the next autumn's leader interviews for a recorded uptake", async () => {
    const page = await open('analyst');
    await page.goto(`${server.url}/feedback?district=${encodeURIComponent(LAKESIDE)}&cycle=2009-10`);
    const uptake = page.getByRole('group', { name: 'Uptake of recommendation 1' });
    await uptake.getByText(/Uptake: acted on partly \(seen in 2010-11\)/).waitFor();
    const passages = uptake.getByRole('list', { name: 'Passages the uptake of recommendation 1 cites' }).getByRole('listitem');
    expect(await passages.count()).toBe(1);
    await uptake.getByRole('button', { name: 'Cite a passage for the uptake of recommendation 1' }).click();
    const picker = uptake.getByRole('group', { name: 'Cite a passage for the uptake of recommendation 1' });
    await expect.poll(() => picker.getByLabel('Leader interview of 2010-11').locator('option').count()).toBeGreaterThan(0);
    await picker.getByRole('button', { name: 'Show its turns' }).click();
    await picker.getByRole('button', { name: 'Cite this turn' }).first().click();
    await picker
      .getByRole('status')
      .filter({ hasText: /^Cited turn \d+ of / })
      .waitFor();
    await expect.poll(() => passages.count()).toBe(2);
    const cited = await t.store.db
      .selectFrom('evidence_link')
      .innerJoin('uptake', 'uptake.id', 'evidence_link.citing_id')
      .select('evidence_link.cited_kind')
      .where('evidence_link.retired_at', 'is', null)
      .where(
        'uptake.recommendation_id',
        '=',
        (await t.store.db.selectFrom('uptake').select('recommendation_id').orderBy('created_at').executeTakeFirstOrThrow()).recommendation_id,
      )
      .execute();
    expect(cited.map((c) => c.cited_kind)).toEqual(['excerpt', 'excerpt']);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('lets a lead researcher change the quote minimum on the set-up page with the reason, and shows others the rule', async () => {
    const page = await open('lead');
    await openFromMenu(page, 'Manage', 'Set-up');
    const section = page.getByRole('region', { name: 'Quotes to partners' });
    await section.waitFor();
    expect(await section.innerText()).toMatch(/at least 3 participants interviewed in the district.*\(Version 1 of the rule\.\)/s);
    const form = section.getByRole('form', { name: 'Change the quote minimum' });
    await form.getByLabel(/^Quote minimum/).fill('5');
    const save = form.getByRole('button', { name: 'Save the quote minimum' });
    expect(await save.isDisabled()).toBe(true);
    await form.getByLabel(/^Why the change/).fill('Two districts have small schools');
    await save.click();
    await section.getByText('The quote minimum is now 5 (version 2).').waitFor();
    await expect.poll(() => section.innerText()).toMatch(/at least 5 participants/);
    expect(await accessibilityViolations(page)).toEqual([]);
    const partnership = await resolvePartnership(t.ctx);
    expect(partnership).toMatchObject({ quote_min_participants: 5, quote_min_version: 2 });
    const audit = await t.store.db
      .selectFrom('audit_log')
      .select(['reason', 'actor'])
      .where('action', '=', 'partnership.quote_minimum')
      .executeTakeFirstOrThrow();
    expect(audit.reason).toBe('Two districts have small schools');
    await page.close();
  });

  it('verifies the audit trail in words and downloads it, for administrators only', async () => {
    const page = await open('admin');
    await openFromMenu(page, 'Manage', 'Audit trail');
    await page.getByRole('button', { name: 'Verify the audit trail' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^The audit trail holds: all [\d,]+ entries are intact/ })
      .waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the audit trail (CSV)' }).click();
    expect((await download).suggestedFilename()).toBe('warrant-audit-trail.csv');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();

    const observer = await open('observer');
    await observer.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Manage' }).click();
    await observer.getByRole('link', { name: 'ISF templates' }).waitFor();
    expect(await observer.getByRole('link', { name: 'Audit trail' }).count()).toBe(0);
    await observer.goto(`${server.url}/audit`);
    await observer.getByRole('heading', { name: 'Not open to your role' }).waitFor();
    await observer.close();
  });
});
