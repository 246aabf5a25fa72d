import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, openDemoInChromium, openFromMenu, signIn } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';

interface Agreement {
  interviews: { code: string }[];
  codes: { code: string; alpha: number | null; kappa: number | null; percentAgreement: number | null; disagreements: number; reconciled: number }[];
}

/** Reliability, in a real Chromium on the demo's double-coded interviews: agreement per code, a disagreement side by side, its reconciliation. */
describe('double coding and reliability, in the web app', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => ({ t, server, browser, close } = await openDemoInChromium()), 120_000);
  afterAll(() => close?.());

  it("shows agreement per code as computed on the demo's double-coded interviews", async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signIn(page, server.url, 'lead');
    await openFromMenu(page, 'Coding', 'Reliability');
    const section = page.getByRole('region', { name: 'Agreement per code' });
    const pid = (await t.store.db.selectFrom('partnership').select('id').executeTakeFirstOrThrow()).id;
    const computed = (await (await page.request.get(`${server.url}/api/partnerships/${pid}/reliability/agreement`)).json()) as Agreement;
    expect(computed.interviews.length).toBeGreaterThan(1);
    await expect.poll(() => section.innerText()).toContain(`${computed.interviews.length} double-coded interviews, coders Ana Morales, Ben Okafor.`);

    // The assignments, one double-coded interview to a row with both its coders.
    const assignments = page.getByRole('table', { name: 'Assignments, one interview to a row' });
    for (const i of computed.interviews)
      await expect
        .poll(() => assignments.getByRole('row', { name: new RegExp(`^${i.code}\\b`) }).innerText())
        .toMatch(/Ana Morales: done[\s\S]*Ben Okafor: done/);

    const table = section.getByRole('table', { name: 'Agreement per code' });
    const coaching = computed.codes.find((c) => c.code === 'Coaching')!;
    expect(coaching.disagreements).toBeGreaterThan(0);
    const row = table.getByRole('row', { name: /^Coaching/ });
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells.slice(0, 3)).toEqual([coaching.alpha!.toFixed(3), coaching.kappa!.toFixed(3), `${(coaching.percentAgreement! * 100).toFixed(1)}%`]);
    expect(cells.at(-1)).toBe(`${coaching.disagreements} (${coaching.reconciled} reconciled)`);
    // In the codebook's order: the parent "Tensions" before its code.
    const names = await table.getByRole('rowheader').allInnerTexts();
    expect(names.indexOf('Tensions')).toBeLessThan(names.indexOf('Pacing versus depth'));
    expect(names.indexOf('Supports')).toBeLessThan(names.indexOf('Coaching'));
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('lists a disagreement with each side beside the other, and records the reconciled coding with who decided and why', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signIn(page, server.url, 'lead');
    await page.goto(`${server.url}/reliability`);
    const section = page.getByRole('region', { name: 'Disagreements' });
    await section.getByLabel('Code', { exact: true }).selectOption({ label: 'Coaching' });
    const card = section.getByRole('article', { name: /^Coaching on / }).first();
    await card.waitFor();
    const [applied, notApplied] = [card.getByRole('region', { name: 'Applied', exact: true }), card.getByRole('region', { name: 'Not applied' })];
    const names = [await applied.locator('p').innerText(), await notApplied.locator('p').innerText()];
    expect(names.sort()).toEqual(['Ana Morales', 'Ben Okafor']);
    // Side by side: the same height on the page, one left of the other.
    const [a, n] = [(await applied.boundingBox())!, (await notApplied.boundingBox())!];
    expect(Math.abs(a.y - n.y)).toBeLessThan(2);
    expect(a.x + a.width).toBeLessThanOrEqual(n.x);
    expect((await card.locator('blockquote').innerText()).length).toBeGreaterThan(10);

    const label = (await card.getAttribute('aria-label'))!;
    const form = card.getByRole('form', { name: 'Reconcile' });
    await form.getByLabel('It does not apply').check();
    await form.getByLabel('Why (kept with the decision)').fill('The turn is about the schedule, not about the coach working with the teacher.');
    await form.getByRole('button', { name: 'Record the decision' }).click();
    const decided = section.getByRole('article', { name: label });
    await expect
      .poll(() => decided.innerText())
      .toMatch(
        /Decided: the code does not apply, by Ana Morales on [A-Z][a-z]+ \d+, \d{4}: The turn is about the schedule, not about the coach working with the teacher\./,
      );
    const row = page.getByRole('table', { name: 'Agreement per code' }).getByRole('row', { name: /^Coaching/ });
    await expect.poll(async () => (await row.getByRole('cell').allInnerTexts()).at(-1)).toMatch(/\(1 reconciled\)$/);
    const stored = await t.store.db.selectFrom('reconciliation').select(['decision', 'reason']).execute();
    expect(stored).toContainEqual({ decision: 'not_applied', reason: 'The turn is about the schedule, not about the coach working with the teacher.' });
    await page.close();
  });

  it('shows an observer the agreement and the disagreements, with no decision to record', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signIn(page, server.url, 'observer');
    await page.goto(`${server.url}/reliability`);
    await page
      .getByRole('table', { name: 'Agreement per code' })
      .getByRole('row', { name: /^Coaching/ })
      .waitFor();
    await page.getByRole('region', { name: 'Disagreements' }).getByRole('article').first().waitFor();
    expect(await page.getByRole('form', { name: 'Reconcile' }).count()).toBe(0);
    expect(await page.getByRole('form', { name: 'Assign interviews' }).count()).toBe(0);
    await page.close();
  });
});
