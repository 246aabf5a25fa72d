import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, openDemoInChromium, openFromMenu, signIn } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';

const LAKESIDE = 'Lakeside Public Schools';
const CYCLE = '2010-11';
const FIRST = 'Strategy 1: Principals as instructional leaders in mathematics';

/** The team documents a district's strategies in a real Chromium, from the demo's autumn work. */
describe('the Strategies page', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  const address = () => `${server.url}/strategies?district=${encodeURIComponent(LAKESIDE)}&cycle=${CYCLE}`;

  const openLakeside = async (page: Page) => {
    await page.goto(address());
    await page.getByRole('heading', { name: FIRST }).waitFor();
  };
  const strategy = (page: Page, name: string | RegExp) => page.getByRole('region', { name });
  const element = (page: Page, text: string) => page.locator('li.element', { hasText: text });

  let close: () => Promise<void>;
  beforeAll(async () => ({ t, server, browser, close } = await openDemoInChromium()), 120_000);
  afterAll(() => close?.());

  it("shows a district's strategies with their practices, supports, accountability and evidence", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url);
    await openFromMenu(page, 'Design & feedback', 'Strategies');
    // Without filters in the address: the first district and the latest cycle.
    await page.getByRole('heading', { name: /^Strategy 1: / }).waitFor();
    await expect.poll(() => page.getByLabel('Cycle', { exact: true }).inputValue()).toBe(CYCLE);
    await page.getByLabel('District', { exact: true }).selectOption(LAKESIDE);
    await page.getByLabel('Cycle', { exact: true }).selectOption(CYCLE);
    await page.getByRole('heading', { name: FIRST }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: /^Strategy \d/ }).allInnerTexts()).toEqual([
      FIRST,
      expect.stringMatching(/^Strategy 2: Every classroom teaching /),
      'Strategy 3: Supporting students who struggle in mathematics',
      'Strategy 4: Using assessment data to guide instruction',
    ]);

    const first = strategy(page, FIRST);
    expect(await first.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      'Evidence for the strategy',
      'Envisioned practices',
      'Intended supports',
      'Accountability relations',
      'In-house assessment',
    ]);
    const walks = element(page, 'Learning Walks: principal and supervisor');
    expect(await walks.innerText()).toMatch(
      /Type of support\s+Organizational routine[\s\S]*Role groups served\s+School leaders[\s\S]*Frequency\s+quarterly in every school[\s\S]*Co-participation with someone more expert\s+Yes/,
    );
    expect(await walks.getByRole('list', { name: 'Evidence for the intended support' }).innerText()).toMatch(/Interview LPS-D\d+-1011/);
    expect(await element(page, 'at least 2 hours a day in classrooms').innerText()).toMatch(/^School leaders: Observe mathematics instruction/);
    expect(await first.locator('li.element.accountability').first().innerText()).toMatch(
      /^Supervisors hold principals accountable for observing mathematics instruction/,
    );
    // The second strategy's supports rest on the district's PD calendar too.
    expect(await element(page, 'Summer institute on the curriculum units').innerText()).toMatch(
      /Document: PD calendar 2010-11 \(pd-calendar-2010-11\.docx\) — PD calendar, table 1/,
    );
    expect(await page.locator('main').innerText()).toContain('never shown to partners');

    // 2009-10: the one strategy documented that year, with its one support.
    await page.getByLabel('Cycle', { exact: true }).selectOption('2009-10');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /^Strategy \d/ }).allInnerTexts()).toEqual([FIRST]);
    expect(await strategy(page, FIRST).innerText()).toMatch(/Learning Walks with supervisors/);
    expect(new URL(page.url()).searchParams.get('cycle')).toBe('2009-10');
    await page.close();
  });

  it('adds a strategy with a practice, a support and an accountability relation, and cites a leader passage and a document', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url);
    await openLakeside(page);
    const adding = page.getByRole('form', { name: 'Add a strategy' });
    await adding.getByLabel('Name').fill('Coaching cycles for new teachers');
    await adding.getByLabel('Goal').fill('New teachers plan, teach and debrief lessons with a coach until they keep the demand of tasks.');
    await adding.getByRole('button', { name: 'Add the strategy' }).click();
    const added = strategy(page, 'Strategy 5: Coaching cycles for new teachers');
    await added.waitFor();
    await expect.poll(() => adding.getByLabel('Name').inputValue()).toBe('');

    await added.getByRole('button', { name: 'Add a practice, support or accountability relation' }).click();
    let form = added.getByRole('form', { name: 'Add to the strategy' });
    await form.getByLabel('Role group').selectOption('teacher');
    await form.getByLabel('Practice').fill('Plan lessons with the coach and keep the demand of tasks when teaching them');
    await form.getByLabel('Measurable target').fill('one coaching cycle a month');
    await form.getByRole('button', { name: 'Add the envisioned practice' }).click();
    await expect
      .poll(() => added.locator('li.element.practice').innerText())
      .toMatch(/^Teachers: Plan lessons with the coach[\s\S]*Measurable target\s+one coaching cycle a month/);

    await added.getByRole('button', { name: 'Add a practice, support or accountability relation' }).click();
    form = added.getByRole('form', { name: 'Add to the strategy' });
    await form.getByLabel('Kind').selectOption('support');
    await form.getByLabel('Type of support').selectOption({ label: 'Ongoing intentional learning event' });
    await form.getByLabel('Description').fill('Coaching cycles: plan, co-teach and debrief a lesson');
    await form.getByLabel('Frequency').fill('monthly');
    await form.getByLabel('Provider').fill('School-based coaches');
    await form.getByLabel('Co-participation with someone more expert').check();
    await form.getByRole('button', { name: 'Add the intended support' }).click();
    // Without a role group served, the server says which field is missing; the form keeps what was typed.
    await expect.poll(() => form.getByRole('alert').innerText()).toMatch(/serves at least one role group: choose whom it serves/);
    expect(await form.getByRole('alert').innerText()).not.toContain('rolesServed');
    expect(await form.getByLabel('Description').inputValue()).toBe('Coaching cycles: plan, co-teach and debrief a lesson');
    await form.getByRole('group', { name: 'Role groups served' }).getByLabel('Teachers').check();
    await form.getByRole('group', { name: 'Role groups served' }).getByLabel('Mathematics coaches').check();
    await form.getByRole('button', { name: 'Add the intended support' }).click();
    const support = element(page, 'Coaching cycles: plan, co-teach');
    await expect
      .poll(() => support.innerText())
      .toMatch(
        /Type of support\s+Ongoing intentional learning event\s+Role groups served\s+Teachers, Mathematics coaches\s+Frequency\s+monthly\s+Provider\s+School-based coaches\s+Co-participation with someone more expert\s+Yes/,
      );

    await added.getByRole('button', { name: 'Add a practice, support or accountability relation' }).click();
    form = added.getByRole('form', { name: 'Add to the strategy' });
    await form.getByLabel('Kind').selectOption('accountability');
    await form.getByLabel('Who holds others accountable').fill('Principals');
    await form.getByLabel('Who is held accountable').fill('coaches');
    await form.getByLabel('For what').fill('completing a coaching cycle with each new teacher');
    await form.getByRole('button', { name: 'Add the accountability relation' }).click();
    await expect
      .poll(() => added.locator('li.element.accountability').innerText())
      .toMatch(/^Principals hold coaches accountable for completing a coaching cycle/);

    // A whole turn of a district leader's interview, from the keyboard.
    const practice = added.locator('li.element.practice');
    await practice.getByRole('button', { name: 'Cite evidence' }).click();
    const picker = practice.getByRole('group', { name: 'Cite evidence for the envisioned practice' });
    const interview = picker.getByLabel('Interview', { exact: true });
    const code = (await interview.locator('option').first().innerText()).split(' · ')[0]!;
    expect(code).toMatch(/^LPS-D\d+-1011$/);
    await interview.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const turns = picker.getByRole('region', { name: `Transcript of ${code}` });
    const cite = turns.getByRole('button', { name: 'Cite this turn' }).first();
    await cite.waitFor();
    const words = (await turns.locator('li.participant p:not(.speaker)').first().innerText()).trim();
    await cite.focus();
    await page.keyboard.press('Enter');
    const evidence = practice.getByRole('list', { name: 'Evidence for the envisioned practice' });
    await expect.poll(() => evidence.innerText()).toContain(`Interview ${code}`);
    expect(await evidence.innerText()).toContain(words.slice(0, 60));
    await expect.poll(() => turns.getByRole('button', { name: 'Cited' }).count()).toBe(1);

    await support.getByRole('button', { name: 'Cite evidence' }).click();
    const documents = support.getByRole('group', { name: 'Cite evidence for the intended support' });
    await documents.getByLabel('Note on the evidence (optional)').fill('Coaching cycles listed for new teachers');
    await documents.locator('li', { hasText: 'PD calendar 2010-11' }).getByRole('button', { name: 'Cite this document' }).click();
    await expect
      .poll(() => support.getByRole('list', { name: 'Evidence for the intended support' }).innerText())
      .toMatch(/Document: PD calendar 2010-11 \(pd-calendar-2010-11\.docx\) — Coaching cycles listed for new teachers/);

    const relation = added.locator('li.element.accountability');
    await relation.getByRole('button', { name: 'Retire' }).click();
    await relation.getByLabel('Why retire it (kept in the history)').fill('The district dropped it in its November plan');
    await relation.getByRole('button', { name: 'Retire the accountability relation' }).click();
    await expect.poll(() => added.locator('li.element.accountability').count()).toBe(0);

    await page.reload();
    const reloaded = strategy(page, 'Strategy 5: Coaching cycles for new teachers');
    await reloaded.waitFor();
    expect(await reloaded.locator('li.element').count()).toBe(2);
    expect(await reloaded.getByRole('list', { name: /^Evidence for the/ }).count()).toBe(2);
    await page.close();
  });

  it("edits an element's frequency with a reason, and tells a stale edit of the conflict", async () => {
    const analyst = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const lead = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(analyst, server.url, 'analyst');
    await signIn(lead, server.url, 'lead');
    for (const page of [analyst, lead]) await openLakeside(page);
    const meetings = (page: Page) => element(page, 'Monthly principal meetings with their supervisors');
    // The lead researcher opens the same element before the analyst saves: their edit is made on the older version.
    await meetings(lead).getByRole('button', { name: 'Edit' }).click();

    await meetings(analyst).getByRole('button', { name: 'Edit' }).click();
    const mine = meetings(analyst).getByRole('form', { name: 'Edit the intended support' });
    await mine.getByLabel('Frequency').fill('twice a month');
    await mine.getByLabel('Why the change (optional, kept in the history)').fill('Corrected after the November principal meeting');
    await mine.getByRole('button', { name: 'Save the changes' }).click();
    await expect.poll(() => meetings(analyst).innerText()).toMatch(/Frequency\s+twice a month/);
    await expect.poll(() => meetings(analyst).getByRole('form').count()).toBe(0);

    const stale = meetings(lead).getByRole('form', { name: 'Edit the intended support' });
    await stale.getByLabel('Frequency').fill('every week');
    await stale.getByRole('button', { name: 'Save the changes' }).click();
    const conflict = stale.getByRole('alert');
    await expect.poll(() => conflict.innerText()).toMatch(/Someone else saved this[\s\S]*Frequency\s+twice a month/);
    expect(await stale.getByLabel('Frequency').inputValue()).toBe('every week');
    await conflict.getByRole('button', { name: 'Save mine over theirs' }).click();
    await expect.poll(() => meetings(lead).innerText()).toMatch(/Frequency\s+every week/);

    const id = (
      await t.store.db.selectFrom('strategy_element').select('id').where('description', 'like', 'Monthly principal meetings%').executeTakeFirstOrThrow()
    ).id;
    const history = await t.store.audit.forEntity(id);
    expect(history.filter((h) => h.action === 'strategy_element.update').map((h) => [h.actor, h.reason])).toEqual([
      ['analyst@demo.warrant.test', 'Corrected after the November principal meeting'],
      ['lead@demo.warrant.test', null],
    ]);
    await analyst.close();
    await lead.close();
  });

  it('writes the enablement assessment of a strategy, kept after a reload; an observer reads the page without changing it', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url);
    await openLakeside(page);
    const enablement = (p: Page) =>
      strategy(p, FIRST).getByRole('region', { name: 'Are its intended supports and accountability relations likely to enable those practices?' });
    const panel = enablement(page);
    expect(await panel.getByLabel('Judgement').inputValue()).toBe('partly');
    await panel.getByLabel('Judgement').selectOption('unlikely');
    await panel
      .getByLabel('Rationale')
      .fill('Supervisors in the Learning Walks are no more expert in mathematics instruction than the principals they walk with.');
    await panel.getByLabel('Incidental learning event').check();
    await panel.getByLabel('Why the change (optional, kept in the history)').fill('After the first Learning Walks');
    await panel.getByRole('button', { name: 'Save the assessment' }).click();
    await expect.poll(() => panel.getByRole('status').innerText()).toBe('Saved.');

    await page.reload();
    const again = enablement(page);
    await expect.poll(() => again.getByLabel('Judgement').inputValue()).toBe('unlikely');
    expect(await again.getByLabel('Rationale').inputValue()).toMatch(/^Supervisors in the Learning Walks are no more expert/);
    expect(await again.getByLabel('Incidental learning event').isChecked()).toBe(true);
    expect(await again.getByLabel('Organizational routine').isChecked()).toBe(true);
    await page.close();

    const observer = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(observer, server.url, 'observer');
    await openLakeside(observer);
    await expect
      .poll(() => enablement(observer).innerText())
      .toMatch(
        /Judgement\s+unlikely\s+Rationale\s+Supervisors in the Learning Walks[\s\S]*Framework references\s+Organizational routine, Tool, Incidental learning event/,
      );
    expect(await observer.getByRole('button', { name: /Add|Edit|Retire|Cite evidence|Save/ }).count()).toBe(0);
    expect(await observer.locator('main textarea, main input').count()).toBe(0);
    expect(await observer.locator('main').innerText()).toContain('never shown to partners');
    await observer.close();
  });

  it('has no serious accessibility violations, reading or editing', async () => {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await signIn(page, server.url);
    await openLakeside(page);
    const found: Record<string, string[]> = { reading: await accessibilityViolations(page) };
    const walks = element(page, 'Learning Walks: principal and supervisor');
    await walks.getByRole('button', { name: 'Edit' }).click();
    await strategy(page, FIRST).getByRole('button', { name: 'Cite evidence' }).first().click();
    const picker = strategy(page, FIRST).getByRole('group', { name: 'Cite evidence for strategy 1' });
    await picker.getByRole('button', { name: 'Show its turns' }).click();
    await picker
      .getByRole('button', { name: /Cite this turn|Cited/ })
      .first()
      .waitFor();
    await strategy(page, FIRST).getByRole('button', { name: 'Add a practice, support or accountability relation' }).click();
    await strategy(page, FIRST).getByLabel('Kind').selectOption('support');
    found.editing = await accessibilityViolations(page);
    expect(found).toEqual({ reading: [], editing: [] });
    await context.close();
  });
});
