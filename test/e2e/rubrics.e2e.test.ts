import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, openDemoInChromium, openFromMenu, signIn } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';

/** Editing a levelled rubric in the web app, in a real Chromium on the demo: a level and a dimension added, as the rubric's next version. */
describe('rubrics, edited in the web app', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => ({ t, server, browser, close } = await openDemoInChromium()), 120_000);
  afterAll(() => close?.());

  const RUBRIC = 'Vision of high-quality mathematics instruction';

  it('asks the reason of an edit, then adds a level and a dimension as the next version', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signIn(page, server.url, 'lead');
    await openFromMenu(page, 'Coding', 'Scores');
    await page.getByRole('button', { name: 'Edit the rubric' }).click();
    const form = page.getByRole('form', { name: `Edit the rubric ${RUBRIC}` });

    // A fifth level of student engagement.
    await form.getByRole('button', { name: 'Add a level to Student engagement' }).click();
    await expect.poll(() => form.getByLabel('Student engagement, level 5: value').inputValue()).toBe('5');
    await form.getByLabel('Student engagement, level 5: label').fill('Generative');
    await form.getByLabel('Student engagement, level 5: descriptor').fill('Students pose their own questions and extend the task.');

    // A new dimension with two levels.
    await form.getByRole('button', { name: 'Add a dimension' }).click();
    await form.getByLabel('Dimension name').last().fill('Use of representations');
    await form.getByRole('button', { name: 'Take out level 4' }).last().click();
    await form.getByRole('button', { name: 'Take out level 3' }).last().click();
    for (const [n, label, descriptor] of [
      [1, 'Single', 'One representation, chosen by the teacher.'],
      [2, 'Connected', 'Students move between tables, graphs and equations and say how they connect.'],
    ] as const) {
      await form.getByLabel(`Use of representations, level ${n}: label`).fill(label);
      await form.getByLabel(`Use of representations, level ${n}: descriptor`).fill(descriptor);
    }

    // Without a reason the form is not sent, and nothing changes.
    const why = form.getByLabel('Why the rubric changes (kept in its history)');
    await form.getByRole('button', { name: 'Save version 2' }).click();
    expect(await why.getAttribute('required')).not.toBeNull();
    expect(await form.count()).toBe(1);
    expect((await t.store.db.selectFrom('rubric').select('version').where('name', '=', RUBRIC).executeTakeFirstOrThrow()).version).toBe(1);

    await form
      .getByLabel('Why the rubric changes (kept in its history)')
      .fill('Coders met answers beyond level 4, and the team scores representations from this year');
    await form.getByRole('button', { name: 'Save version 2' }).click();
    await form.waitFor({ state: 'detached' });
    const view = page.getByRole('region', { name: RUBRIC });
    await expect.poll(() => view.getByRole('row', { name: /^Use of representations/ }).innerText()).toContain('Connected');
    expect(await view.getByRole('columnheader', { name: 'Level 5' }).count()).toBe(1);
    expect(await view.getByRole('row', { name: /^Student engagement/ }).innerText()).toContain('Generative Students pose their own questions');

    const stored = await t.store.db.selectFrom('rubric').select(['id', 'version']).where('name', '=', RUBRIC).executeTakeFirstOrThrow();
    expect(stored.version).toBe(2);
    const rubric = (await (await page.request.get(`${server.url}/api/rubrics/${stored.id}`)).json()) as {
      dimensions: { name: string; levels: { value: number; label: string }[] }[];
    };
    expect(rubric.dimensions.map((d) => d.name)).toEqual([
      'Role of the teacher',
      'Classroom discourse',
      'Mathematical tasks',
      'Student engagement',
      'Use of representations',
    ]);
    expect(rubric.dimensions.at(-1)!.levels.map((l) => [l.value, l.label])).toEqual([
      [1, 'Single'],
      [2, 'Connected'],
    ]);
    expect(rubric.dimensions[3]!.levels.map((l) => l.value)).toEqual([1, 2, 3, 4, 5]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it('defines a new rubric, which the page then offers beside the first', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signIn(page, server.url, 'lead');
    await page.goto(`${server.url}/scoring`);
    await page.getByRole('button', { name: 'New rubric' }).click();
    const form = page.getByRole('form', { name: 'New rubric' });
    await form.getByLabel('Rubric name').fill('Instructional quality');
    await form.getByLabel('What it scores').fill('Lesson videos scored on the quality of the task and of the discussion.');
    await form.getByLabel('Dimension name').fill('Potential of the task');
    const levels = ['Procedures only', 'Some connections', 'Connections and reasoning', 'Rich and open'];
    for (const [i, descriptor] of levels.entries()) await form.getByLabel(`Potential of the task, level ${i + 1}: descriptor`).fill(descriptor);
    await form.getByRole('button', { name: 'Define the rubric' }).click();
    await form.waitFor({ state: 'detached' });
    const view = page.getByRole('region', { name: 'Instructional quality' });
    await expect.poll(() => view.getByRole('row', { name: /^Potential of the task/ }).innerText()).toContain('Rich and open');
    await page.getByLabel('Rubric', { exact: true }).selectOption({ label: RUBRIC });
    await page.getByRole('region', { name: RUBRIC }).waitFor();
    expect(await t.store.db.selectFrom('rubric').select('name').orderBy('name').execute()).toEqual([{ name: 'Instructional quality' }, { name: RUBRIC }]);
    await page.close();
  });

  it('offers analysts the rubric to read, not to edit', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signIn(page, server.url, 'analyst');
    await page.goto(`${server.url}/scoring`);
    await page.getByRole('region', { name: RUBRIC }).waitFor();
    expect(await page.getByRole('button', { name: 'Edit the rubric' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'New rubric' }).count()).toBe(0);
    await page.close();
  });
});
