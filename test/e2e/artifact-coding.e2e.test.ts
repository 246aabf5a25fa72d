import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { openDemoInChromium, selectInTranscript, signIn } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';

/** A district artifact's text coded as a transcript is, in a real Chromium: select, pick a code, see the coding, uncode it. */
describe('coding the text of a district artifact', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => ({ t, server, browser, close } = await openDemoInChromium()), 120_000);
  afterAll(() => close?.());

  it('codes a selection of the text with a code of the codebook and uncodes it', async () => {
    const artifacts = await t.store.db
      .selectFrom('artifact')
      .innerJoin('organization as d', 'd.id', 'artifact.district_id')
      .select(['artifact.id', 'artifact.title', 'd.name as district'])
      .where('artifact.retired_at', 'is', null)
      .orderBy('artifact.id')
      .execute();
    // An artifact with a paragraph of some length to select in.
    let artifact = artifacts[0]!;
    let text = '';
    let line: string | undefined;
    for (const a of artifacts) {
      text = (await t.store.artifacts.text(a.id)) ?? '';
      line = text.split('\n').find((l) => l.trim().split(/\s+/).length > 6);
      artifact = a;
      if (line) break;
    }
    expect(line, 'the demo has an artifact with a paragraph of text').toBeDefined();
    const words = line!.trim().split(/\s+/).slice(1, 5).join(' ');

    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    await signIn(page, server.url);
    await page.goto(`${server.url}/artifacts?district=${encodeURIComponent(artifact.district)}`);
    await page.getByRole('button', { name: `Read the text of ${artifact.title}` }).click();
    await page.getByRole('region', { name: `Text of ${artifact.title}` }).waitFor();
    await selectInTranscript(page, words, '.artifact-text');
    await page.getByRole('button', { name: 'Code the selection…' }).click();
    const picker = page.getByRole('dialog', { name: 'Apply codes to the selection' });
    await picker.getByLabel('Find a code').fill('pacing');
    await picker.getByLabel('Find a code').press('Enter');
    await picker.getByRole('button', { name: 'Apply code' }).click();
    await picker.waitFor({ state: 'detached' });
    const list = page.getByRole('region', { name: 'Codings of this text' });
    await expect.poll(() => list.getByText('Pacing versus depth').count()).toBe(1);
    expect(await list.innerText()).toContain(words);
    const stored = await t.store.db.selectFrom('coding').selectAll().where('artifact_id', '=', artifact.id).where('retired_at', 'is', null).execute();
    expect(stored).toHaveLength(1);
    expect(text.slice(stored[0]!.start_offset, stored[0]!.end_offset)).toContain(words);

    await list.getByRole('button', { name: 'Uncode' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Codings of this text' }).count()).toBe(0);
    expect(await t.store.db.selectFrom('coding').select('id').where('artifact_id', '=', artifact.id).where('retired_at', 'is', null).execute()).toHaveLength(0);
    await page.close();
  }, 120_000);
});
