import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, openDemoInChromium, openFromMenu, signIn } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';

/** A team's first year: the lead defines what they record of participants, sets a teacher's values, and corrects a role the roster had wrong. */
describe("the web app: participants' attributes and the correction of past interviews", () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ t, server, browser, close } = await openDemoInChromium());
  }, 180_000);
  afterAll(() => close?.());

  it('defines an attribute, sets a value (refusing one that does not fit, naming the attribute), and corrects a role with the past interviews', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url, 'lead');
    // The address /setup is the server's page for the first administrator: the app's set-up page is reached through its link.
    await openFromMenu(page, 'Manage', 'Set-up');
    const define = page.getByRole('form', { name: 'Define a participant attribute' });
    await define.getByLabel('New attribute').fill('certification');
    await define.getByLabel('Kind').selectOption('choice');
    await define.getByLabel(/^Choices/).fill('general, math specialist');
    await define.getByRole('button', { name: 'Define the attribute' }).click();
    const defined = page.getByRole('region', { name: 'Participant attributes' });
    await defined.getByRole('listitem').filter({ hasText: 'certification' }).waitFor();
    const attributes = await defined.innerText(); // in either order (see below)
    expect(attributes).toMatch(/years of experience · number/);
    expect(attributes).toMatch(/grades taught · several of the choices \(6, 7, 8\)/);
    expect(await accessibilityViolations(page)).toEqual([]);

    const [partnership] = await t.store.partnerships.list();
    const pid = partnership!.id;
    const interviews = await t.store.interviews.listAll(pid);
    const teacher = (await t.store.participants.list(pid, { role: 'teacher' })).find((p) => interviews.filter((i) => i.participant_id === p.id).length >= 2)!;
    const theirs = interviews.filter((i) => i.participant_id === teacher.id);
    await page.goto(`${server.url}/participants/${teacher.id}`);
    await page.getByRole('heading', { name: new RegExp(teacher.pseudonym.replace('.', '\\.')) }).waitFor();

    const values = page.getByRole('form', { name: "The participant's attributes" });
    await values.getByLabel('years of experience').fill('12 yrs');
    await values.getByLabel('certification').selectOption('math specialist');
    await values.getByLabel('7').check();
    await values.getByLabel(/Why the change/).fill('from the first interview');
    await values.getByRole('button', { name: 'Save the attributes' }).click();
    expect(await page.getByRole('alert').innerText()).toMatch(/years of experience is a number; "12 yrs" is not/);
    await values.getByLabel('years of experience').fill('12');
    await values.getByRole('button', { name: 'Save the attributes' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${teacher.code} saved as version ${teacher.version + 1}` })
      .waitFor();
    // The demo defines its two attributes at one moment: they come in either order.
    await expect.poll(() => page.locator('dl.facts').innerText()).toMatch(/certification\s+math specialist/);
    const facts = await page.locator('dl.facts').innerText();
    expect(facts).toMatch(/years of experience\s+12/);
    expect(facts).toMatch(/grades taught\s+7/);

    const edit = page.getByRole('form', { name: 'Edit the participant' });
    await edit.getByLabel('Role group').selectOption('coach');
    await edit.getByLabel(/A correction: the past interviews were wrong too/).check();
    await edit.getByLabel(/Why the change/).fill('was the coach all along; the roster had it wrong');
    await edit.getByRole('button', { name: 'Save the participant' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${theirs.length} earlier interviews corrected to the new role and school` })
      .waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Interviews' }).innerText()).not.toMatch(/Teacher/);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();

    const after = (await t.store.interviews.listAll(pid)).filter((i) => i.participant_id === teacher.id);
    expect(after.map((i) => [i.role, i.version])).toEqual(theirs.map((i) => ['coach', i.version + 1]));
    const trail = await t.store.db
      .selectFrom('audit_log')
      .select(['action', 'reason'])
      .where('entity_id', '=', after[0]!.id)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(trail).toEqual({ action: 'interview.update', reason: 'was the coach all along; the roster had it wrong' });
  });
});
