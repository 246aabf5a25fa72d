import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, openDemoInChromium, openFromMenu, signIn } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';

const LAKESIDE = 'Lakeside Public Schools';
const CYCLE = '2010-11';
const FIRST = 'Strategy 1: Principals as instructional leaders in mathematics';
const WALKS = 'Learning Walks: principal and supervisor';

/** The team writes a district's spring feedback in a real Chromium, from the demo's 2010-11 analysis; the partner leader downloads the report. */
describe('the Feedback page', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  const address = () => `${server.url}/feedback?district=${encodeURIComponent(LAKESIDE)}&cycle=${CYCLE}`;

  const openLakeside = async (page: Page) => {
    await page.goto(address());
    await page.getByRole('heading', { name: FIRST }).waitFor();
  };
  const strategy = (page: Page, name: string | RegExp) => page.getByRole('region', { name });
  const element = (page: Page, text: string) => page.locator('li.element', { hasText: text });
  const part = (page: Page, title: string) => strategy(page, FIRST).getByRole('region', { name: title });
  /** A file the page links to, fetched as the signed-in browser would download it. */
  const fetchIn = (page: Page, url: string) =>
    page.evaluate(`fetch(${JSON.stringify(url)}).then((r) => r.text().then((text) => ({ status: r.status, text })))`) as Promise<{
      status: number;
      text: string;
    }>;
  const lakesideWalks = async () => {
    const district = (await t.store.db.selectFrom('organization').select('id').where('name', '=', LAKESIDE).executeTakeFirstOrThrow()).id;
    return t.store.db
      .selectFrom('implementation')
      .innerJoin('strategy_element', 'strategy_element.id', 'implementation.element_id')
      .select(['implementation.id as id'])
      .where('implementation.district_id', '=', district)
      .where('strategy_element.description', 'like', `${WALKS}%`)
      .executeTakeFirstOrThrow();
  };

  let close: () => Promise<void>;
  beforeAll(async () => ({ t, server, browser, close } = await openDemoInChromium()), 120_000);
  afterAll(() => close?.());

  it("shows a district's feedback by strategy: implementation with its findings, explanation, recommendations, the report sent and the meeting", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url);
    await openFromMenu(page, 'Design & feedback', 'Feedback');
    // Without filters in the address: the first district and the latest cycle.
    await page.getByRole('heading', { name: /^Strategy 1: / }).waitFor();
    await expect.poll(() => page.getByLabel('Cycle', { exact: true }).inputValue()).toBe(CYCLE);
    await page.getByLabel('District', { exact: true }).selectOption(LAKESIDE);
    await page.getByRole('heading', { name: FIRST }).waitFor();
    expect(new URL(page.url()).searchParams.get('district')).toBe(LAKESIDE);

    expect(await strategy(page, FIRST).getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      'Envisioned practices: how they changed',
      'Intended supports: how they were implemented',
      'Accountability relations',
      'Why: explanations',
      'Recommendations',
    ]);
    const walks = element(page, WALKS);
    expect(await walks.innerText()).toMatch(
      /Implemented\s+Partly implemented\s+How often it happened\s+\d+ this year at [\s\S]*Its focus\s+mathematics lessons\s+What was found\s+Learning Walks were held far less often than planned/,
    );
    const { id } = await lakesideWalks();
    const cited = await t.store.db
      .selectFrom('evidence_link')
      .innerJoin('finding', 'finding.id', 'evidence_link.cited_id')
      .select('finding.text')
      .where('evidence_link.citing_id', '=', id)
      .execute();
    expect(cited).toHaveLength(1);
    expect(await walks.getByRole('list', { name: 'Findings cited for the intended support' }).innerText()).toContain(`Finding: ${cited[0]!.text.slice(0, 80)}`);
    expect(await element(page, 'Observe mathematics instruction').innerText()).toMatch(
      /Change in frequency since last year\s+(increased|unchanged)\s+Change in quality since last year\s+unchanged/,
    );
    expect(await part(page, 'Accountability relations').innerText()).toMatch(/Supervisors hold principals accountable for observing mathematics instruction/);

    expect(await part(page, 'Why: explanations').innerText()).toMatch(
      /In Lakeside Public Schools, the strategy's supports offered the role groups little opportunity[\s\S]*Types of support \(interpretive framework\)\s+Organizational routine, Incidental learning event[\s\S]*Finding: /,
    );
    const recommendations = part(page, 'Recommendations');
    expect(await recommendations.locator('li.recommendation').count()).toBeGreaterThanOrEqual(1);
    expect(await recommendations.locator('li.recommendation').first().innerText()).toMatch(
      /^Hold Learning Walks monthly, as planned[\s\S]*Conjecture: Principals become instructional leaders in mathematics[\s\S]*Explanation: In Lakeside Public Schools/,
    );
    // The demo assessed every support of the other strategies too: the second's first as the spring found it.
    expect(
      await strategy(page, /^Strategy 2: /)
        .locator('li.element.support')
        .first()
        .innerText(),
    ).toMatch(/Implemented\s+Implemented as intended[\s\S]*Most teachers attended the institute/);

    expect(await page.locator('.feedback-status').innerText()).toMatch(/Report sent\s+May 20, 2011\s+Feedback meeting\s+May 27, 2011/);
    const record = page.getByRole('region', { name: 'The report sent and the meeting' });
    expect(await record.innerText()).toMatch(/Version 1, sent to the district on May 20, 2011 — Sent a week before the meeting\./);
    expect(await record.getByRole('article', { name: 'Meeting of May 27, 2011' }).innerText()).toMatch(
      /Attended\s+Lakeside partner leader, [\s\S]*Notes of the discussion\s+The district agreed that Learning Walks need supervisors/,
    );

    await page.getByLabel('Cycle', { exact: true }).selectOption('2009-10');
    await expect.poll(() => page.locator('.feedback-status').innerText()).toMatch(/Report sent\s+not yet/);
    expect(new URL(page.url()).searchParams.get('cycle')).toBe('2009-10');
    await page.close();
  });

  it('revises an implementation with a reason, and tells a stale revision of the conflict', async () => {
    const analyst = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const lead = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(analyst, server.url, 'analyst');
    await signIn(lead, server.url, 'lead');
    for (const page of [analyst, lead]) await openLakeside(page);
    const form = (page: Page) => element(page, WALKS).getByRole('form', { name: 'Revise the assessment of the intended support' });
    // The lead researcher opens the same assessment before the analyst saves: their revision is made on the older version.
    await element(lead, WALKS).getByRole('button', { name: 'Revise the assessment' }).click();

    await element(analyst, WALKS).getByRole('button', { name: 'Revise the assessment' }).click();
    const mine = form(analyst);
    await mine.getByLabel('How often it happened').fill('twice this year, both in the spring');
    await mine.getByLabel('Why the change (optional, kept in the history)').fill('Corrected after the principal interviews were checked');
    await mine.getByRole('button', { name: 'Save the assessment' }).click();
    await expect
      .poll(() => element(analyst, WALKS).innerText())
      .toMatch(/How often it happened\s+twice this year, both in the spring[\s\S]*Version 2, by analyst@demo\.warrant\.test/);
    await expect.poll(() => element(analyst, WALKS).getByRole('form').count()).toBe(0);

    const stale = form(lead);
    await stale.getByLabel('How often it happened').fill('three times this year');
    await stale.getByRole('button', { name: 'Save the assessment' }).click();
    const conflict = stale.getByRole('alert');
    await expect.poll(() => conflict.innerText()).toMatch(/Someone else saved this[\s\S]*How often it happened\s+twice this year, both in the spring/);
    expect(await stale.getByLabel('How often it happened').inputValue()).toBe('three times this year');
    await conflict.getByRole('button', { name: 'Save mine over theirs' }).click();
    await expect.poll(() => element(lead, WALKS).innerText()).toMatch(/How often it happened\s+three times this year[\s\S]*Version 3/);

    const history = await t.store.audit.forEntity((await lakesideWalks()).id);
    expect(history.filter((h) => h.action === 'implementation.update').map((h) => [h.actor, h.reason])).toEqual([
      ['analyst@demo.warrant.test', 'Corrected after the principal interviews were checked'],
      ['lead@demo.warrant.test', null],
    ]);
    await analyst.close();
    await lead.close();
  });

  it('adds a recommendation only when it is based on a conjecture of the theory of action', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url);
    await openLakeside(page);
    const recommendations = part(page, 'Recommendations');
    const before = await recommendations.locator('li.recommendation').count();
    await recommendations.getByRole('button', { name: 'Add a recommendation' }).click();
    const form = recommendations.getByRole('form', { name: 'Add a recommendation' });
    const text = 'Pair each principal with the school’s coach for one Learning Walk a month.';
    await form.getByLabel('Recommendation').fill(text);
    await form.getByLabel('Rationale (optional)').fill('Co-participation with someone more expert in mathematics teaching.');
    await form.getByRole('button', { name: 'Add the recommendation' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toMatch(/a recommendation is based on at least one conjecture of the theory of action/);
    expect(await form.getByLabel('Recommendation').inputValue()).toBe(text);

    const conjectures = form.getByRole('group', { name: 'Conjectures of the theory of action it is based on (at least one)' });
    await conjectures.getByRole('checkbox', { name: /^Principals become instructional leaders in mathematics/ }).check();
    await form.getByRole('group', { name: 'Explanations it draws on (optional)' }).getByRole('checkbox').first().check();
    await form.getByRole('button', { name: 'Add the recommendation' }).click();
    await expect.poll(() => recommendations.locator('li.recommendation').count()).toBe(before + 1);
    expect(await recommendations.locator('li.recommendation').last().innerText()).toMatch(
      /^Pair each principal with the school’s coach[\s\S]*Rationale: Co-participation[\s\S]*Conjecture: Principals become instructional leaders[\s\S]*Explanation: In Lakeside Public Schools/,
    );
    await expect.poll(() => recommendations.getByRole('form').count()).toBe(0);
    await page.reload();
    await expect
      .poll(() => part(page, 'Recommendations').locator('li.recommendation').last().innerText())
      .toMatch(/^Pair each principal with the school’s coach/);
    await page.close();
  });

  it("gives the team both versions of the report, and the partner leader only the partner version of their district's", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url);
    await openLakeside(page);
    const team = page.getByRole('link', { name: 'Markdown (team version)' });
    const href = (await team.getAttribute('href'))!;
    expect(href).toMatch(/\/feedback-report\/report\?cycle=2010-11&format=md&audience=team$/);
    expect(await team.getAttribute('download')).toBe('');
    const file = await fetchIn(page, href);
    expect(file.status).toBe(200);
    expect(file.text).toContain('Evidence appendix');
    expect(await page.getByRole('link', { name: /\((partner|team) version\)$/ }).count()).toBe(8);
    await page.close();

    const partner = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(partner, server.url, 'partner');
    await partner.getByRole('link', { name: 'Feedback report' }).click();
    await partner.getByRole('heading', { name: 'District Feedback and Recommendations Report' }).waitFor();
    await expect
      .poll(() => partner.locator('main').innerText())
      .toMatch(/Lakeside Public Schools, 2010-11[\s\S]*Version 1, sent to your district on May 20, 2011\./);
    expect(await partner.getByRole('link', { name: /\(partner version\)$/ }).allTextContents()).toEqual([
      'Word (partner version)',
      'PDF (partner version)',
      'HTML (partner version)',
      'Markdown (partner version)',
    ]);
    expect(await partner.getByRole('link', { name: /team version/ }).count()).toBe(0);
    // Nothing to change; only the choice of the year.
    expect(await partner.locator('main button, main input, main textarea').count()).toBe(0);
    expect(await partner.locator('main select').count()).toBe(1);
    expect(await partner.getByLabel('Cycle', { exact: true }).inputValue()).toBe('2010-11');
    const partnerHref = (await partner.getByRole('link', { name: 'Markdown (partner version)' }).getAttribute('href'))!;
    const shared = await fetchIn(partner, partnerHref);
    expect(shared.status).toBe(200);
    expect(shared.text).toContain('Lakeside Public Schools');
    expect(shared.text).not.toContain('Evidence appendix');
    expect(shared.text).not.toContain('In-house');
    expect((await fetchIn(partner, partnerHref.replace('audience=partner', 'audience=team'))).status).toBe(404);
    await partner.close();
  });

  it('lets an analyst choose which passages the partner version quotes, and shows why some are withheld anyway', async () => {
    const page = await browser.newPage();
    await signIn(page, server.url);
    await openLakeside(page);
    const quotes = page.getByRole('region', { name: 'Illustrative quotes' });
    await expect.poll(() => quotes.innerText()).toMatch(/Principal Reyes[\s\S]*marked shareable, but withheld: it names a participant \(Principal Reyes\)/);
    // A passage whose words no one else said: unmarked, it leaves the partner version.
    const texts = await quotes.locator('li blockquote').allInnerTexts();
    const quoted = await quotes.getByRole('listitem').filter({ hasText: 'quoted in the partner version' }).locator('blockquote').allInnerTexts();
    const words = quoted.find((q) => texts.filter((x) => x === q).length === 1)!;
    const item = quotes.getByRole('listitem').filter({ hasText: words });
    await item.getByLabel('Shareable with the district').uncheck();
    await expect.poll(() => item.innerText()).toContain('not shared');
    const lakesideId = (await t.store.db.selectFrom('organization').select('id').where('name', '=', LAKESIDE).executeTakeFirstOrThrow()).id;
    const md = await fetchIn(page, `/api/districts/${lakesideId}/feedback-report/report?format=md&cycle=${CYCLE}&draft=true`);
    expect(md.status).toBe(200);
    expect(md.text).not.toContain(words);
    await page.close();
  });

  it("lets an analyst write the report's summary and a strategy's narrative as versions, with a reason, and shows them in the report", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url, 'analyst');
    await openLakeside(page);
    const narratives = page.getByRole('region', { name: 'What the team writes in the report' });
    const summary = narratives.getByRole('article', { name: 'Summary' });
    await expect.poll(() => summary.innerText()).toMatch(/This year principals visited mathematics classrooms more often[\s\S]*Version 1/);
    await summary.getByRole('button', { name: 'Edit the summary' }).click();
    const form = summary.getByRole('form', { name: 'Write: Summary' });
    await form.getByLabel('Summary', { exact: true }).fill('Principals observe more often; Learning Walks lag behind.');
    await form.getByLabel('Why the change (optional, kept in the history)').fill('Shorter for the meeting');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(() => summary.innerText())
      .toMatch(/Principals observe more often; Learning Walks lag behind\.[\s\S]*Version 2, by analyst@demo\.warrant\.test/);
    await expect.poll(() => summary.getByRole('form').count()).toBe(0);

    const first = narratives.getByRole('article', { name: /^1\. Principals as instructional leaders in mathematics/ });
    expect(await first.innerText()).toMatch(/Not written yet/);
    await first.getByRole('button', { name: 'Write the narrative of this strategy' }).click();
    const write = first.getByRole('form');
    // A first version has no earlier one to say why it changed.
    expect(await write.getByLabel('Why the change (optional, kept in the history)').count()).toBe(0);
    await write.getByRole('textbox').fill('Observation is where this strategy stands or falls.');
    await write.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => first.innerText()).toMatch(/Observation is where this strategy stands or falls\.[\s\S]*Version 1, by analyst/);

    const row = await t.store.db.selectFrom('feedback_narrative').select('id').where('section', '=', 'summary').executeTakeFirstOrThrow();
    expect((await t.store.audit.forEntity(row.id)).map((h) => [h.action, h.actor, h.reason])).toEqual([
      ['feedback_narrative.create', expect.any(String), null],
      ['feedback_narrative.update', 'analyst@demo.warrant.test', 'Shorter for the meeting'],
    ]);
    const district = (await t.store.db.selectFrom('organization').select('id').where('name', '=', LAKESIDE).executeTakeFirstOrThrow()).id;
    const md = await fetchIn(page, `/api/districts/${district}/feedback-report/report?format=md&audience=partner&cycle=${CYCLE}&draft=true`);
    expect(md.text).toMatch(/## Summary\s+Principals observe more often; Learning Walks lag behind\./);
    expect(md.text).toContain('Observation is where this strategy stands or falls.');
    await page.close();
  });

  it('lets an observer read the feedback without changing it', async () => {
    const observer = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(observer, server.url, 'observer');
    await openLakeside(observer);
    await expect.poll(() => element(observer, WALKS).innerText()).toMatch(/Implemented\s+Partly implemented/);
    expect(await observer.locator('main').innerText()).toMatch(/Version 1, sent to the district on May 20, 2011/);
    expect(await observer.getByRole('button', { name: /Add|Assess|Revise|Record|Save/ }).count()).toBe(0);
    expect(await observer.locator('main textarea, main input, main form[aria-label^="Record"]').count()).toBe(0);
    expect(await observer.getByRole('link', { name: 'Markdown (team version)' }).count()).toBe(1);
    await observer.close();
  });

  it('has no serious accessibility violations, for the analyst reading and editing and for the partner leader', async () => {
    const found: Record<string, string[]> = {};
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await signIn(page, server.url);
    await openLakeside(page);
    found.reading = await accessibilityViolations(page);
    await element(page, WALKS).getByRole('button', { name: 'Revise the assessment' }).click();
    await part(page, 'Why: explanations').getByRole('button', { name: 'Add an explanation' }).click();
    await part(page, 'Recommendations').getByRole('button', { name: 'Add a recommendation' }).click();
    await part(page, 'Recommendations')
      .getByRole('checkbox', { name: /^Principals become instructional leaders/ })
      .waitFor();
    found.editing = await accessibilityViolations(page);
    await context.close();

    const partnerContext = await browser.newContext({ bypassCSP: true, viewport: { width: 1400, height: 1000 } });
    const partner = await partnerContext.newPage();
    await signIn(partner, server.url, 'partner');
    await partner.goto(`${server.url}/feedback`);
    await partner.getByRole('link', { name: 'Markdown (partner version)' }).waitFor();
    found.partner = await accessibilityViolations(partner);
    await partnerContext.close();
    expect(found).toEqual({ reading: [], editing: [], partner: [] });
  });
  it('warns at once when saved text names a participant, and lists the statements of the sent report whose evidence was retired since', async () => {
    const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await signIn(page, server.url);
    await openLakeside(page);
    const item = part(page, 'Recommendations').locator('li.recommendation').first();
    await item.getByRole('button', { name: 'Revise the recommendation' }).click();
    const form = item.getByRole('form', { name: 'Revise the recommendation' });
    const text = await form.getByLabel('Recommendation').inputValue();
    await form.getByLabel('Recommendation').fill(`${text} As ms. al\u200bvarez asked.`);
    await form.getByRole('button', { name: 'Save the recommendation' }).click();
    await expect
      .poll(() => item.getByRole('alert').innerText())
      .toMatch(/Saved, but partners may not read it as it stands:[\s\S]*this names a participant \(“ms\. alvarez”: Ms\. Alvarez\)/);
    await expect.poll(() => item.getByRole('form').count()).toBe(0);
    const found: Record<string, string[]> = { warned: await accessibilityViolations(page) };

    // A finding the sent report rests on is retired: the district still has it, the team is told.
    const { retire } = await import('../../src/services/retire.js');
    const { id } = await lakesideWalks();
    const finding = (await t.store.feedback.links([id])).find((l) => l.cited_kind === 'finding')!.cited_id;
    await retire(t.ctx, finding, 'Rests on a misread passage');
    await page.reload();
    const lost = page.getByRole('list', { name: 'Statements of the report sent that lost their evidence' });
    await expect
      .poll(() => lost.innerText())
      .toMatch(
        new RegExp(`How “${WALKS}[\\s\\S]*rests on the finding, withdrawn on \\d{4}-\\d\\d-\\d\\d, after the report was sent on 2011-05-20: tell the district`),
      );
    expect(
      await lost
        .getByRole('link', { name: /^rests on the finding, withdrawn on/ })
        .first()
        .getAttribute('href'),
    ).toBe(`/trace/${finding}`);
    expect(await element(page, WALKS).innerText()).toContain('(retired: reports leave it out)');
    found.lost = await accessibilityViolations(page);
    await page.getByRole('link', { name: 'Check' }).click();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/To review\s+Sent report, implementation: How “Learning Walks/);
    found.check = await accessibilityViolations(page);
    expect(found).toEqual({ warned: [], lost: [], check: [] });
    await context.close();
  });
});
