import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createAccount } from '../../src/services/accounts.js';
import { accessibilityViolations, openDemoInChromium, openFromMenu, selectInTranscript, signIn } from '../support/browser.js';
import { VALID_BUNDLE } from '../support/bundles.js';
import type { TestDatabase } from '../support/databases.js';
import { temporaryFolder } from '../support/temporary-folders.js';

/** The table of the partnership's members on the account page (beside it, the open invitations). */
const members = (page: Page) => page.getByRole('table', { name: 'Members of the partnership' });

/** The analyst's day in a real Chromium: from the partnership's home to a cited ISF entry. */
describe('the web app', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let interviewId: string;

  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ t, server, browser, close } = await openDemoInChromium());
    // An interview of the first cycle: no ISF yet.
    interviewId = (await t.store.db.selectFrom('interview').select('id').where('code', '=', 'LPS-T03-0910').executeTakeFirstOrThrow()).id;
  }, 120_000);
  afterAll(() => close?.());

  it('shows where the analysis stands, district by district', async () => {
    const page = await browser.newPage();
    await signIn(page, server.url);
    const lakeside = page.getByRole('region', { name: /Lakeside Public Schools/ });
    await expect.poll(() => lakeside.innerText()).toMatch(/Adams Middle School, .*participants: \d+ teachers, \d+ coaches/);
    await expect.poll(() => lakeside.getByRole('row', { name: /2010-11/ }).innerText()).toMatch(/2010-11\s+18\s+8\s+0\s+10\s+3\s+4\s+7\s+4/);
    await page.close();
  });

  it('starts an ISF, cites a selected passage into a field in one gesture, and shows it highlighted', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, server.url);
    await page.goto(`${server.url}/interviews/${interviewId}`);
    await page.getByRole('button', { name: 'Start the ISF' }).click();
    const field = page.getByLabel('Interactions with colleagues about mathematics instruction', { exact: true });
    await field.waitFor();
    const quote = 'but most of that hour goes to the pacing calendar';
    await selectInTranscript(page, quote);
    await expect.poll(() => page.locator('#cite-help').innerText()).toContain(quote);
    const section = page.locator('.isf-field', { has: field });
    await section.getByRole('button', { name: 'Cite the selected passage' }).click();
    await expect.poll(() => section.locator('.evidence').innerText()).toContain(quote);
    await field.fill('Weekly team meetings spent on pacing and logistics.');
    await section.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('mark.cited').allInnerTexts()).toContain(quote);

    await page.reload();
    await expect
      .poll(() => page.getByLabel('Interactions with colleagues about mathematics instruction', { exact: true }).inputValue())
      .toBe('Weekly team meetings spent on pacing and logistics.');
    await expect.poll(() => page.locator('mark.cited').getAttribute('title')).toMatch(/Interactions with colleagues/);
    await page.close();
  });

  it('tells the second of two analysts editing one field of the conflict, and loses neither text', async () => {
    const lead = await browser.newPage();
    const analyst = await browser.newPage();
    await signIn(lead, server.url, 'lead');
    await signIn(analyst, server.url, 'analyst');
    for (const page of [lead, analyst]) await page.goto(`${server.url}/interviews/${interviewId}`);
    const fieldOf = (page: typeof lead) => page.getByLabel('Interactions with colleagues about mathematics instruction', { exact: true });
    await fieldOf(lead).fill('The lead researcher’s reading.');
    await fieldOf(analyst).fill('The analyst’s reading.');
    await lead
      .locator('.isf-field', { has: fieldOf(lead) })
      .getByRole('button', { name: 'Save' })
      .click();
    await expect
      .poll(() =>
        lead
          .locator('.isf-field', { has: fieldOf(lead) })
          .getByRole('button', { name: 'Save' })
          .isDisabled(),
      )
      .toBe(true);
    await analyst
      .locator('.isf-field', { has: fieldOf(analyst) })
      .getByRole('button', { name: 'Save' })
      .click();
    const conflict = analyst.getByRole('alert');
    await expect.poll(() => conflict.innerText()).toContain('The lead researcher’s reading.');
    expect(await fieldOf(analyst).inputValue()).toBe('The analyst’s reading.');
    await fieldOf(analyst).fill('Merged: the lead researcher’s and the analyst’s readings.');
    await conflict.getByRole('button', { name: 'Save mine over theirs' }).click();
    await expect.poll(() => analyst.getByRole('alert').count()).toBe(0);
    await lead.reload();
    await expect.poll(() => fieldOf(lead).inputValue()).toBe('Merged: the lead researcher’s and the analyst’s readings.');
    const history = await t.store.audit.forEntity(
      (await t.store.db.selectFrom('isf_entry').select('id').orderBy('updated_at', 'desc').executeTakeFirstOrThrow()).id,
    );
    expect(history.map((h) => h.actor)).toEqual(expect.arrayContaining(['lead@demo.warrant.test', 'analyst@demo.warrant.test']));
    await lead.close();
    await analyst.close();
  });

  it('searches as one types and opens the transcript at the hit', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, server.url);
    await page.goto(`${server.url}/search`);
    await page.getByLabel('Words or "a phrase"').fill('"pacing guide"');
    await page.getByLabel('Role group').selectOption('school_leader');
    const first = page.locator('.hits li').first();
    await expect.poll(() => first.innerText()).toMatch(/School leader/);
    await first.getByRole('link').click();
    await expect.poll(() => page.locator('mark.focus').first().innerText()).toMatch(/pacing guide/i);
    await page.close();
  });

  it('offers an observer no change, and a partner leader nothing of the interviews', async () => {
    const observer = await browser.newPage();
    await signIn(observer, server.url, 'observer');
    await observer.goto(`${server.url}/interviews/${interviewId}`);
    await observer.getByLabel('Interactions with colleagues about mathematics instruction', { exact: true }).waitFor();
    expect(await observer.getByRole('button', { name: 'Save' }).count()).toBe(0);
    expect(await observer.getByRole('button', { name: /Mark complete|Reopen/ }).count()).toBe(0);
    // The observer reads the accounts side by side, without the means to cite them.
    const summaryId = (await t.store.db.selectFrom('summary').select('id').where('kind', '=', 'school').executeTakeFirstOrThrow()).id;
    await observer.goto(`${server.url}/summaries/${summaryId}`);
    await expect.poll(() => observer.locator('.account-card').count()).toBeGreaterThan(1);
    expect(await observer.getByLabel('This account').count()).toBe(0);
    expect(await observer.getByRole('button', { name: /Revise|Retire|Add the claim/ }).count()).toBe(0);
    await observer.goto(`${server.url}/import`);
    await expect.poll(() => observer.locator('main').innerText()).toMatch(/Not open to your role[\s\S]*Observer/);
    expect(await observer.getByLabel('Zipped bundle').count()).toBe(0);

    const partner = await browser.newPage();
    await signIn(partner, server.url, 'partner');
    await expect.poll(() => partner.locator('main').innerText()).toMatch(/Your district's design document[\s\S]*Lakeside Public Schools, 2010-11: version 2/);
    expect(await partner.getByRole('link', { name: 'Interviews' }).count()).toBe(0);
    await partner.goto(`${server.url}/interviews/${interviewId}`);
    await expect.poll(() => partner.locator('main').innerText()).toMatch(/Not open to your role[\s\S]*Partner leader/);
    expect(await partner.locator('.transcript').count()).toBe(0);
    await observer.close();
    await partner.close();
  });

  it('asks before leaving a form with unsaved words, and keeps them when the analyst stays', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, server.url);
    await page.goto(`${server.url}/interviews/${interviewId}`);
    const field = page.getByLabel('Work with struggling students', { exact: true });
    await field.fill('Pull-out groups twice a week.');
    await expect.poll(() => page.getByRole('button', { name: 'Mark complete' }).isDisabled()).toBe(true);
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.dismiss();
    });
    await page.getByRole('link', { name: 'Findings' }).click();
    await expect.poll(() => asked).toEqual([expect.stringMatching(/not saved/)]);
    expect(new URL(page.url()).pathname).toBe(`/interviews/${interviewId}`);
    expect(await field.inputValue()).toBe('Pull-out groups twice a week.');
    await page.close();
  });

  it('cites a whole turn from the keyboard alone', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await signIn(page, server.url);
    const other = await t.store.db.selectFrom('interview').select('id').where('code', '=', 'LPS-T05-0910').executeTakeFirstOrThrow();
    await page.goto(`${server.url}/interviews/${other.id}`);
    await page.getByRole('button', { name: 'Start the ISF' }).click();
    const field = page.getByLabel('Use of instructional tools', { exact: true });
    await field.waitFor();
    await page.getByRole('region', { name: /arrow keys/ }).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const secondTurn = (await page.locator('.turn p').nth(1).innerText()).trim();
    await expect.poll(() => page.locator('#cite-help').innerText()).toContain(secondTurn.slice(0, 40));
    const section = page.locator('.isf-field', { has: field });
    await section.getByRole('button', { name: 'Cite the selected passage' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => section.locator('.evidence').innerText()).toContain(secondTurn.slice(0, 40));
    await page.close();
  });

  it('lists each participant with their interview of every cycle', async () => {
    const page = await browser.newPage();
    await signIn(page, server.url);
    await page.goto(`${server.url}/participants`);
    await page.getByLabel('District').selectOption('Lakeside Public Schools');
    await page.getByLabel('Role group').selectOption('teacher');
    const row = page.getByRole('row', { name: /LPS-T03/ });
    await expect.poll(() => row.innerText()).toMatch(/LPS-T03-0910\s+LPS-T03-1011/);
    const pseudonym = await row.getByRole('rowheader').innerText();
    await row.getByRole('link', { name: 'LPS-T03-1011' }).click();
    await expect.poll(() => page.locator('main h1').innerText()).toContain('LPS-T03-1011');
    expect(await page.locator('main').innerText()).toContain(`${pseudonym}, Teacher`);
    await page.close();
  });

  it('lets a lead researcher invite an analyst, who joins through the link and signs in', async () => {
    const lead = await browser.newPage();
    await signIn(lead, server.url, 'lead');
    await lead.goto(`${server.url}/account`);
    await expect.poll(() => members(lead).innerText()).toContain('analyst@demo.warrant.test');
    // One's role is named alike in the header, on the account page and in the members table.
    expect(await lead.locator('header .role').innerText()).toBe('(Lead researcher)');
    expect(await lead.locator('dl.facts').innerText()).toMatch(/Role in .+\s+Lead researcher/);
    expect(
      await members(lead)
        .getByRole('row', { name: /lead@demo\.warrant\.test/ })
        .innerText(),
    ).toContain('Lead researcher');
    await lead.getByLabel('Email').fill('new.analyst@example.org');
    await lead.getByLabel('Role').selectOption('analyst');
    await lead.getByRole('button', { name: 'Create the invitation' }).click();
    const link = await lead.locator('code.link-text').innerText();
    expect(link).toMatch(/\/invitation\?token=/);

    const context = await browser.newContext();
    const newcomer = await context.newPage();
    await newcomer.goto(link);
    await newcomer.getByLabel('Your name').fill('Nia Okafor');
    await newcomer.getByLabel(/Password/).fill('a long enough passphrase');
    await newcomer.getByRole('button', { name: 'Create the account and accept' }).click();
    await expect.poll(() => newcomer.getByRole('status').innerText()).toContain('new.analyst@example.org');
    await newcomer.goto(`${server.url}/`);
    await newcomer.getByLabel('Email').fill('new.analyst@example.org');
    await newcomer.getByLabel('Password').fill('a long enough passphrase');
    await newcomer.getByRole('button', { name: 'Sign in' }).click();
    await newcomer.getByRole('link', { name: 'Interviews' }).waitFor();
    await lead.reload();
    await expect.poll(() => members(lead).innerText()).toMatch(/Nia Okafor\s+new.analyst@example.org\s+Analyst/);
    await context.close();
    await lead.close();
  });

  it('lets someone who has an account accept an invitation once signed in, not through the link with a password', async () => {
    await createAccount(t.ctx, { email: 'returning@example.org', displayName: 'Rosa Lindqvist', password: 'seasoned reviewer of things' });
    const lead = await browser.newPage();
    await signIn(lead, server.url, 'lead');
    await lead.goto(`${server.url}/account`);
    await lead.getByLabel('Email').fill('returning@example.org');
    await lead.getByLabel('Role').selectOption('observer');
    await lead.getByRole('button', { name: 'Create the invitation' }).click();
    const link = await lead.locator('code.link-text').innerText();

    const context = await browser.newContext();
    const returning = await context.newPage();
    await returning.goto(link);
    await returning.getByRole('link', { name: 'sign in to Warrant' }).click();
    await returning.getByLabel('Email').fill('returning@example.org');
    await returning.getByLabel('Password').fill('seasoned reviewer of things');
    await returning.getByRole('button', { name: 'Sign in' }).click();
    const invitations = returning.getByRole('region', { name: 'Invitations for you' });
    await expect
      .poll(() => invitations.innerText())
      .toMatch(/lead@demo\.warrant\.test invites you to take part in Middle-School Mathematics Partnership \(demo\) as observer/);
    await invitations.getByRole('button', { name: /Accept the invitation to Middle-School Mathematics Partnership/ }).click();
    await expect.poll(() => invitations.getByRole('status').innerText()).toContain('You are now observer in Middle-School Mathematics Partnership (demo)');
    await returning.getByRole('link', { name: 'Interviews' }).waitFor();
    await lead.reload();
    await expect.poll(() => members(lead).innerText()).toMatch(/Rosa Lindqvist\s+returning@example.org\s+Observer/);
    await context.close();
    await lead.close();
  });

  it("lets a lead researcher change a member's role and remove them with a reason, but not an administrator", async () => {
    await createAccount(t.ctx, { email: 'short.stay@example.org', displayName: 'Sam Short', password: 'brief but memorable stay' });
    const lead = await browser.newPage();
    await signIn(lead, server.url, 'lead');
    await lead.goto(`${server.url}/account`);
    await lead.getByLabel('Email').fill('short.stay@example.org');
    await lead.getByLabel('Role').selectOption('observer');
    await lead.getByRole('button', { name: 'Create the invitation' }).click();
    await lead.locator('code.link-text').waitFor();
    const context = await browser.newContext();
    const member = await context.newPage();
    await member.goto(server.url);
    await member.getByLabel('Email').fill('short.stay@example.org');
    await member.getByLabel('Password').fill('brief but memorable stay');
    await member.getByRole('button', { name: 'Sign in' }).click();
    // With no partnership yet, the home page lists the invitations.
    await member.getByRole('button', { name: /Accept the invitation/ }).click();
    await member.getByRole('link', { name: 'Interviews' }).waitFor();

    await lead.reload();
    const row = lead.getByRole('row', { name: /Sam Short/ });
    await expect.poll(() => row.innerText()).toMatch(/Observer/);
    expect(await lead.getByRole('row', { name: /Demo Administrator/ }).innerText()).toContain('Only an administrator changes an administrator');
    // An invitation to a higher role still open when the role is changed is withdrawn with the change.
    await lead.getByLabel('Email').fill('short.stay@example.org');
    await lead.getByLabel('Role').selectOption('lead');
    await lead.getByRole('button', { name: 'Create the invitation' }).click();
    const open = lead.getByRole('table', { name: 'Open invitations' });
    await expect.poll(() => open.innerText()).toMatch(/short\.stay@example\.org\s+Lead researcher/);
    await row.getByRole('button', { name: 'Change role' }).click();
    await row.getByLabel('New role').selectOption('analyst');
    await row.getByRole('button', { name: 'Save the role' }).click();
    await expect.poll(() => row.innerText()).toMatch(/Analyst/);
    await expect.poll(() => lead.getByText('No invitation is waiting to be accepted.').count()).toBe(1);

    await row.getByRole('button', { name: 'Remove…' }).click();
    await row.getByLabel('Why remove them (kept in the history)').fill('the summer placement ended');
    await row.getByRole('button', { name: 'Remove from the partnership' }).click();
    await expect.poll(() => members(lead).innerText()).not.toContain('short.stay@example.org');
    // The member's open session sees nothing of the partnership on its next request.
    await member.goto(`${server.url}/`);
    await expect.poll(() => member.locator('main').innerText()).toMatch(/do not take part in a partnership/);
    const removal = (await t.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'membership.remove').execute()).at(-1)!;
    expect([removal.actor, removal.reason]).toEqual(['lead@demo.warrant.test', 'the summer placement ended']);
    await context.close();
    await lead.close();
  });

  it('lets a lead researcher withdraw an open invitation with a reason, after which its link admits no one', async () => {
    const lead = await browser.newPage();
    await signIn(lead, server.url, 'lead');
    await lead.goto(`${server.url}/account`);
    await lead.getByLabel('Email').fill('mistyped@example.org');
    await lead.getByLabel('Role').selectOption('observer');
    await lead.getByRole('button', { name: 'Create the invitation' }).click();
    const link = await lead.locator('code.link-text').innerText();
    const row = lead.getByRole('table', { name: 'Open invitations' }).getByRole('row', { name: /mistyped@example\.org/ });
    await expect.poll(() => row.innerText()).toMatch(/Observer\s+lead@demo\.warrant\.test/);
    await row.getByRole('button', { name: 'Withdraw…' }).click();
    await row.getByLabel('Why withdraw it (kept in the history)').fill('sent to a mistyped address');
    await row.getByRole('button', { name: 'Withdraw the invitation' }).click();
    await expect.poll(() => lead.getByRole('row', { name: /mistyped@example\.org/ }).count()).toBe(0);
    const withdrawal = (await t.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'invitation.withdraw').execute()).at(-1)!;
    expect([withdrawal.actor, withdrawal.reason]).toEqual(['lead@demo.warrant.test', 'sent to a mistyped address']);

    // The link answers as a link that never was.
    const context = await browser.newContext();
    const holder = await context.newPage();
    await holder.goto(link);
    await holder.getByLabel('Your name').fill('Someone Else');
    await holder.getByLabel(/Password/).fill('a long enough passphrase');
    await holder.getByRole('button', { name: 'Create the account and accept' }).click();
    await expect.poll(() => holder.getByRole('alert').innerText()).toBe('this link is not valid: ask for a new one');
    expect(await t.store.accounts.byEmail('mistyped@example.org')).toBeUndefined();
    await context.close();
    await lead.close();
  });

  it('keeps both filters chosen one right after the other, before the page has shown the first', async () => {
    const page = await browser.newPage();
    await signIn(page, server.url);
    await page.getByRole('link', { name: 'Findings' }).click();
    await page.locator('#filter-district option[value="Riverton Unified School District"]').waitFor({ state: 'attached' });
    await page.locator('#filter-cycle option[value="2009-10"]').waitFor({ state: 'attached' });
    // Two choices in one go: the second handler runs before the page has rendered the first.
    await page.evaluate(`(() => {
      const choose = (label, value) => {
        const select = document.getElementById('filter-' + label);
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      };
      choose('district', 'Riverton Unified School District');
      choose('cycle', '2009-10');
    })()`);
    await expect.poll(() => new URL(page.url()).searchParams.get('district'), { timeout: 10_000 }).toBe('Riverton Unified School District');
    expect(new URL(page.url()).searchParams.get('cycle')).toBe('2009-10');
    // The select shows the address's choice once the page has rendered it.
    await expect.poll(() => page.getByLabel('District', { exact: true }).inputValue()).toBe('Riverton Unified School District');
    await page.close();
  });

  it('says plainly that an interview or finding does not exist, rather than showing an empty page', async () => {
    const page = await browser.newPage();
    await signIn(page, server.url);
    await page.goto(`${server.url}/interviews/no-such-interview`);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain(`interview "no-such-interview" does not exist`);
    await page.goto(`${server.url}/trace/no-such-finding`);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain(`finding, claim or ISF entry "no-such-finding" does not exist`);
    await page.close();
  });

  it('has no serious accessibility violations on its main pages', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.getByLabel('Email').waitFor();
    const found: Record<string, string[]> = { 'sign-in': await accessibilityViolations(page) };
    await signIn(page, server.url);
    const summaryId = (await t.store.db.selectFrom('summary').select('id').executeTakeFirstOrThrow()).id;
    const findingId = (await t.store.db.selectFrom('finding').select('id').executeTakeFirstOrThrow()).id;
    const pages = [
      ['home', '/', 'table'],
      ['interviews', '/interviews', 'table'],
      ['interview', `/interviews/${interviewId}`, '.turn'],
      ['search', '/search?q=coach', '.hits li'],
      ['summaries', '/summaries', 'table'],
      ['summary', `/summaries/${summaryId}`, '.claim'],
      ['findings', '/findings', '.finding'],
      ['trace', `/trace/${findingId}`, '.trace-node'],
      ['check', '/check', 'main h1'],
      ['participants', '/participants', 'table'],
      ['account', '/account', 'main h1'],
      ['import', '/import', 'main h1'],
    ] as const;
    for (const [name, path, ready] of pages) {
      await page.goto(`${server.url}${path}`);
      await page.locator(ready).first().waitFor();
      found[name] = await accessibilityViolations(page);
    }
    expect(found).toEqual(Object.fromEntries(['sign-in', ...pages.map(([name]) => name)].map((name) => [name, []])));
    await context.close();
  });
});

describe('the web app, from ISF entries to a traced finding', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;

  let close: () => Promise<void>;
  beforeAll(async () => ({ t, server, browser, close } = await openDemoInChromium()), 120_000);
  afterAll(() => close?.());

  it('imports a zipped bundle through the web, with progress, and shows the same report as the command line', async () => {
    const dir = temporaryFolder('warrant-e2e-');
    const good = join(dir, 'northfield.zip');
    const bad = join(dir, 'broken.zip');
    const encode = (files: Record<string, string>) => zipSync(Object.fromEntries(Object.entries(files).map(([n, c]) => [n, new TextEncoder().encode(c)])));
    writeFileSync(good, encode(VALID_BUNDLE));
    writeFileSync(
      bad,
      encode({ ...VALID_BUNDLE, 'interviews.csv': `${VALID_BUNDLE['interviews.csv']}\nX9,NOBODY,2009-10,2010-01-12,Ana Morales,teacher,missing.txt` }),
    );
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url, 'lead');
    await openFromMenu(page, 'Manage', 'Import');

    await page.getByLabel('Zipped bundle').setInputFiles(bad);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('heading', { name: /Nothing was imported: the bundle has 2 errors/ }).waitFor();
    const rows = await page.locator('table.problems tbody tr').allInnerTexts();
    expect(rows.join('\n')).toMatch(/interviews\.csv\s+9\s+participant_id\s+unknown participant "NOBODY"/);

    await page.getByLabel('Zipped bundle').setInputFiles(good);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Imported' }).waitFor();
    expect(await page.locator('main').innerText()).toMatch(/Interviews: 7 added/);
    await page.getByRole('link', { name: 'Interviews' }).click();
    await page.getByLabel('District').selectOption('Northfield District');
    await expect.poll(() => page.locator('table.interviews tbody tr').count()).toBe(7);
    await page.close();
  });

  it('writes a school-summary claim on ISF entries, a district finding on it, and traces it to the passages', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url);
    await page.getByRole('link', { name: 'Summaries' }).click();
    await page.getByText('Start a summary').click();
    const start = page.getByRole('form', { name: 'Start a summary' });
    await start.getByLabel('District').selectOption('Riverton Unified School District');
    await start.getByLabel('School', { exact: true }).selectOption('Douglass Middle School');
    await start.getByLabel('Cycle').selectOption('2010-11');
    await start.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { name: /School summary: Douglass Middle School, 2010-11/ }).waitFor();

    await page.getByLabel('Claim', { exact: true }).fill('The coach co-teaches with every teacher for one unit.');
    await page.getByLabel('Question').selectOption({ label: 'Work with the mathematics coach' });
    const cards = page.locator('.account-card');
    await expect.poll(() => cards.count()).toBeGreaterThan(1);
    await cards.nth(0).getByLabel('This account').selectOption('supports');
    await cards.nth(1).getByLabel('This account').selectOption('supports');
    await page.getByRole('button', { name: 'Add the claim' }).click();
    const claim = page.locator('.claim', { hasText: 'The coach co-teaches with every teacher for one unit.' });
    await expect.poll(() => claim.locator('.triangulation').innerText()).toMatch(/corroborated/);

    await page.getByRole('link', { name: 'Findings' }).click();
    await page.getByLabel('District', { exact: true }).selectOption('Riverton Unified School District');
    await page.getByLabel('Cycle').selectOption('2010-11');
    await page.getByLabel('Finding', { exact: true }).fill('Coaching reaches every teacher through co-teaching.');
    await page.getByLabel('Cite the claim: The coach co-teaches with every teacher for one unit.').selectOption('supports');
    await page.getByRole('button', { name: 'Add the finding' }).click();
    const finding = page.locator('.finding', { hasText: 'Coaching reaches every teacher through co-teaching.' });
    await finding.getByRole('link', { name: 'Trace to the transcripts' }).click();

    await page.getByRole('heading', { name: /Trace of a finding · 2 passages from 2 interviews/ }).waitFor();
    const passages = page.locator('.trace-node.excerpt blockquote');
    await expect.poll(() => passages.count()).toBe(2);
    expect(await passages.first().innerText()).toMatch(/co-taught|co-teach/);
    await page.getByRole('tab', { name: 'Outline' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('svg .box').count()).toBe(1 + 1 + 2 + 2);
    expect(await page.getByRole('tab', { name: 'Diagram' }).getAttribute('aria-selected')).toBe('true');
    await page
      .getByRole('link', { name: /^Passage: / })
      .first()
      .click();
    await expect.poll(() => page.locator('mark.focus').first().innerText()).toMatch(/co-taught|co-teach/);

    await page.getByRole('link', { name: 'Check' }).click();
    await expect.poll(() => page.locator('main').innerText()).toMatch(/Every ISF entry, claim and finding traces to transcript passages/);
    await page.close();
  });

  it('revises a claim with the reason in its history, and retiring it flags the finding that rests on it', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url, 'lead');
    const cited = await t.store.db
      .selectFrom('citation')
      .innerJoin('claim', 'claim.id', 'citation.cited_id')
      .select(['claim.id', 'claim.summary_id', 'claim.text', 'citation.citing_id as findingId'])
      .where('citation.citing_kind', '=', 'finding')
      .orderBy('claim.id')
      .executeTakeFirstOrThrow();
    await page.goto(`${server.url}/summaries/${cited.summary_id}`);
    const claim = page.locator('.claim', { hasText: cited.text });
    await claim.getByRole('button', { name: 'Revise the claim' }).click();
    const revised = `${cited.text} (as of the spring visits)`;
    await claim.getByLabel('The claim, revised').fill(revised);
    await claim.getByLabel('Why (kept in the history)').fill('Dated after the member check');
    await claim.getByRole('button', { name: 'Save the revision' }).click();
    const now = page.locator('.claim', { hasText: revised });
    await now.locator('details.history summary').click();
    await expect
      .poll(() => now.locator('details.history').innerText())
      .toMatch(/Ana Morales revised the claim \(version 2\) — why: Dated after the member check\s+before\s+[\s\S]+after\s+[\s\S]*as of the spring visits/);

    await now.getByRole('button', { name: 'Retire the claim' }).click();
    await now.getByLabel('Why retire it (kept in the history)').fill('Not borne out by the second round of interviews');
    await now.getByRole('button', { name: 'Retire the claim' }).click();
    await expect.poll(() => page.locator('.claim', { hasText: revised }).count()).toBe(0);

    await page.getByRole('link', { name: 'Check' }).click();
    const row = page.getByRole('row', { name: /Finding/ }).first();
    await expect.poll(() => row.innerText()).toMatch(/Broken[\s\S]*withdrawn/);
    await row.getByRole('link').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/trace/${cited.findingId}`);
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/problem/);
    await page.close();
  });
});
