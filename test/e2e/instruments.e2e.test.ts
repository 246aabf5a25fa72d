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
    await expect.poll(() => page.getByText('No instrument yet').count()).toBe(1);

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
});
