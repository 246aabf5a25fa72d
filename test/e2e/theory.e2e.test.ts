import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityViolations, openDemoInChromium, openFromMenu, signIn } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';

const LAKESIDE = 'Lakeside Public Schools';
const RIVERTON = 'Riverton Unified School District';
const GRANITE = 'Granite Valley Schools';
const SCHOOL_LEADERS = "4. School leaders' practices as instructional leaders";
const COACHES = "3. Coaches' practices";

const REVISED_COACHES =
  'Coaches support teachers’ learning when they co-plan, co-teach and debrief lessons with them in their classrooms, on a schedule their principal protects from administrative duties.';
const COACHES_REASON = 'Riverton 2010-11: coaching changed teaching only where coaches spent their time in classrooms';

/** The theory of action and the uptake of recommendations, in a real Chromium. */
describe('the web app: theory of action and uptake', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  /** A Riverton finding of 2010-11, cited as warrant for the coaches' conjecture. */
  let finding: { id: string; text: string };

  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ t, server, browser, close } = await openDemoInChromium());
    const [partnership] = await t.store.partnerships.list();
    const riverton = (await t.store.organizations.resolve(partnership!.id, 'district', RIVERTON))[0]!;
    const cycle = (await t.store.cycles.byLabel(partnership!.id, '2010-11'))!;
    const first = (await t.store.findings.list(partnership!.id, { districtId: riverton.id, cycleId: cycle.id }))[0]!;
    finding = { id: first.id, text: first.text };
  }, 120_000);
  afterAll(() => close?.());

  const open = async (who: 'lead' | 'analyst' | 'observer', path: string): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url, who);
    await page.goto(`${server.url}${path}`);
    return page;
  };
  const conjecture = (page: Page, component: string) => page.getByRole('region', { name: component, exact: true }).getByRole('article').first();

  it("shows the school leaders' conjecture at version 2, with its revision history, warrant by kind and the uptake of recommendations based on it", async () => {
    const page = await open('analyst', '/theory');
    const leaders = conjecture(page, SCHOOL_LEADERS);
    await expect.poll(() => leaders.getByRole('heading', { level: 3 }).innerText()).toBe('Conjecture 4.1 · version 2');
    expect(await page.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual(
      expect.arrayContaining(['1. Curriculum materials and instructional guidance', SCHOOL_LEADERS, COACHES]),
    );
    expect(await leaders.locator('.conjecture-text').innerText()).toMatch(/together with someone more expert in mathematics teaching/);
    expect(await leaders.locator('.version-line').first().innerText()).toMatch(/^Version 2, revised by .+ on June 2\d, 2011$/);
    expect(await leaders.locator('.reason').first().innerText()).toMatch(/^Why: Observation alone did not change the feedback principals give/);

    const warrant = leaders.getByRole('group', { name: 'Warrant of version 2' });
    expect(await warrant.getByRole('list', { name: 'Districts' }).innerText()).toMatch(
      /^District: Lakeside Public Schools — not borne out \(the first version: more frequent observation/,
    );
    expect(await warrant.getByRole('list', { name: 'Findings' }).getByRole('listitem').count()).toBe(2);
    expect(await warrant.getByRole('list', { name: 'Findings' }).innerText()).toMatch(/^Finding: .+ — supports/);
    expect(await warrant.getByRole('list', { name: 'Literature' }).innerText()).toMatch(
      /^Literature: Stein, M\. K\., & Nelson, B\. S\. \(2003\)\. Leadership content knowledge\. .+ — supports/,
    );
    const uptakeWarrant = await warrant.getByRole('list', { name: 'Uptake of recommendations' }).getByRole('listitem').allInnerTexts();
    expect(uptakeWarrant.sort()).toEqual([
      expect.stringMatching(/^Uptake: recommendation “Start Learning Walks.+”: acted on fully — supports$/),
      expect.stringMatching(/^Uptake: recommendation “Start Learning Walks.+”: acted on partly — supports$/),
      expect.stringMatching(/^Uptake: recommendation “Start Learning Walks.+”: not acted on — contradicts$/),
    ]);

    const practice = await leaders.getByRole('list', { name: 'Uptake of recommendations based on it' }).getByRole('listitem').allInnerTexts();
    expect(practice).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${LAKESIDE}, seen in 2010-11: acted on partly — Start Learning Walks`)),
        expect.stringMatching(new RegExp(`^${RIVERTON}, seen in 2010-11: not acted on — Start Learning Walks`)),
        expect.stringMatching(new RegExp(`^${GRANITE}, seen in 2010-11: acted on fully — Start Learning Walks`)),
      ]),
    );

    await leaders.getByText('Revision history: 1 earlier version').click();
    const earlier = leaders.locator('.revision');
    await expect
      .poll(() => earlier.innerText())
      .toMatch(
        /^Version 1, stated by .+ on August 1\d, 2010\s+Principals become instructional leaders in mathematics when they observe instruction often and are held accountable/,
      );
    expect(await earlier.getByRole('group', { name: 'Warrant of version 1' }).innerText()).toMatch(
      /^Literature: Stein, M\. K\., & Nelson, B\. S\. \(2003\).+ — supports \(leadership content knowledge is needed/,
    );
    await page.close();
  });

  it("lets an analyst revise the coaches' conjecture with a reason and a finding as warrant; a stale page meets the conflict", async () => {
    const stale = await open('analyst', '/theory');
    await conjecture(stale, COACHES).getByRole('button', { name: 'Revise the conjecture' }).click();
    const staleForm = stale.getByRole('form', { name: 'Revise the conjecture' });
    await staleForm.waitFor();

    const page = await open('analyst', '/theory');
    const coaches = conjecture(page, COACHES);
    await coaches.getByRole('button', { name: 'Revise the conjecture' }).click();
    const form = coaches.getByRole('form', { name: 'Revise the conjecture' });
    await form.getByLabel('Conjecture, version 2').fill(REVISED_COACHES);
    // Without a reason the server refuses, and says why; the text stays in the box.
    await form.getByRole('button', { name: 'Save version 2' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toMatch(/say why the conjecture is revised/);
    expect(await form.getByLabel('Conjecture, version 2').inputValue()).toBe(REVISED_COACHES);

    await form.getByLabel(/Why it is revised/).fill(COACHES_REASON);
    await form.getByLabel('Kind of evidence').selectOption('finding');
    await form.getByLabel('Finding', { exact: true }).selectOption(finding.id);
    await form.getByLabel('Bearing on the conjecture').selectOption('supports');
    await form.getByLabel('Note (optional)').fill('coaches in classrooms');
    await form.getByRole('button', { name: "Add to the new version's warrant" }).click();
    await expect.poll(() => form.locator('.chosen-warrant').innerText()).toMatch(/^Finding: .+ — supports \(coaches in classrooms\)/);
    await form.getByRole('button', { name: 'Save version 2' }).click();

    await expect.poll(() => coaches.getByRole('heading', { level: 3 }).innerText()).toBe('Conjecture 3.1 · version 2');
    expect(await coaches.locator('.conjecture-text').innerText()).toBe(REVISED_COACHES);
    expect(await coaches.locator('.reason').first().innerText()).toBe(`Why: ${COACHES_REASON}`);
    expect(await coaches.getByRole('group', { name: 'Warrant of version 2' }).innerText()).toBe(
      `Finding: ${finding.text.replace(/\s+/g, ' ').trim()} — supports (coaches in classrooms)`,
    );
    expect(await page.getByRole('status').allInnerTexts()).toContainEqual('Conjecture 3.1 revised: version 2 saved with its reason and warrant.');
    await coaches.getByText('Revision history: 1 earlier version').click();
    expect(await coaches.locator('.revision').innerText()).toMatch(
      /Version 1, stated by[\s\S]*co-teaching and modelling lessons[\s\S]*District: Riverton Unified School District — borne out/,
    );

    // The page still showing version 1: its revision meets the conflict, with the text now saved.
    await staleForm.getByLabel('Conjecture, version 2').fill('Coaches support teachers’ learning when they model lessons.');
    await staleForm.getByLabel(/Why it is revised/).fill('A shorter statement');
    await staleForm.getByRole('button', { name: 'Save version 2' }).click();
    const conflict = staleForm.getByRole('alert');
    await expect.poll(() => conflict.innerText()).toMatch(new RegExp(`Someone else saved this[\\s\\S]*Version 2\\s+${REVISED_COACHES.slice(0, 40)}`));
    expect(await staleForm.getByLabel('Conjecture, version 2').inputValue()).toBe('Coaches support teachers’ learning when they model lessons.');
    await conflict.getByRole('button', { name: 'Take theirs' }).click();
    await expect.poll(() => staleForm.getByLabel('Conjecture, version 3').inputValue()).toBe(REVISED_COACHES);
    expect(await staleForm.getByRole('button', { name: 'Save version 3' }).isDisabled()).toBe(true);
    await stale.close();
    const versions = await t.store.db.selectFrom('conjecture_revision').select(['version', 'reason']).where('text', '=', REVISED_COACHES).execute();
    expect(versions).toEqual([{ version: 2, reason: COACHES_REASON }]);
    await page.close();
  });

  it('lets an analyst add a literature reference, and evidence to the current version of a conjecture', async () => {
    const page = await open('analyst', '/theory');
    const sources = page.getByRole('region', { name: 'Literature and retrospective analyses' });
    await sources.getByText('Add a literature reference').click();
    const reference = sources.getByRole('form', { name: 'Add a literature reference' });
    await reference.getByLabel('Authors').fill('Horn, I. S., & Little, J. W.');
    await reference.getByLabel('Year').fill('2010');
    await reference.getByLabel('Title').fill('Attending to problems of practice');
    await reference.getByLabel('Published in').fill('American Educational Research Journal, 47(1), 181–217');
    await reference.getByRole('button', { name: 'Add the reference' }).click();
    await expect
      .poll(() => sources.locator('.literature').innerText())
      .toContain('Horn, I. S., & Little, J. W. (2010). Attending to problems of practice. American Educational Research Journal');

    const collaboration = conjecture(page, '2. Pull-out PD and school-based teacher collaborative meetings');
    await collaboration.getByRole('button', { name: 'Add evidence' }).click();
    await collaboration.getByLabel('Kind of evidence').selectOption('literature');
    await collaboration
      .getByLabel('Reference', { exact: true })
      .selectOption({ label: 'Horn, I. S., & Little, J. W. (2010). Attending to problems of practice' });
    await collaboration.getByRole('button', { name: 'Add to the warrant of version 1' }).click();
    await collaboration.getByLabel('Kind of evidence').selectOption('organization');
    expect(await collaboration.getByLabel('Bearing on the conjecture').locator('option').allInnerTexts()).toEqual(['borne out', 'not borne out']);
    await collaboration.getByLabel('District', { exact: true }).selectOption({ label: GRANITE });
    await collaboration.getByLabel('Bearing on the conjecture').selectOption('not borne out');
    await collaboration.getByLabel('Note (optional)').fill('teams met about pacing');
    await collaboration.getByRole('button', { name: 'Add to the warrant of version 1' }).click();
    const warrant = collaboration.getByRole('group', { name: 'Warrant of version 1' });
    await expect
      .poll(() =>
        warrant
          .getByRole('list', { name: 'Districts' })
          .innerText()
          .catch(() => ''),
      )
      .toBe(`District: ${GRANITE} — not borne out (teams met about pacing)`);
    expect(await warrant.getByRole('list', { name: 'Literature' }).getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^Literature: Coburn, C\. E\., & Russell, J\. L\. \(2008\)/),
      expect.stringMatching(/^Literature: Horn, I\. S\., & Little, J\. W\. \(2010\)\. Attending to problems of practice\. .+ — supports$/),
    ]);
    expect(await collaboration.getByRole('status').innerText()).toBe(`Added to the warrant of version 1: ${GRANITE} — not borne out.`);
    await page.close();
  });

  it('links a reference only to an http or https address, and refuses another kind in the form with a message', async () => {
    const [partnership] = await t.store.partnerships.list();
    const stored = { partnership_id: partnership!.id, year: 2009, source: 'Nowhere', created_by: 'before the rule', created_at: new Date().toISOString() };
    await t.store.theory.insertLiterature({
      ...stored,
      id: 'lit_scriptedaddress0',
      authors: 'Mallory, M.',
      title: 'Scripted address',
      url: 'javascript:alert(document.cookie)',
    });
    await t.store.theory.insertLiterature({
      ...stored,
      id: 'lit_dataaddress00000',
      authors: 'Mallory, N.',
      title: 'Data address',
      url: 'data:text/html,<script>alert(1)</script>',
    });
    const page = await open('analyst', '/theory');
    const sources = page.getByRole('region', { name: 'Literature and retrospective analyses' });
    const list = sources.locator('ul.literature');
    await expect.poll(() => list.innerText()).toContain('Mallory, M. (2009). Scripted address. Nowhere');
    expect(await list.getByRole('link', { name: 'Scripted address' }).count()).toBe(0);
    expect(await list.getByRole('link', { name: 'Data address' }).count()).toBe(0);
    expect(await list.locator('a[href^="javascript:"], a[href^="data:"]').count()).toBe(0);

    await sources.getByText('Add a literature reference').click();
    const reference = sources.getByRole('form', { name: 'Add a literature reference' });
    await reference.getByLabel('Authors').fill('Mallory, O.');
    await reference.getByLabel('Title').fill('Click me');
    await reference.getByLabel('Address (optional)').fill('javascript:alert(1)');
    await reference.getByRole('button', { name: 'Add the reference' }).click();
    await expect
      .poll(() => reference.getByRole('alert').innerText())
      .toMatch(/^Address: the address of a reference is an http or https address, or a DOI \(10\.…\)/);
    expect(await reference.getByLabel('Address (optional)').getAttribute('aria-invalid')).toBe('true');
    expect(await list.innerText()).not.toContain('Click me');

    await reference.getByLabel('Address (optional)').fill('10.3102/0002831209345158');
    await reference.getByRole('button', { name: 'Add the reference' }).click();
    await expect
      .poll(() =>
        list
          .getByRole('link', { name: 'Click me' })
          .getAttribute('href')
          .catch(() => null),
      )
      .toBe('https://doi.org/10.3102/0002831209345158');
    await page.close();
  });

  it('lets the lead issue iteration 3, download what changed since iteration 2, and refuses another iteration with nothing changed', async () => {
    const page = await open('lead', '/theory');
    const iterations = page.getByRole('region', { name: 'Iterations' });
    await expect
      .poll(() => iterations.locator('.iteration').allInnerTexts())
      .toEqual([
        expect.stringMatching(/^Iteration 2 \(summer 2011\) · iteration 2, dated June 30, 2011/),
        expect.stringMatching(/^Iteration 1 \(summer 2010\) · iteration 1, dated August 16, 2010/),
      ]);
    expect(await iterations.getByRole('link', { name: 'Word (what changed since iteration 1)' }).getAttribute('href')).toMatch(/format=docx&compare=/);

    await iterations.getByLabel('Label').fill('Iteration 3 (summer 2012)');
    await iterations.getByLabel('Dated').fill('2012-06-29');
    await iterations.getByRole('button', { name: 'Issue iteration 3' }).click();
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContainEqual('Iteration 3 issued, dated June 29, 2012.');
    await expect
      .poll(() => iterations.locator('.iteration').first().innerText())
      .toMatch(/^Iteration 3 \(summer 2012\) · iteration 3, dated June 29, 2012 \(issued by lead@demo\.warrant\.test\)/);

    const href = (await iterations.getByRole('link', { name: 'Markdown (what changed since iteration 2)' }).getAttribute('href'))!;
    expect(href).toMatch(/format=md&compare=/);
    const fetched = (await page.evaluate(
      `fetch(${JSON.stringify(href)}).then(async (r) => [r.status, r.headers.get('content-disposition'), await r.text()])`,
    )) as [number, string, string];
    expect(fetched[0]).toBe(200);
    expect(fetched[1]).toContain('theory-of-action-3-changes.md');
    expect(fetched[2]).toMatch(/Revised: Coaches/);
    expect(fetched[2]).toContain('on a schedule their principal protects from administrative duties');
    expect(fetched[2]).toContain('coaching changed teaching only where coaches spent their time in classrooms');
    const word = (await page.evaluate(
      `fetch(${JSON.stringify(href.replace('format=md', 'format=docx'))}).then(async (r) => [r.status, (await r.arrayBuffer()).byteLength])`,
    )) as [number, number];
    expect(word[0]).toBe(200);
    expect(word[1]).toBeGreaterThan(1000);

    // Nothing changed since: the server refuses, and the page says why.
    await iterations.getByRole('button', { name: 'Issue iteration 4' }).click();
    await expect.poll(() => iterations.getByRole('alert').innerText()).toMatch(/the theory has not changed since iteration 3/);
    expect(await iterations.locator('.iteration').count()).toBe(3);
    await page.close();
  });

  it('lists the recommendations across districts with whether they were acted on, filtered by district in the address', async () => {
    const page = await open('analyst', '/uptake');
    const rows = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '2009-10', exact: true }) });
    await expect.poll(() => rows.count()).toBe(3);
    const acted = async (district: string) =>
      rows
        .filter({ has: page.getByRole('cell', { name: district, exact: true }) })
        .locator('td.acted-on')
        .innerText();
    expect(await acted(LAKESIDE)).toBe('partly');
    expect(await acted(RIVERTON)).toBe('not');
    expect(await acted(GRANITE)).toBe('fully');
    expect(await rows.first().innerText()).toMatch(/Start Learning Walks in every school with a supervisor[\s\S]*2010-11/);
    expect(await page.locator('td.acted-on').allInnerTexts()).toContain('not recorded');

    await page.getByLabel('District').selectOption(RIVERTON);
    await expect.poll(() => new URL(page.url()).searchParams.get('district')).toBe(RIVERTON);
    // The table follows the address once the filtered list is read.
    await expect.poll(async () => [...new Set(await page.locator('tbody tr td:first-child').allInnerTexts())]).toEqual([RIVERTON]);

    await page.goto(`${server.url}/uptake?district=${encodeURIComponent(LAKESIDE)}`);
    const lakeside = page.getByRole('row').filter({ has: page.getByRole('cell', { name: '2009-10', exact: true }) });
    await expect.poll(() => lakeside.count()).toBe(1);
    await lakeside.getByRole('link', { name: /^Principals become instructional leaders/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/theory');
    const id = new URL(page.url()).hash.slice(1);
    expect(id).toMatch(/^cnj_/);
    await expect.poll(() => page.evaluate('document.activeElement && document.activeElement.id')).toBe(id);
    expect(await page.locator(`[id="${id}"] h3`).innerText()).toBe('Conjecture 4.1 · version 2');
    await page.close();
  });

  it('lets the lead rename a component with a reason kept in the audit trail', async () => {
    const page = await open('lead', '/theory');
    const section = page.getByRole('region', { name: /^1\. Curriculum materials/ });
    await section.getByRole('button', { name: 'Rename the component' }).click();
    await section.getByLabel(/New name of/).fill('Curriculum materials, instructional guidance and pacing');
    await section.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect.poll(() => section.getByRole('alert').innerText()).toMatch(/say why the component is renamed/);
    await section.getByLabel('Why (kept in the history)').fill('Pacing guides belong here');
    await section.getByRole('button', { name: 'Rename', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: '1. Curriculum materials, instructional guidance and pacing' }).waitFor();
    const log = await t.store.db.selectFrom('audit_log').select(['action', 'reason']).where('action', '=', 'toa_component.update').execute();
    expect(log).toEqual([{ action: 'toa_component.update', reason: 'Pacing guides belong here' }]);
    await page.close();
  });

  it('shows an observer the theory and the uptake without the means to change them', async () => {
    const page = await open('observer', '/theory');
    await expect.poll(() => conjecture(page, SCHOOL_LEADERS).getByRole('heading', { level: 3 }).innerText()).toBe('Conjecture 4.1 · version 2');
    await page.getByRole('region', { name: 'Iterations' }).locator('.iteration').first().waitFor();
    for (const name of ['Revise the conjecture', 'Add evidence', 'Retire the conjecture', /^Issue iteration/, 'Add the component', 'Rename the component'])
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    for (const text of ['State a conjecture', 'Add a literature reference', 'Add a retrospective analysis', 'Add a component'])
      expect(await page.getByText(text).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Markdown (iteration 2)' }).count()).toBe(1);
    expect(await page.locator('main').innerText()).toMatch(/Analysts and lead researchers revise the conjectures/);
    await openFromMenu(page, 'Design & feedback', 'Uptake');
    await expect.poll(() => page.locator('td.acted-on').count()).toBeGreaterThan(3);
    expect(await page.locator('main').getByRole('button').count()).toBe(0);
    await page.close();
  });

  it('has no serious accessibility violations on the theory of action and uptake pages', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await signIn(page, server.url, 'lead');
    const found: Record<string, string[]> = {};
    await page.goto(`${server.url}/theory`);
    const leaders = conjecture(page, SCHOOL_LEADERS);
    await leaders.locator('.conjecture-text').waitFor();
    await leaders.getByText('Revision history: 1 earlier version').click();
    await leaders.getByRole('button', { name: 'Add evidence' }).click();
    await leaders.getByLabel('Kind of evidence').selectOption('organization');
    const coaches = conjecture(page, COACHES);
    await coaches.getByRole('button', { name: 'Revise the conjecture' }).click();
    await coaches.getByLabel('Finding', { exact: true }).waitFor();
    await page.getByText('State a conjecture').first().click();
    await page.getByText('Add a literature reference').click();
    found.theory = await accessibilityViolations(page);
    await page.goto(`${server.url}/uptake`);
    await page.locator('td.acted-on').first().waitFor();
    found.uptake = await accessibilityViolations(page);
    expect(found).toEqual({ theory: [], uptake: [] });
    await context.close();
  });
});
