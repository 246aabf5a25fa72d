import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, openDemoInChromium, openFromMenu, signIn } from '../support/browser.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'statistics');
// From make_expected.py (pandas, scipy, statsmodels, R's psych).
const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8'));

/** Analyses of a table prepared outside Warrant, in a real Chromium: the file's columns offered, the result as a table. */
describe('analyses of a table, in the web app', () => {
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => ({ server, browser, close } = await openDemoInChromium()), 120_000);
  afterAll(() => close?.());

  it('fits a regression with cluster-robust errors and describes a measure by group from an uploaded CSV, and names what it cannot use', async () => {
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signIn(page, server.url, 'analyst');
    await openFromMenu(page, 'Measures', 'Analyses of a table');
    const form = page.getByRole('form', { name: 'Analyse a CSV table' });
    await form.getByLabel('CSV file').setInputFiles(join(FIXTURES, 'teachers.csv'));

    await form.getByLabel('Regression (OLS, cluster-robust errors)').check();
    await form.getByLabel('Outcome', { exact: true }).selectOption('iqa_2');
    const predictors = form.getByRole('group', { name: 'Predictors' });
    for (const p of ['iqa_1', 'coach_ties', 'knowledge', 'years']) await predictors.getByLabel(p, { exact: true }).check();
    await form.getByLabel('Cluster', { exact: true }).selectOption('school');
    await form.getByRole('button', { name: 'Analyse' }).click();
    const coefficients = page.getByRole('table', { name: 'Coefficients of the regression of iqa_2 in teachers.csv' });
    const ties = expected.ols.clustered.coefficients.find((c: { term: string }) => c.term === 'coach_ties');
    await expect
      .poll(() =>
        coefficients
          .getByRole('row', { name: /^coach_ties/ })
          .getByRole('cell')
          .allInnerTexts(),
      )
      .toEqual([ties.estimate.toFixed(4), ties.se.toFixed(4), ties.t.toFixed(2), '< 0.001', `[${ties.low.toFixed(4)}, ${ties.high.toFixed(4)}]`]);
    expect(await page.getByText('cluster-robust (CR1) standard errors, 15 clusters of school; t tests on 14 degrees of freedom').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await form.getByLabel('Descriptives (n, mean, SD, median, IQR) by group').check();
    await form.getByLabel('Value', { exact: true }).selectOption('iqa_change');
    await form.getByLabel('By', { exact: true }).selectOption('school');
    await form.getByRole('button', { name: 'Analyse' }).click();
    const table = page.getByRole('table', { name: /^Descriptives of iqa_change in teachers\.csv/ });
    const all = expected.describe.all;
    await expect
      .poll(() =>
        table
          .getByRole('row', { name: /^All cases/ })
          .getByRole('cell')
          .allInnerTexts(),
      )
      .toEqual([
        String(all.n),
        String(all.missing),
        ...[all.mean, all.sd, all.median, all.q1, all.q3, all.q3 - all.q1, all.min, all.max].map((v) => v.toFixed(3)),
      ]);
    expect(await table.getByRole('rowheader').count()).toBe(16);

    await form.getByLabel('CSV file').setInputFiles({ name: 'scores.csv', mimeType: 'text/csv', buffer: Buffer.from('school,score\nA,3\nB,lots\n') });
    await form.getByLabel('Value', { exact: true }).selectOption('score');
    await form.getByRole('button', { name: 'Analyse' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('scores.csv, line 3, field "score": column score: "lots" is not a number');
    await page.close();
  });
});
