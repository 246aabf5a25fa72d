import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { openDemoInChromium, signIn } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';

/** Corrections in a real Chromium: evidence removed where it was cited, and strategies citing the words selected. */
describe('removing and choosing evidence in the web app', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => ({ t, server, browser, close } = await openDemoInChromium()), 120_000);
  afterAll(() => close?.());

  it('removes a passage from an ISF field, asking why, and keeps the reason in the form’s history', async () => {
    // An entry of the demo citing two passages or more: removing one leaves it resting on the others.
    const rows = await t.store.db
      .selectFrom('citation as c')
      .innerJoin('isf_entry as e', 'e.id', 'c.citing_id')
      .innerJoin('isf as f', 'f.id', 'e.isf_id')
      .innerJoin('excerpt as x', 'x.id', 'c.cited_id')
      .select(['c.id', 'c.citing_id', 'f.interview_id', 'x.quote'])
      .where('c.retired_at', 'is', null)
      .orderBy('c.id')
      .execute();
    const unique = rows.filter((r) => rows.filter((o) => o.quote === r.quote).length === 1);
    const cited = unique.find((r) => rows.filter((o) => o.citing_id === r.citing_id).length > 1) ?? unique[0]!;
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, server.url);
    await page.goto(`${server.url}/interviews/${cited.interview_id}`);
    const quote = cited.quote.slice(0, 40);
    const citing = page.locator('.isf-field', { has: page.locator('.evidence li', { hasText: quote }) });
    await citing.waitFor();
    const label = await citing.locator('label').first().innerText();
    const passages = page.getByRole('list', { name: `Passages cited for ${label}`, exact: true });
    const field = page.locator('.isf-field', { has: passages });
    const before = await passages.locator('li').count();
    await passages
      .locator('li', { hasText: quote })
      .getByRole('button', { name: /^Remove the passage/ })
      .click();
    const reason = field.getByLabel(/^Why remove the passage .* \(kept in the history\)$/);
    await reason.waitFor();
    // No reason, no removal.
    expect(await field.getByRole('button', { name: 'Remove the citation' }).isDisabled()).toBe(true);
    await reason.fill('The passage is about the science department');
    await field.getByRole('button', { name: 'Remove the citation' }).click();
    await expect.poll(() => passages.locator('li').count()).toBe(before - 1);
    expect(await passages.innerText()).not.toContain(quote);

    await page.reload();
    await passages.waitFor({ state: 'attached' });
    expect(await page.locator('.isf .evidence').allInnerTexts()).not.toContainEqual(expect.stringContaining(quote));
    await page.locator('.isf > header details.history summary').click();
    await expect
      .poll(() => page.locator('.isf > header details.history').innerText())
      .toMatch(/withdrew a citation “[^”]+” — why: The passage is about the science department/);
    expect(await t.store.citations.byId(cited.id)).toMatchObject({
      retired_by: 'analyst@demo.warrant.test',
      retired_reason: 'The passage is about the science department',
    });
    await page.close();
  });

  it('removes a claim from a finding and cites another, and an observer sees neither control', async () => {
    const [row] = await t.store.db
      .selectFrom('citation as c')
      .innerJoin('finding as f', 'f.id', 'c.citing_id')
      .innerJoin('organization as d', 'd.id', 'f.district_id')
      .innerJoin('cycle as y', 'y.id', 'f.cycle_id')
      .innerJoin('claim as k', 'k.id', 'c.cited_id')
      .select(['c.id', 'f.id as finding_id', 'f.text', 'd.name as district', 'y.label as cycle', 'k.text as claim'])
      .where('c.retired_at', 'is', null)
      .where('f.retired_at', 'is', null)
      .orderBy('c.id')
      .execute();
    const address = `${server.url}/findings?district=${encodeURIComponent(row!.district)}&cycle=${row!.cycle}`;
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url, 'lead');
    await page.goto(address);
    const finding = page.locator('li.finding', { hasText: row!.text.slice(0, 50) });
    await finding.waitFor();
    const claims = finding.getByRole('list', { name: /^Claims the finding cites/ });
    const claim = row!.claim.slice(0, 40);
    await claims
      .locator('li', { hasText: claim })
      .getByRole('button', { name: /^Remove the claim/ })
      .click();
    await finding.getByLabel(/^Why remove the claim/).fill('It is about coaches, not teachers');
    await finding.getByRole('button', { name: 'Remove the citation' }).click();
    await expect.poll(() => claims.innerText()).not.toContain(claim);

    // The same claim, cited again, as contradicting the finding.
    await finding.getByRole('button', { name: /^Cite more claims/ }).click();
    await finding.getByLabel(`Cite the claim: ${row!.claim}`).selectOption('contradicts');
    await finding.getByRole('button', { name: 'Cite the chosen claims' }).click();
    await expect.poll(() => claims.locator('li.contradicts').innerText()).toContain(claim);
    const live = await t.store.citations.from([row!.finding_id]);
    expect(live.find((c) => c.stance === 'contradicts')).toMatchObject({ created_by: 'lead@demo.warrant.test' });
    expect(await t.store.citations.byId(row!.id)).toMatchObject({ retired_reason: 'It is about coaches, not teachers' });

    const observer = await browser.newPage();
    await signIn(observer, server.url, 'observer');
    await observer.goto(address);
    await observer.locator('li.finding').first().waitFor();
    expect(await observer.getByRole('button', { name: /^Remove|Cite more claims/ }).count()).toBe(0);
    await observer.close();
    await page.close();
  });

  it('lets a strategy element cite the words selected in a leader’s turn, widened to whole words, and remove them', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url);
    await page.goto(`${server.url}/strategies?district=${encodeURIComponent('Lakeside Public Schools')}&cycle=2010-11`);
    const walks = page.locator('li.element', { hasText: 'Learning Walks: principal and supervisor' });
    await walks.waitFor();
    await walks.getByRole('button', { name: 'Cite evidence' }).click();
    const picker = walks.getByRole('group', { name: 'Cite evidence for the intended support' });
    await picker.getByRole('button', { name: 'Show its turns' }).click();
    const turns = picker.locator('li.participant p[data-text-offset]');
    await turns.first().waitFor();
    const texts = await turns.evaluateAll((ps: any[]) => ps.map((p) => p.textContent as string));
    // Four words in a row, the first and the last plain words: the drag starts inside the first and ends inside the last.
    const plain = (t: string) => [...t.matchAll(/[A-Za-z]{3,}(?=[\s.,;:!?])/g)].filter((w) => w.index === 0 || t[w.index! - 1] === ' ');
    const fourOn = (t: string) => plain(t).findIndex((w, i, all) => all[i + 3] && t.slice(w.index!, all[i + 3]!.index!).split(' ').length === 4);
    const n = texts.findIndex((t) => fourOn(t) >= 0);
    const turn = turns.nth(n);
    const text = texts[n]!;
    const words = plain(text);
    const k = fourOn(text);
    const first = words[k]!;
    const last = words[k + 3]!;
    const from = first.index! + 1;
    const to = last.index! + last[0].length - 1;
    await turn.evaluate(
      (p: any, [a, b]) => {
        const node = p.firstChild;
        const range = (globalThis as any).document.createRange();
        range.setStart(node, a!);
        range.setEnd(node, b!);
        (globalThis as any).getSelection().removeAllRanges();
        (globalThis as any).getSelection().addRange(range);
      },
      [from, to],
    );
    const whole = text.slice(first.index!, last.index! + last[0].length);
    await expect.poll(() => picker.locator('p.hint[role=status]').innerText()).toBe(`Selected: “${whole}”`);
    await picker.getByRole('button', { name: 'Cite the selected words' }).click();
    const evidence = walks.getByRole('list', { name: 'Evidence for the intended support' });
    await expect.poll(() => evidence.innerText()).toContain(whole);
    const stored = await t.store.db.selectFrom('excerpt').select('quote').where('quote', '=', whole).executeTakeFirst();
    expect(stored?.quote).toBe(whole);

    // A selection that strays into the interviewer's words is not offered.
    const interviewer = picker.locator('li.interviewer p:not(.speaker)').first();
    await interviewer.evaluate((p: any) => {
      const range = (globalThis as any).document.createRange();
      range.selectNodeContents(p);
      (globalThis as any).getSelection().removeAllRanges();
      (globalThis as any).getSelection().addRange(range);
    });
    await expect.poll(() => picker.getByRole('button', { name: 'Cite the selected words' }).isDisabled()).toBe(true);

    // And the element's evidence can be removed again, with a reason.
    await evidence
      .locator('li', { hasText: whole })
      .getByRole('button', { name: /^Remove the passage/ })
      .click();
    await walks.getByLabel(/^Why remove the passage/).fill('Filler, not the district’s design');
    await walks.getByRole('button', { name: 'Remove the citation' }).click();
    await expect.poll(() => evidence.innerText()).not.toContain(whole);
    await page.close();
  });
});
