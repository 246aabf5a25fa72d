import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PARTNERSHIP } from '../../src/demo/cast.js';
import { createExcerpt } from '../../src/services/excerpts.js';
import { importBundle } from '../../src/services/import-bundle.js';
import { createIsf, writeEntry } from '../../src/services/isfs.js';
import { openDemoInChromium, signIn } from '../support/browser.js';
import { T01, VALID_BUNDLE, writeBundleFiles } from '../support/bundles.js';
import type { TestDatabase } from '../support/databases.js';

/** A transcript corrected after its passages were cited: the check says why in words, and the passage is settled from the web. */
describe('passages of a corrected transcript, in the web app', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;
  let interviewId: string;

  beforeAll(async () => {
    ({ t, server, browser, close } = await openDemoInChromium());
    const dir = writeBundleFiles(VALID_BUNDLE);
    const pid = (await importBundle(t.ctx, dir, { partnership: DEMO_PARTNERSHIP })).partnership!.id;
    const kept = await createExcerpt(t.ctx, { partnershipId: pid, interview: 'T01-0910', quote: 'Maybe twice this year' });
    const changed = await createExcerpt(t.ctx, { partnershipId: pid, interview: 'T01-0910', quote: 'mostly about the pacing calendar' });
    const isf = (await createIsf(t.ctx, pid, 'T01-0910')).isf.id;
    await writeEntry(t.ctx, {
      isfId: isf,
      field: 'collaboration',
      text: 'The team meets about pacing.',
      cite: [{ excerptId: changed.id }, { excerptId: kept.id }],
    });
    writeFileSync(join(dir, 't01.txt'), T01.replace('mostly', 'largely'));
    await importBundle(t.ctx, dir, { partnership: DEMO_PARTNERSHIP });
    interviewId = (await t.store.interviews.byCode(pid, 'T01-0910'))!.id;
  }, 180_000);
  afterAll(() => close?.());

  it('lists the passages to review to an observer, without the means to settle them', async () => {
    const page = await browser.newPage();
    await signIn(page, server.url, 'observer');
    await page.goto(`${server.url}/interviews/${interviewId}`);
    await page.getByRole('region', { name: 'Passages of corrected transcripts to review' }).getByText('mostly about the pacing calendar').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Keep the words as they were said' }).count()).toBe(0);
    await page.close();
  });

  it('says in words why an entry is to review, links to where it is mended, and settles the passage there', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, server.url);
    await page.goto(`${server.url}/check`);
    const row = page.getByRole('row', { name: /The team meets about pacing/ });
    const why = row.locator('td.why');
    await expect.poll(() => why.innerText()).toContain('cites a passage of Ms. Rivera’s interview (T01-0910) whose transcript was corrected since');
    for (const text of await page.locator('td.why').allInnerTexts()) expect(text).not.toMatch(/\b(clm|ent|exc|fnd)_/);
    await why.getByRole('link').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/interviews/${interviewId}`);

    const toReview = page.getByRole('region', { name: 'Passages of corrected transcripts to review' });
    await expect.poll(() => toReview.innerText()).toContain('“mostly about the pacing calendar”');
    await expect.poll(() => toReview.innerText()).not.toContain('Maybe twice this year');
    await toReview.getByRole('button', { name: 'Re-anchor to the corrected words' }).click();
    await toReview.getByLabel('The corrected words, exactly as the new transcript has them').fill('largely about the pacing calendar');
    await toReview.getByRole('button', { name: 'Re-anchor the passage' }).click();
    await expect.poll(() => toReview.count()).toBe(0);

    await page.goto(`${server.url}/check`);
    await page.getByRole('heading', { name: 'Broken chains' }).waitFor();
    await expect.poll(() => page.getByRole('row', { name: /The team meets about pacing/ }).count()).toBe(0);
    await page.close();
  });
});
