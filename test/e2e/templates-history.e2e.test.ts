import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editRecommendation } from '../../src/services/feedback.js';
import { createExcerpt } from '../../src/services/excerpts.js';
import { editField } from '../../src/services/isf-templates.js';
import { createIsf, writeEntry } from '../../src/services/isfs.js';
import { editElement } from '../../src/services/strategies.js';
import { accessibilityViolations, openDemoInChromium, signIn } from '../support/browser.js';
import type { TestDatabase } from '../support/databases.js';

const LAKESIDE = 'Lakeside Public Schools';
const CYCLE = '2010-11';
const FIRST = 'Strategy 1: Principals as instructional leaders in mathematics';

/** ISF templates customised, and the history of strategy elements and recommendations, in a real Chromium. */
describe('the ISF templates page and the history of elements and recommendations', () => {
  let t: TestDatabase;
  let server: { url: string; stop: () => Promise<void> };
  let browser: Browser;
  let close: () => Promise<void>;
  beforeAll(async () => ({ t, server, browser, close } = await openDemoInChromium()), 120_000);
  afterAll(() => close?.());

  const open = async (who: 'lead' | 'analyst', path: string): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await signIn(page, server.url, who);
    await page.goto(`${server.url}${path}`);
    return page;
  };

  it("lets a lead researcher customise a district's coach template, saying what happens to the ISFs already written", async () => {
    const page = await open('lead', `/isf-templates?role=coach&district=${encodeURIComponent(LAKESIDE)}`);
    await page.getByRole('heading', { name: /Mathematics coach template, partnership default/ }).waitFor();
    const consequences = page.getByLabel('What a change does to ISFs already written');
    expect(await consequences.innerText()).toMatch(
      /Your first change makes Lakeside Public Schools's own copy[\s\S]*ISFs already started in Lakeside Public Schools stay on the default template/,
    );

    expect(await accessibilityViolations(page)).toEqual([]);
    const field = page.locator('li.template-field', { hasText: 'Work with teachers' });
    await field.getByRole('button', { name: 'Edit' }).click();
    const form = page.getByRole('form', { name: 'Edit the field Work with teachers' });
    await form.getByLabel('Guidance (the prompt analysts write to)').fill('Coaching cycles: planning, co-teaching, debriefs; with whom and how often.');
    await form.getByLabel(/^Required/).check();
    await form.getByLabel('Why the change (optional, kept in the history)').fill('Lakeside introduced coaching cycles');
    await form.getByRole('button', { name: 'Save the field' }).click();

    // The district's own copy, one version on: the field required, with its new guidance.
    await page.getByRole('heading', { name: /Mathematics coach template of Lakeside Public Schools · version 2/ }).waitFor();
    const saved = page.locator('li.template-field', { hasText: 'Work with teachers' });
    await expect.poll(() => saved.innerText()).toMatch(/Work with teachers · required\s+Coaching cycles: planning, co-teaching/);
    expect(await page.getByLabel('What a change does to ISFs already written').innerText()).toMatch(
      /No ISF has been started on this template yet: a change applies to the ISFs started from now on/,
    );

    await page.getByRole('button', { name: 'Add a field' }).click();
    const add = page.getByRole('form', { name: 'Add a field' });
    await add.getByLabel('Label of the new field').fill('Use of the coaching cycle guide');
    await add.getByRole('button', { name: 'Add the field' }).click();
    await page.getByRole('heading', { name: /version 3/ }).waitFor();

    await page.getByRole('button', { name: 'Change the order' }).click();
    const order = page.getByRole('form', { name: 'Change the order of the fields' });
    await order.getByRole('button', { name: 'Move “Use of the coaching cycle guide” up' }).click();
    await order.getByLabel('Why the change (optional, kept in the history)').fill('next to the tools');
    await order.getByRole('button', { name: 'Save the order' }).click();
    await page.getByRole('heading', { name: /version 4/ }).waitFor();
    const labels = await page.getByRole('list', { name: 'Fields in use' }).locator('.field-label strong').allInnerTexts();
    expect(labels.slice(-2)).toEqual(['Use of the coaching cycle guide', 'Accountability']);

    await page.locator('section.template details.history > summary').click();
    const trail = page.locator('section.template details.history');
    await expect
      .poll(() => trail.innerText())
      .toMatch(
        /copied the default template for the district[\s\S]*changed a field \(version 2\) — why: Lakeside introduced coaching cycles[\s\S]*added a field \(version 3\)[\s\S]*reordered the fields \(version 4\) — why: next to the tools/,
      );

    // An analyst reads the templates and changes nothing.
    const analyst = await open('analyst', `/isf-templates?role=coach&district=${encodeURIComponent(LAKESIDE)}`);
    await analyst.getByRole('heading', { name: /Mathematics coach template of Lakeside Public Schools · version 4/ }).waitFor();
    expect(await analyst.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    expect(await analyst.getByRole('button', { name: 'Add a field' }).count()).toBe(0);
  });

  it("shows a strategy element's and a recommendation's history: who, when, why and what changed", async () => {
    const walks = await t.store.db
      .selectFrom('strategy_element')
      .select(['id', 'version'])
      .where('description', 'like', 'Learning Walks%')
      .executeTakeFirstOrThrow();
    await editElement(t.ctx, { id: walks.id, changes: { frequency: 'Monthly' }, expectedVersion: walks.version, reason: 'the district moved them to monthly' });
    const page = await open('analyst', `/strategies?district=${encodeURIComponent(LAKESIDE)}&cycle=${CYCLE}`);
    await page.getByRole('heading', { name: FIRST }).waitFor();
    const element = page.locator('li.element', { hasText: 'Learning Walks: principal and supervisor' }).first();
    await element.locator('details.history > summary').click();
    await expect
      .poll(() => element.locator('details.history').innerText())
      .toMatch(
        /added the element \(version 1\)[\s\S]*revised the element \(version \d\) — why: the district moved them to monthly[\s\S]*frequency, after\s+Monthly/,
      );

    const recommendation = await t.store.db
      .selectFrom('recommendation')
      .select(['id', 'version', 'text'])
      .where('text', 'like', 'Hold Learning Walks monthly%')
      .executeTakeFirstOrThrow();
    await editRecommendation(t.ctx, {
      id: recommendation.id,
      text: `${recommendation.text} (revised)`,
      expectedVersion: recommendation.version,
      reason: 'after the meeting',
    });
    await page.goto(`${server.url}/feedback?district=${encodeURIComponent(LAKESIDE)}&cycle=${CYCLE}`);
    await page.getByRole('heading', { name: FIRST }).waitFor();
    const item = page.locator('li.recommendation', { hasText: '(revised)' });
    await item.locator('details.history > summary').click();
    await expect
      .poll(() => item.locator('details.history').innerText())
      .toMatch(
        /wrote the recommendation \(version 1\)[\s\S]*revised the recommendation \(version 2\) — why: after the meeting[\s\S]*after\s+Hold Learning Walks monthly[\s\S]*\(revised\)/,
      );
  });

  it('refuses to mark an ISF complete while a required field is empty, and asks when optional ones are', async () => {
    const interview = await t.store.db
      .selectFrom('interview')
      .leftJoin('isf', 'isf.interview_id', 'interview.id')
      .select(['interview.id as id', 'interview.code as code', 'interview.partnership_id as pid', 'interview.role as role'])
      .where('isf.id', 'is', null)
      .where('interview.role', '=', 'school_leader')
      .executeTakeFirstOrThrow();
    const form = await createIsf(t.ctx, interview.pid, interview.id);
    const turn = await t.store.db
      .selectFrom('turn')
      .select(['text'])
      .where('speaker_role', '=', 'participant')
      .where('transcript_id', 'in', t.store.db.selectFrom('transcript').select('id').where('interview_id', '=', interview.id))
      .executeTakeFirstOrThrow();
    const excerpt = await createExcerpt(t.ctx, { partnershipId: interview.pid, interview: interview.id, quote: turn.text.split(/[.?!]/)[0]!.trim() });
    await writeEntry(t.ctx, { isfId: form.isf.id, field: 'responsibilities', text: 'Principal for six years.', cite: [{ excerptId: excerpt.id }] });
    const target = { partnershipId: interview.pid, role: 'school_leader' };
    const template = await t.store.templates.byId(form.isf.template_id);
    await editField(t.ctx, { ...target, districtId: template!.district_id }, 'expectations', { required: true });

    const page = await open('analyst', `/interviews/${interview.id}`);
    await page.getByRole('button', { name: 'Mark complete' }).click();
    await expect
      .poll(() => page.locator('section.isf [role=alert]').first().innerText())
      .toMatch(/The template requires the field “Expectations communicated to teachers”: write it before marking the form complete/);
    await editField(t.ctx, { ...target, districtId: template!.district_id }, 'expectations', { required: false });
    await page.reload();
    await page.getByRole('button', { name: 'Mark complete' }).click();
    const ask = page.getByRole('alertdialog');
    await expect
      .poll(() => ask.innerText())
      .toMatch(/^7 of 8 fields are empty \(“Observation of mathematics instruction and feedback”, [^)]*\): mark complete anyway\?/);
    await ask.getByRole('button', { name: 'Mark complete anyway' }).click();
    await expect.poll(() => page.locator('section.isf header').innerText()).toMatch(/1 of 8 fields written · complete/);
  });
});
