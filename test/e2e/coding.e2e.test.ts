import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { openDemoInChromium, selectInTranscript, signIn } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';

/** Coding in the transcript reader, in a real Chromium: a selection and a whole turn, the margin, the filter, uncoding. */
describe('coding passages in the transcript reader', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => ({ t, server, browser, close } = await openDemoInChromium()), 120_000);
  afterAll(() => close?.());

  it('codes a selection from the picker and a turn from the keyboard, shows them in the margin, filters by code and uncodes', async () => {
    // An interview of the demo no one has coded.
    const coded = new Set((await t.store.db.selectFrom('coding').select('interview_id').execute()).map((r) => r.interview_id));
    const interview = (await t.store.db.selectFrom('interview').select(['id', 'code']).orderBy('code').execute()).find((i) => !coded.has(i.id))!;
    const transcript = (await t.store.transcripts.current(interview.id))!;
    const [first, second] = (await t.store.transcripts.turns(transcript.id)).filter((x) => x.speaker_role === 'participant' && x.text.split(' ').length > 8);
    const codes = await t.store.codes.list((await t.store.db.selectFrom('partnership').select('id').executeTakeFirstOrThrow()).id);
    const [pacing, coach] = [codes.find((c) => c.name === 'Pacing versus depth')!, codes.find((c) => c.name === 'Coaching')!];

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, server.url);
    await page.goto(`${server.url}/interviews/${interview.id}`);
    await page.locator('.transcript .turn').first().waitFor();
    expect(await page.getByText('press C to code the whole turn').count()).toBe(1);

    // A selection: a few words inside the first participant turn, widened to whole words.
    const words = first!.text.split(' ').slice(1, 5).join(' ');
    await selectInTranscript(page, words);
    await page.getByRole('button', { name: 'Code the selection…' }).click();
    const picker = page.getByRole('dialog', { name: 'Apply codes to the selection' });
    await picker.getByLabel('Find a code').fill('pacing');
    await picker.getByLabel('Find a code').press('Enter');
    await picker.getByRole('button', { name: 'Apply code' }).click();
    await picker.waitFor({ state: 'detached' });
    const firstMargin = page.getByRole('group', { name: `Codes of turn ${first!.seq}` });
    await expect.poll(() => firstMargin.getByRole('button', { name: /^Pacing versus depth — coded by Ben Okafor/ }).count()).toBe(1);

    // A whole turn from the keyboard: focus it, press C, pick two codes.
    await page.locator(`#turn-${second!.seq} p`).focus();
    await page.keyboard.press('c');
    const turnPicker = page.getByRole('dialog', { name: `Apply codes to turn ${second!.seq}` });
    await turnPicker.getByLabel(pacing.name).check();
    await turnPicker.getByLabel(coach.name).check();
    await turnPicker.getByRole('button', { name: 'Apply 2 codes' }).click();
    await turnPicker.waitFor({ state: 'detached' });
    const secondMargin = page.getByRole('group', { name: `Codes of turn ${second!.seq}` });
    await expect.poll(() => secondMargin.getByRole('button', { name: /coded by Ben Okafor/ }).count()).toBe(2);
    const stored = await t.store.db.selectFrom('coding').select(['code_id', 'start_offset', 'end_offset']).where('interview_id', '=', interview.id).execute();
    expect(stored).toHaveLength(3);
    expect(stored).toContainEqual({ code_id: coach.id, start_offset: second!.text_offset, end_offset: second!.end_offset });

    // The filter: only the turns coded "Coaching".
    await page.getByLabel('Show only turns coded').selectOption({ label: coach.name });
    await expect.poll(() => page.locator('.transcript .turn').count()).toBe(1);
    await page.getByLabel('Show only turns coded').selectOption({ label: '(any code: every turn)' });

    // Uncode from the margin.
    await firstMargin.getByRole('button', { name: /^Pacing versus depth/ }).click();
    await page.getByRole('dialog', { name: 'Coding Pacing versus depth' }).getByRole('button', { name: 'Uncode' }).click();
    await expect.poll(() => firstMargin.getByRole('button', { name: /^Pacing versus depth/ }).count()).toBe(0);
    const live = await t.store.db.selectFrom('coding').select('id').where('interview_id', '=', interview.id).where('retired_at', 'is', null).execute();
    expect(live).toHaveLength(2);
    await page.close();
  });
});
