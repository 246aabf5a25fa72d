import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { accessibilityViolations, openDemoInChromium, signIn } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';

const NUMBERED = [
  'Speaker 1: How often does the coach visit your classroom?',
  'Speaker 2: Twice a month. We co-plan on Fridays.',
  'Speaker 1: And the principal?',
  'Speaker 2: Twice a year, for the evaluation.',
  '',
].join('\n');

/** A transcript exported as "Speaker 1"/"Speaker 2", uploaded on the interview page and mapped there. */
describe('uploading a transcript whose speakers are numbered', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;
  let interviewId: string;

  beforeAll(async () => {
    ({ t, server, browser, close } = await openDemoInChromium());
    interviewId = (await t.store.db.selectFrom('interview').select('id').where('code', '=', 'LPS-T03-0910').executeTakeFirstOrThrow()).id;
  }, 120_000);
  afterAll(() => close?.());

  it('asks whose each label is, showing its turns and first words, and stores the transcript with the roles chosen', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, server.url);
    await page.goto(`${server.url}/interviews/${interviewId}`);
    await page.getByText('Upload a transcript').click();
    await page.getByLabel('Transcript file').setInputFiles({ name: 'otter-export.txt', mimeType: 'text/plain', buffer: Buffer.from(NUMBERED) });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();

    const step = page.getByRole('form', { name: 'Whose is each speaker label?' });
    await expect
      .poll(() => step.getByRole('row').allInnerTexts())
      .toEqual([
        expect.stringMatching(/^Label\s+Turns\s+First words\s+Who$/),
        expect.stringMatching(/^Speaker 1\s+2\s+“How often does the coach visit your classroom\?”/),
        expect.stringMatching(/^Speaker 2\s+2\s+“Twice a month\. We co-plan on Fridays\.”/),
      ]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await step.getByLabel('Who is Speaker 1').selectOption('interviewer');
    await step.getByLabel('Who is Speaker 2').selectOption('participant');
    await step.getByRole('button', { name: 'Store the transcript' }).click();

    await expect.poll(() => page.locator('.upload-transcript .done').innerText()).toMatch(/^Transcript version 2 stored\.$/);
    await expect.poll(() => page.locator('#transcript-title').innerText()).toMatch(/version 2/);
    await expect
      .poll(() => page.locator('.transcript .turn.interviewer').allInnerTexts())
      .toEqual([expect.stringContaining('How often does the coach visit'), expect.stringContaining('And the principal?')]);
    await expect.poll(() => page.locator('.transcript .turn.participant').count()).toBe(2);

    const remembered = await t.store.transcripts.speakerMapping(interviewId, 'otter-export.txt');
    expect(remembered).toEqual({ 'Speaker 1': 'interviewer', 'Speaker 2': 'participant' });
    await page.close();
  });

  it('adds an interview with its transcript from the Interviews page, without a bundle, and opens it', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, server.url);
    await page.goto(`${server.url}/interviews`);
    await page.getByText('Add an interview').click();
    const form = page.getByRole('form', { name: 'Add an interview with its transcript' });
    await form.getByLabel('Participant').selectOption({ label: 'Ms. Alvarez (LPS-T01, Teacher)' });
    await form.getByLabel('Cycle').selectOption('2010-11');
    await form.getByLabel('Held on').fill('2011-03-02');
    await form.getByLabel('Transcript file').setInputFiles({ name: 'follow-up.txt', mimeType: 'text/plain', buffer: Buffer.from(NUMBERED) });
    await form.getByRole('button', { name: 'Add the interview' }).click();
    const step = page.getByRole('form', { name: 'Whose is each speaker label?' });
    await step.getByLabel('Who is Speaker 1').selectOption('interviewer');
    await step.getByLabel('Who is Speaker 2').selectOption('participant');
    await step.getByRole('button', { name: 'Store the transcript' }).click();

    await page.waitForURL(/\/interviews\/int_/);
    await expect.poll(() => page.locator('main').innerText()).toMatch(/LPS-T01-1011-2/);
    await expect.poll(() => page.locator('.transcript .turn.participant').count()).toBe(2);
    const stored = await t.store.db.selectFrom('interview').selectAll().where('code', '=', 'LPS-T01-1011-2').executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ date: '2011-03-02', interviewer: 'Ben Okafor', role: 'teacher' });
    await page.close();
  });
});
