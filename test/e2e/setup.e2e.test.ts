import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, openEmptyInChromium, signInWith } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';

const ADMIN = { email: 'admin@riverton-rpp.example', displayName: 'Ana Admin', password: 'admin-password-1234', isAdmin: true };
const LEAD = { email: 'lead@riverton-rpp.example', displayName: 'Lee Lead', password: 'lead-password-1234' };

/** A team's first day: on an empty database, an administrator starts the partnership and a lead researcher adds a participant. */
describe('the web app: starting a partnership without a bundle', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ t, server, browser, close } = await openEmptyInChromium([ADMIN, LEAD]));
  }, 120_000);
  afterAll(() => close?.());

  const open = async (who: typeof ADMIN | typeof LEAD): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signInWith(page, server.url, who.email, who.password);
    return page;
  };

  it('lets an administrator create the partnership with a cycle, a district and a school, and invite a lead researcher', async () => {
    const page = await open(ADMIN);
    const start = page.getByRole('form', { name: 'Start a partnership' });
    await start.getByLabel('Name of the partnership').fill('Riverton RPP');
    await start.getByLabel(/^Cycles/).fill('2009-10');
    await start.getByLabel('Quote minimum').fill('3');
    await start.getByRole('button', { name: 'Create the partnership' }).click();
    await page.getByRole('heading', { name: 'Set-up of Riverton RPP' }).waitFor();

    const district = page.getByRole('form', { name: 'Add a district' });
    await district.getByLabel('New district').fill('Riverton');
    await district.getByRole('button', { name: 'Add the district' }).click();
    await page.getByRole('region', { name: 'Districts' }).getByRole('listitem').filter({ hasText: 'Riverton' }).waitFor();
    // A district's name is taken once: the refusal names the field.
    await district.getByLabel('New district').fill('riverton');
    await district.getByRole('button', { name: 'Add the district' }).click();
    expect(await district.getByRole('alert').innerText()).toMatch(/name: the partnership already has a district named "riverton"/);

    const school = page.getByRole('form', { name: 'Add a school' });
    await school.getByLabel('New school').fill('Oak Ridge Middle School');
    await school.getByRole('button', { name: 'Add the school' }).click();
    await page.getByRole('region', { name: 'Schools' }).getByRole('listitem').filter({ hasText: 'Oak Ridge Middle School' }).waitFor();
    expect(await page.getByRole('region', { name: 'Cycles', exact: true }).innerText()).toMatch(/2009-10/);

    await page.getByLabel('Email', { exact: true }).fill(LEAD.email);
    await page.getByLabel('Role', { exact: true }).selectOption('lead');
    await page.getByRole('button', { name: 'Create the invitation' }).click();
    await page.getByText(`Send this link to ${LEAD.email}`).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();

    const [partnership] = await t.store.partnerships.list();
    expect(partnership).toMatchObject({ name: 'Riverton RPP', quote_min_participants: 3 });
    expect((await t.store.organizations.list(partnership!.id)).map((o) => [o.kind, o.name])).toEqual([
      ['district', 'Riverton'],
      ['school', 'Oak Ridge Middle School'],
    ]);
  });

  it('lets the lead researcher accept the invitation and add a participant, who then has a page of their own', async () => {
    const page = await open(LEAD);
    await page.getByRole('button', { name: 'Accept the invitation to Riverton RPP' }).click();
    await page.getByRole('link', { name: 'Participants' }).click();
    await page.getByText('Add a participant').click();
    const add = page.getByRole('form', { name: 'Add a participant' });
    await add.getByLabel('Pseudonym').fill('Ms. Rivera');
    await add.getByLabel('Role group').selectOption('teacher');
    await add.getByLabel('School').selectOption({ label: 'Oak Ridge Middle School' });
    await add.getByRole('button', { name: 'Add the participant' }).click();
    await page.getByRole('status').filter({ hasText: 'Added Ms. Rivera as T01.' }).waitFor();
    await page.getByRole('link', { name: 'Ms. Rivera' }).click();
    await page.getByRole('heading', { name: /Ms\. Rivera/ }).waitFor();
    expect(await page.locator('dl.facts').innerText()).toMatch(/Teacher[\s\S]*Oak Ridge Middle School/);

    const edit = page.getByRole('form', { name: 'Edit the participant' });
    await edit.getByLabel('Role group').selectOption('coach');
    // A new role asks whether it is a change since or a correction of the past interviews too.
    await edit.getByLabel(/A change since: past interviews keep the role group and school/).check();
    await edit.getByLabel(/Why the change/).fill('She became the school’s mathematics coach');
    await edit.getByRole('button', { name: 'Save the participant' }).click();
    await page.getByRole('status').filter({ hasText: 'T01 saved as version 2' }).waitFor();
    expect(await page.locator('dl.facts').innerText()).toMatch(/Coach/);
    expect(await accessibilityViolations(page)).toEqual([]);

    const [partnership] = await t.store.partnerships.list();
    expect(await t.store.participants.byCode(partnership!.id, 'T01')).toMatchObject({ pseudonym: 'Ms. Rivera', role: 'coach', version: 2 });
  });
});
