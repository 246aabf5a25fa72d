import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, openDemoInChromium, openFromMenu, signIn } from '../support/browser.js';

/** Importing a survey export in a real Chromium: the validation report line by line, then the instrument listed with its responses. */
describe('instruments, in the web app', () => {
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => ({ server, browser, close } = await openDemoInChromium()), 120_000);
  afterAll(() => close?.());

  it('reports every problem of a survey file by line and column, stores nothing until told to skip the invalid responses, then lists the instrument', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signIn(page, server.url, 'analyst');
    await openFromMenu(page, 'Measures', 'Instruments');
    const listed = page.getByRole('table', { name: "The partnership's instruments" });
    await expect.poll(() => listed.getByRole('row', { name: /^Teacher and coach survey/ }).count()).toBe(1);

    const form = page.getByRole('form', { name: 'Import responses to an instrument' });
    await form.getByLabel('Plain CSV (a header line, participant_id and one column per item)').check();
    const csv = 'participant_id,years,collaboration\nGVS-C01,12,3\nGVS-C02,8,\nGVS-X99,3,2\n';
    await form.getByLabel('Export file').setInputFiles({ name: 'survey.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await form.getByLabel('Instrument').fill('Teacher survey');
    await form.getByLabel('Cycle').selectOption('2009-10');
    await form.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'survey.csv: nothing stored' }).waitFor();
    const problems = page.getByRole('table', { name: 'Problems in survey.csv' });
    expect(await problems.getByRole('row').nth(1).getByRole('cell').allInnerTexts()).toEqual([
      'error',
      '4',
      'participant_id',
      'GVS-X99 is not a participant of the roster (nor mapped to one)',
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await form.getByLabel('Store the valid responses and skip the invalid ones').check();
    await form.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'survey.csv: stored in Teacher survey, 2009-10' }).waitFor();
    expect(await page.getByText('2 added, 0 corrected (as new versions), 0 unchanged, 1 skipped as invalid.', { exact: false }).count()).toBe(1);
    const instruments = page.getByRole('table', { name: "The partnership's instruments" });
    await expect
      .poll(() =>
        instruments
          .getByRole('row', { name: /^Teacher survey/ })
          .getByRole('cell')
          .allInnerTexts(),
      )
      .toEqual(['survey', '2', '2 in 2009-10']);
    await page.close();
  });

  it("shows an instrument's items and scales, edits an item and defines a scale as versions, and gives its statistics and a participant's measures", async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signIn(page, server.url, 'analyst');
    await openFromMenu(page, 'Measures', 'Instruments');
    // A relationship between measures of two cycles, matched by participant.
    const relate = page.getByRole('form', { name: 'Relate measures' });
    for (const [legend, cycle] of [
      ['Outcome', '2010-11'],
      ['Predictor 1', '2009-10'],
    ] as const) {
      const group = relate.getByRole('group', { name: legend });
      await group.getByLabel('Instrument').selectOption({ label: 'Teacher and coach survey' });
      await group.getByLabel('Measure').selectOption('Collaboration');
      await group.getByLabel('Cycle').selectOption(cycle);
    }
    await relate.getByRole('button', { name: 'Fit' }).click();
    const fit = page.getByRole('table', { name: /OLS of Collaboration 2010-11: \d+ participants/ });
    await fit.waitFor();
    expect(await fit.getByRole('row', { name: /^Collaboration 2009-10/ }).count()).toBe(1);
    expect(await page.getByRole('status').filter({ hasText: "Pearson's r" }).count()).toBe(1);
    await page.getByRole('link', { name: 'Teacher and coach survey' }).click();
    await page
      .getByRole('heading', { name: /Teacher and coach survey/ })
      .first()
      .waitFor();
    const items = page.getByRole('table', { name: 'The items of Teacher and coach survey, in order' });
    expect(
      await items
        .getByRole('row', { name: /^collab_alone/ })
        .getByRole('cell')
        .nth(3)
        .innerText(),
    ).toBe('yes');
    const scales = page.getByRole('table', { name: 'The scales of Teacher and coach survey' });
    expect(
      await scales
        .getByRole('row', { name: /^Collaboration/ })
        .getByRole('cell')
        .first()
        .innerText(),
    ).toBe('collab_share, collab_work, collab_alone, collab_observe');

    // Descriptives per cycle and school, the change of the same participants, the scales' α.
    await page.getByRole('form', { name: 'Choose a measure' }).getByLabel('Measure').selectOption('Collaboration');
    await page.getByRole('group', { name: 'Within each cycle, by' }).getByLabel('School').check();
    const described = page.getByRole('table', { name: 'Collaboration: descriptives per cycle and school' });
    await described.waitFor();
    expect(
      await described
        .getByRole('row', { name: /^2009-10 All/ })
        .getByRole('cell')
        .first()
        .innerText(),
    ).toBe('28');
    await page.getByRole('table', { name: /Collaboration: change from 2009-10 to 2010-11 of the 28 participants measured in both/ }).waitFor();
    await page.getByRole('table', { name: /Cronbach's α of each scale per cycle/ }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    // The responses for R, Stata and SPSS.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'A line per participant and cycle (long)' }).click();
    expect((await download).suggestedFilename()).toBe('teacher-and-coach-survey-long.csv');

    // An item reworded, with the reason; the instrument moves to its next version.
    await items.getByRole('button', { name: 'Edit item coach_model' }).click();
    const editor = page.getByRole('form', { name: 'Edit item coach_model' });
    await editor.getByLabel('Question').fill('How often does a mathematics coach model a lesson with your students?');
    await editor.getByLabel('Worded as now since').selectOption('2010-11');
    await editor.getByLabel('Why the change (kept in the history)').fill('the wording the 2010-11 survey used');
    await editor.getByRole('button', { name: 'Save the item' }).click();
    await expect
      .poll(() =>
        items
          .getByRole('row', { name: /^coach_model/ })
          .getByRole('cell')
          .first()
          .innerText(),
      )
      .toContain('with your students');
    expect(
      await items
        .getByRole('row', { name: /^coach_model/ })
        .getByRole('cell')
        .nth(5)
        .innerText(),
    ).toBe('in 2010-11, not comparable with before');

    await page.getByRole('button', { name: 'Define a scale' }).click();
    const scaleForm = page.getByRole('form', { name: 'Define a scale' });
    await scaleForm.getByLabel('Name').fill('Planning with the coach');
    await scaleForm.getByLabel('coach_plan').check();
    await scaleForm.getByLabel('coach_model').check();
    await scaleForm.getByRole('button', { name: 'Define the scale' }).click();
    await expect.poll(() => scales.getByRole('row', { name: /^Planning with the coach/ }).count()).toBe(1);

    // The participant's measures across the years.
    const [partnership] = (await (await page.request.get(`${server.url}/api/partnerships`)).json()) as { id: string }[];
    const roster = (await (await page.request.get(`${server.url}/api/partnerships/${partnership!.id}/participants`)).json()) as { id: string; code: string }[];
    await page.goto(`${server.url}/participants/${roster.find((p) => p.code === 'GVS-T01')!.id}`);
    const mine = page.getByRole('table', { name: /Teacher and coach survey \(survey\): the value in each cycle/ });
    await mine.waitFor();
    expect(await mine.getByRole('row', { name: /^Collaboration/ }).count()).toBe(1);
    const lessons = page.getByRole('table', { name: /Instructional Quality Assessment \(observation rubric\): the value in each cycle/ });
    expect(await lessons.getByRole('row', { name: /^Instructional quality/ }).count()).toBe(1);

    // The rubric's raters: their agreement on the double-rated lessons, per dimension and in a cycle.
    await page.goto(`${server.url}/instruments`);
    await page.getByRole('link', { name: 'Instructional Quality Assessment' }).click();
    const agreement = page.getByRole('table', { name: 'Agreement between the raters of Instructional Quality Assessment' });
    await agreement.waitFor();
    expect(await agreement.getByRole('row').count()).toBe(1 + 5 + 1);
    await page.getByRole('form', { name: 'Agreement in a cycle' }).getByLabel('Cycle').selectOption('2010-11');
    await page.getByRole('table', { name: 'Agreement between the raters of Instructional Quality Assessment, 2010-11' }).waitFor();
    expect(await page.getByText(/\d+ of \d+ lessons scored by two raters or more \(raters: JM, KL, TS\)/).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it("shows the team a district's achievement by student group, and partner leaders only their own district's, small groups suppressed", async () => {
    const team = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signIn(team, server.url, 'analyst');
    await openFromMenu(team, 'Measures', 'Instruments');
    await team.getByRole('link', { name: 'State mathematics assessment' }).click();
    const whose = team.getByRole('form', { name: 'Whose achievement' });
    await whose.getByLabel('District').selectOption('Lakeside Public Schools');
    await whose.getByLabel('Grade').fill('7');
    const table = team.getByRole('table', { name: 'State mathematics assessment by student group: Lakeside Public Schools, grade 7' });
    await table.waitFor();
    expect(await table.getByRole('row', { name: /^2010-11 English learners/ }).count()).toBe(1);
    expect(await accessibilityViolations(team)).toEqual([]);
    await team.close();

    const partner = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signIn(partner, server.url, 'partner');
    await partner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Student achievement' }).click();
    const mine = partner.getByRole('table', { name: /^State mathematics assessment by student group: / });
    await mine.waitFor();
    expect(await mine.getByRole('row', { name: /^2009-10 All students/ }).count()).toBe(1);
    expect(await partner.getByText(/Groups of fewer than 10 students tested are suppressed/).count()).toBe(1);
    const schools = partner.getByRole('form', { name: 'Which results' }).getByLabel('School');
    const school = (await schools.locator('option').nth(1).innerText()).trim();
    await schools.selectOption(school);
    await partner.getByRole('table', { name: `State mathematics assessment by student group: ${school}` }).waitFor();
    expect(await partner.getByText(/Suppressed: fewer than 10 students tested/).count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(partner)).toEqual([]);
    await partner.close();
  });
});
