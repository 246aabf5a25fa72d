import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { transcriptText } from '../../src/domain/transcript.js';
import { openDemoInChromium, openFromMenu, signIn } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';

/** Construct scores in the web app: the rubric and distributions, and scoring an interview beside its transcript. */
describe('construct scores, in the web app', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;
  let interviewId: string;
  let quote: string;

  beforeAll(async () => {
    ({ t, server, browser, close } = await openDemoInChromium());
    // A teacher's interview the demo did not score: one outside the focal schools.
    const scored = new Set((await t.store.db.selectFrom('score').select('interview_id').execute()).map((r) => r.interview_id));
    const teachers = await t.store.db.selectFrom('interview').select(['id', 'code']).where('role', '=', 'teacher').orderBy('code').execute();
    interviewId = teachers.find((i) => !scored.has(i.id))!.id;
    const transcript = (await t.store.transcripts.current(interviewId))!;
    const turns = await t.store.transcripts.turns(transcript.id);
    const text = transcriptText(turns);
    // The teacher's answer about high-quality instruction, words that occur once in the transcript.
    quote = [
      'For me good math teaching means students are quiet and working, and I explain each step clearly so nobody gets lost.',
      'A good lesson is when the kids are talking to each other about the math, explaining why a strategy works, not just getting the answer.',
      'I want to see students working on a problem that has more than one way in, and the teacher asking them to justify what they did.',
    ].find((q) => text.includes(q))!;
  }, 180_000);
  afterAll(() => close?.());

  it('shows the rubric with its descriptors and the distributions with the change since the previous cycle', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, server.url, 'observer');
    await openFromMenu(page, 'Coding', 'Scores');
    await page.getByRole('heading', { name: 'Vision of high-quality mathematics instruction' }).waitFor();
    await expect
      .poll(() =>
        page
          .getByRole('row', { name: /Classroom discourse/ })
          .first()
          .innerText(),
      )
      .toContain('Students justify, question');
    const teachers = page
      .getByRole('table')
      .nth(1)
      .getByRole('row', { name: /Classroom discourse\s+Teachers\s+2010-11/ });
    await expect.poll(() => teachers.innerText()).toMatch(/\+\d/);
    await page.getByLabel('Group by').selectOption('district');
    await expect.poll(() => page.getByRole('table').nth(1).innerText()).toContain('Lakeside Public Schools');
    await page.close();
  });

  it('scores an interview beside its transcript, citing its words, and shows the score with its passage', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, server.url, 'analyst');
    await page.goto(`${server.url}/interviews/${interviewId}`);
    await page.locator('.breadcrumb').getByRole('link', { name: 'Scores' }).click();
    const discourse = page.getByRole('region', { name: 'Classroom discourse' });
    await discourse.getByText('Not scored yet.').waitFor();
    await discourse.getByLabel('3 Developing').check();
    await discourse.getByLabel(/Passage that justifies it/).fill(quote);
    await discourse.getByRole('button', { name: 'Save the score' }).click();
    await expect.poll(() => discourse.innerText()).toContain('3 Developing by Ben Okafor');
    await expect.poll(() => discourse.innerText()).toContain(`“${quote}”`);
    expect((await t.store.db.selectFrom('score').select('level').where('interview_id', '=', interviewId).execute()).map((r) => r.level)).toEqual([3]);
    await page.close();
  });

  it('lets an observer read the scores but not score', async () => {
    const page = await browser.newPage();
    await signIn(page, server.url, 'observer');
    await page.goto(`${server.url}/scoring/interviews/${interviewId}`);
    await page.getByRole('region', { name: 'Classroom discourse' }).getByText('3 Developing').waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Save the score' }).count()).toBe(0);
    await page.close();
  });
});
