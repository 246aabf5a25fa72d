import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load-demo.js';
import { accessibilityViolations, launchChromium, signIn, startServer } from '../support/browser.js';
import { openTestDatabase, type TestDatabase } from '../support/databases.js';

const LAKESIDE = 'Lakeside Public Schools';

/** A coaching guide as a district would send it: a real Word file. */
async function coachingGuide(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('Coaching cycle guide, 2010-11'),
          new Paragraph('Each coaching cycle opens with a co-planning conference between the coach and the teacher.'),
          new Paragraph('The coach then co-teaches one lesson and debriefs it with the teacher the same day.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The interpretive framework and the districts' documents, in a real Chromium. */
describe('the web app: framework and artifacts', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
    server = await startServer(t.store);
    browser = await launchChromium();
    dir = mkdtempSync(join(tmpdir(), 'warrant-e2e-artifacts-'));
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const open = async (who: 'lead' | 'analyst' | 'observer', path: string): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url, who);
    await page.goto(`${server.url}${path}`);
    return page;
  };

  it('shows the framework by category; a lead researcher refines a type with a reason kept in its history', async () => {
    const page = await open('lead', '/framework');
    const tool = page.getByRole('article', { name: 'Tool', exact: true });
    await expect.poll(() => tool.innerText()).toMatch(/Version 1, added by .+ on /);
    const learningEvents = page.getByRole('region', { name: /^Learning event/ });
    expect(await learningEvents.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      'Ongoing intentional learning event',
      'Discrete intentional learning event',
      'Incidental learning event',
    ]);

    await tool.getByRole('button', { name: 'Refine the type' }).click();
    const description =
      'Curriculum maps, observation protocols, data systems: assimilated to current practice unless an accomplished user works alongside the teacher.';
    await tool.getByLabel('Description').fill(description);
    // Without a reason the server refuses, and says so.
    await tool.getByRole('button', { name: 'Save version 2' }).click();
    await expect.poll(() => tool.getByRole('alert').innerText()).toMatch(/reason/);
    expect(await tool.getByLabel('Description').inputValue()).toBe(description);

    const reason = 'The 2011 retrospective analysis: tools changed practice only with a coach alongside';
    await tool.getByLabel(/Why the framework changes/).fill(reason);
    await tool.getByRole('button', { name: 'Save version 2' }).click();
    await expect.poll(() => tool.locator('.version-line').innerText()).toMatch(/^Version 2, last changed by lead@demo\.warrant\.test on /);
    expect(await tool.locator('.description').innerText()).toBe(description);
    await tool.locator('details.history summary').click();
    await expect
      .poll(() => tool.locator('details.history').innerText())
      .toMatch(new RegExp(`Ana Morales .*\\(version 2\\) — why: ${reason}[\\s\\S]*description, after\\s+${description.slice(0, 30)}`));

    // Another page still showing version 1: its edit meets the conflict, with the current values.
    const stale = await open('lead', '/framework');
    await stale.getByRole('article', { name: 'Tool', exact: true }).getByRole('button', { name: 'Refine the type' }).click();
    // The card being edited (its heading follows the framework as the page refreshes it).
    const staleTool = stale.locator('.support-type', { has: stale.locator('.support-type-editor') });
    await page.reload();
    await page.getByRole('article', { name: 'Tool', exact: true }).getByRole('button', { name: 'Refine the type' }).click();
    await page.getByRole('article', { name: 'Tool', exact: true }).getByLabel('Name').fill('Tool or artifact');
    await page
      .getByRole('article', { name: 'Tool', exact: true })
      .getByLabel(/Why the framework changes/)
      .fill('Naming it as the district documents do');
    await page.getByRole('article', { name: 'Tool', exact: true }).getByRole('button', { name: 'Save version 3' }).click();
    await page.getByRole('article', { name: 'Tool or artifact', exact: true }).waitFor();
    await staleTool.getByLabel('Category').fill('Tools');
    await staleTool.getByLabel(/Why the framework changes/).fill('Plural, as the other categories');
    await staleTool.getByRole('button', { name: /Save version/ }).click();
    const conflict = staleTool.getByRole('alert');
    await expect.poll(() => conflict.innerText()).toMatch(/Name\s+Tool or artifact\s+Category\s+Tool\s/);
    await conflict.getByRole('button', { name: 'Take theirs' }).click();
    await expect.poll(() => staleTool.getByLabel('Name').inputValue()).toBe('Tool or artifact');
    expect(await staleTool.getByLabel('Category').inputValue()).toBe('Tool');
    expect(await staleTool.getByRole('button', { name: 'Save version 4' }).isDisabled()).toBe(true);
    await expect.poll(() => staleTool.getByRole('heading').innerText()).toBe('Tool or artifact');
    await stale.close();
    await page.close();

    const analyst = await open('analyst', '/framework');
    await analyst.getByRole('article', { name: 'Tool or artifact', exact: true }).waitFor();
    expect(await analyst.getByRole('button', { name: /Refine the type|Retire the type/ }).count()).toBe(0);
    expect(await analyst.getByText('Add a type of support').count()).toBe(0);
    expect(await analyst.locator('main').innerText()).toMatch(/Lead researchers refine it/);
    await analyst.close();
  });

  it('lets a lead researcher add a type of support and retire it with a reason', async () => {
    const page = await open('lead', '/framework');
    await page.getByText('Add a type of support').click();
    const form = page.getByRole('form', { name: 'Add a type of support' });
    await form.getByLabel('Name', { exact: true }).fill('Lesson study');
    expect(await form.getByLabel('Key', { exact: true }).inputValue()).toBe('lesson_study');
    await form.getByLabel('Category', { exact: true }).fill('Learning event');
    await form
      .getByLabel('Description', { exact: true })
      .fill('Teachers plan, teach, observe and revise a research lesson together, with a knowledgeable other.');
    await form.getByLabel('Key', { exact: true }).fill('Lesson-Study');
    await form.getByRole('button', { name: 'Add the type' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toMatch(/lower-case letters/);
    await form.getByLabel('Key', { exact: true }).fill('lesson_study');
    await form.getByRole('button', { name: 'Add the type' }).click();

    const added = page.getByRole('article', { name: 'Lesson study', exact: true });
    await expect.poll(() => added.innerText()).toMatch(/Version 1, added by lead@demo\.warrant\.test/);
    expect(
      await page
        .getByRole('region', { name: /^Learning event/ })
        .getByRole('article')
        .count(),
    ).toBe(4);

    await added.getByRole('button', { name: 'Retire the type' }).click();
    await added.getByLabel(/Why retire “Lesson study”/).fill('Folded into ongoing intentional learning events');
    await added.getByRole('button', { name: 'Retire the type' }).click();
    await expect.poll(() => page.getByRole('article', { name: 'Lesson study', exact: true }).count()).toBe(0);
    expect(await page.getByRole('status').allInnerTexts()).toContainEqual(expect.stringContaining('Retired “Lesson study”'));
    const row = await t.store.db.selectFrom('support_type').select(['id', 'retired_reason']).where('key', '=', 'lesson_study').executeTakeFirstOrThrow();
    expect(row.retired_reason).toBe('Folded into ongoing intentional learning events');
    await page.close();
  });

  it('lets an analyst upload a district document, find it, read its text and download it', async () => {
    const guide = join(dir, 'coaching-cycle-guide.docx');
    const bytes = await coachingGuide();
    writeFileSync(guide, bytes);
    const notes = join(dir, 'notes.pages');
    writeFileSync(notes, 'not a document this server reads');

    const page = await open('analyst', '/artifacts');
    await expect.poll(() => page.getByRole('article', { name: 'PD calendar 2010-11' }).count()).toBeGreaterThan(1);
    const filters = page.getByRole('form', { name: 'Filter the documents' });
    await filters.getByLabel('District').selectOption(LAKESIDE);
    await expect.poll(() => page.getByRole('article', { name: 'PD calendar 2010-11' }).count()).toBe(1);
    expect(new URL(page.url()).searchParams.get('district')).toBe(LAKESIDE);

    await page.getByText('Upload a document').click();
    const upload = page.getByRole('form', { name: 'Upload a document' });
    expect(await upload.getByLabel('District').inputValue()).toBe(LAKESIDE);
    await upload.getByLabel('Cycle').selectOption('2010-11');
    await upload.getByLabel('Kind').fill('curriculum framework');
    await upload.getByLabel('Title (optional)').fill('Coaching cycle guide');
    await upload.getByLabel('File').setInputFiles(guide);
    await upload.getByRole('button', { name: 'Upload' }).click();
    await expect.poll(() => page.locator('.done').innerText()).toContain('Stored “Coaching cycle guide” (coaching-cycle-guide.docx)');
    const card = page.getByRole('article', { name: 'Coaching cycle guide' });
    await expect
      .poll(() => card.innerText())
      .toMatch(
        /curriculum framework · Lakeside Public Schools · 2010-11[\s\S]*coaching-cycle-guide\.docx \(Word, \d+ KB\) · added by analyst@demo\.warrant\.test/,
      );

    await page.getByLabel('Words or "a phrase"').fill('conference');
    const hit = page.locator('.hits li').first();
    await expect.poll(() => hit.innerText()).toContain('Coaching cycle guide');
    expect(await hit.locator('mark').allInnerTexts()).toEqual(['conference']);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('conference');
    await hit.getByRole('button', { name: 'Coaching cycle guide' }).click();
    const text = page.getByRole('region', { name: 'Text of Coaching cycle guide' });
    await expect.poll(() => text.innerText()).toMatch(/Coaching cycle guide, 2010-11[\s\S]*co-teaches one lesson/);
    expect(await text.locator('p.focus').innerText()).toContain('co-planning conference');
    await page.getByRole('button', { name: 'Close the text' }).click();
    expect(await text.count()).toBe(0);
    await card.getByRole('button', { name: /Read the text/ }).click();
    await expect.poll(() => text.innerText()).toContain('co-planning conference');

    const href = await card.getByRole('link', { name: /Download the original/ }).getAttribute('href');
    const fetched = (await page.evaluate(
      `fetch(${JSON.stringify(href)}).then(async (r) => [r.status, (await r.arrayBuffer()).byteLength, r.headers.get('content-disposition')])`,
    )) as [number, number, string];
    expect(fetched).toEqual([200, bytes.length, expect.stringContaining('coaching-cycle-guide.docx')]);

    await upload.getByLabel('File').setInputFiles(notes);
    await upload.getByRole('button', { name: 'Upload' }).click();
    await expect.poll(() => upload.locator('..').getByRole('alert').innerText()).toMatch(/notes\.pages: unsupported file type \.pages/);

    await upload.getByLabel('File').setInputFiles(guide);
    await upload.getByRole('button', { name: 'Upload' }).click();
    await expect.poll(() => page.locator('.done').innerText()).toMatch(/already stored/);
    expect(await page.getByRole('article', { name: 'Coaching cycle guide' }).count()).toBe(1);

    // Too large for the server: refused in the browser, the file never sent.
    await upload.getByLabel('File').setInputFiles({ name: 'scanned-binder.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(26 * 1024 * 1024) });
    await upload.getByRole('button', { name: 'Upload' }).click();
    await expect.poll(() => upload.locator('..').getByRole('alert').innerText()).toMatch(/scanned-binder\.pdf is 26\.0 MB: an artifact is at most 25 MB/);
    await page.close();
  });

  it('lets an analyst retire a document with a reason', async () => {
    const page = await open('analyst', `/artifacts?district=${encodeURIComponent(LAKESIDE)}`);
    const card = page.getByRole('article', { name: 'Coaching cycle guide' });
    await card.getByRole('button', { name: 'Retire the document' }).click();
    await card.getByLabel(/Why retire/).fill('Uploaded for the wrong district');
    await card.getByRole('button', { name: 'Retire the document' }).click();
    await expect.poll(() => page.getByRole('article', { name: 'Coaching cycle guide' }).count()).toBe(0);
    expect(await page.getByRole('article', { name: 'PD calendar 2010-11' }).count()).toBe(1);
    await page.close();
  });

  it('shows an observer the documents without the means to upload or retire them', async () => {
    const page = await open('observer', '/artifacts');
    await expect.poll(() => page.getByRole('article', { name: 'PD calendar 2010-11' }).count()).toBeGreaterThan(1);
    expect(await page.getByText('Upload a document').count()).toBe(0);
    expect(await page.getByLabel('File').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Retire the document' }).count()).toBe(0);
    await page
      .getByRole('button', { name: /Read the text/ })
      .first()
      .click();
    await expect.poll(() => page.locator('.artifact-text').innerText()).toContain('Coach meetings');
    await page.close();
  });

  it('has no serious accessibility violations on the framework and artifacts pages', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await signIn(page, server.url, 'lead');
    const found: Record<string, string[]> = {};
    await page.goto(`${server.url}/framework`);
    await page.locator('.support-type').first().waitFor();
    await page.getByText('Add a type of support').click();
    await page.getByRole('button', { name: 'Refine the type' }).first().click();
    found.framework = await accessibilityViolations(page);
    await page.goto(`${server.url}/artifacts?q=calendar`);
    await page.locator('.hits li').first().waitFor();
    await page.getByText('Upload a document').click();
    await page
      .getByRole('button', { name: /Read the text/ })
      .first()
      .click();
    await page.locator('.artifact-text p').first().waitFor();
    found.artifacts = await accessibilityViolations(page);
    expect(found).toEqual({ framework: [], artifacts: [] });
    await context.close();
  });
});
