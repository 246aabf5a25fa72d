import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.js';
import { pdfText } from '../src/importers/artifacts/pdf.js';
import { textsOf } from '../src/reports/document.js';
import { renderReport } from '../src/reports/render/index.js';
import { linkEvidence } from '../src/services/evidence-links.js';
import { markShareable } from '../src/services/excerpts.js';
import { addRecommendation, recordUptake, writeImplementation } from '../src/services/feedback.js';
import { feedbackReport } from '../src/services/feedback-report.js';
import { narrativesOf, writeNarrative } from '../src/services/feedback-narratives.js';
import type { Block } from '../src/reports/document.js';
import { resolvePartnership, setQuoteMinimum } from '../src/services/partnerships.js';
import { addElement, listStrategies } from '../src/services/strategies.js';
import { compareIterations, issueIteration, reviseConjecture, addWarrant, theoryOfAction } from '../src/services/theory.js';
import { uptakeOverview } from '../src/services/uptake.js';
import { DIALECTS, openTestDatabase } from './support/databases.js';
import { rejects } from './support/errors.js';
import { convertWithLibreOffice } from './support/libreoffice.js';
import { temporaryFolder } from './support/temporary-folders.js';

const LAKESIDE = 'Lakeside Public Schools';
const RIVERTON = 'Riverton Unified School District';

async function demo(dialect: 'sqlite' | 'postgres') {
  const t = await openTestDatabase(dialect);
  await loadDemo(t.ctx);
  const pid = (await resolvePartnership(t.ctx)).id;
  const district = async (name: string) => (await t.store.organizations.resolve(pid, 'district', name))[0]!;
  const cycle = async (label: string) => (await t.store.cycles.byLabel(pid, label))!;
  const mainStrategy = async (name: string) =>
    (await listStrategies(t.ctx, pid, { districtId: (await district(name)).id, cycleId: (await cycle('2010-11')).id }))[0]!;
  const findings = async (name: string) => t.store.findings.list(pid, { districtId: (await district(name)).id, cycleId: (await cycle('2010-11')).id });
  return { t, pid, district, cycle, mainStrategy, findings };
}

describe.each(DIALECTS)('from findings to feedback (%s)', (dialect) => {
  let d: Awaited<ReturnType<typeof demo>>;
  beforeAll(async () => {
    d = await demo(dialect);
  });
  afterAll(() => d?.t.close());

  it("assesses a practice in the partnership's first year without a change since last year", async () => {
    const { t, pid } = d;
    const first = (await listStrategies(t.ctx, pid, { districtId: (await d.district(LAKESIDE)).id, cycleId: (await d.cycle('2009-10')).id }))[0]!;
    const practice = await addElement(t.ctx, first.strategy.id, {
      kind: 'practice',
      description: 'Teachers pose cognitively demanding tasks',
      role: 'teacher',
    });
    const assessed = await writeImplementation(t.ctx, { elementId: practice.row.id, text: 'Tasks were posed in most lessons observed.' });
    expect(assessed).toMatchObject({ frequency_change: null, quality_change: null, version: 1 });
    await rejects(
      writeImplementation(t.ctx, { elementId: practice.row.id, text: 'x', qualityChange: 'better', expectedVersion: 1 }),
      'invalid',
      /the change in quality since last year is one of/,
    );
  });

  it('assesses a support by its verdict and a practice by its change, on findings of its own district and cycle', async () => {
    const { t } = d;
    const main = await d.mainStrategy(LAKESIDE);
    const support = main.elements.find((e) => e.row.kind === 'support' && /Learning Walks/.test(e.row.description))!;
    const practice = main.elements.find((e) => e.row.kind === 'practice')!;
    const accountability = main.elements.find((e) => e.row.kind === 'accountability')!;
    await rejects(
      writeImplementation(t.ctx, { elementId: support.row.id, verdict: 'mostly', text: 'x' }),
      'invalid',
      /whether it was implemented is one of: as intended, partly, differently, not/,
    );
    await rejects(
      writeImplementation(t.ctx, { elementId: practice.row.id, text: 'x', frequencyChange: 'increased' }),
      'invalid',
      /the change in quality since last year is one of/,
    );
    await rejects(writeImplementation(t.ctx, { elementId: accountability.row.id, text: 'x' }), 'invalid', /not of accountability relations/);
    const current = (await t.store.feedback.implementationOf(support.row.id, main.strategy.cycle_id))!;
    await rejects(writeImplementation(t.ctx, { elementId: support.row.id, verdict: 'not', text: 'None held.' }), 'conflict', /say which version/);
    const next = await writeImplementation(t.ctx, {
      elementId: support.row.id,
      verdict: 'partly',
      frequency: 'twice',
      focus: current.focus!,
      text: current.text,
      expectedVersion: current.version,
      reason: 'Second school counted',
    });
    expect(next).toMatchObject({ id: current.id, version: current.version + 1, frequency: 'twice' });
    const riverton = (await d.findings(RIVERTON))[0]!;
    await rejects(linkEvidence(t.ctx, { citingId: next.id, citedId: riverton.id }), 'invalid', /another district/);
    await rejects(linkEvidence(t.ctx, { citingId: next.id, citedId: main.strategy.id }), 'invalid', /cites finding, score; stg_/);
  });

  it("keeps the report's narratives versioned and audited with their reasons, and puts them where they belong in the report", async () => {
    const { t, pid } = d;
    const main = await d.mainStrategy(RIVERTON);
    const section = `strategy:${main.strategy.id}`;
    const at = { partnershipId: pid, district: RIVERTON, cycle: '2010-11' };
    const first = await writeNarrative(t.ctx, { ...at, section, text: '  Coaching grew this year.  ' });
    expect(first.narrative).toMatchObject({ version: 1, kind: 'strategy', strategy_id: main.strategy.id, text: 'Coaching grew this year.' });
    expect(first.warnings).toEqual([]);
    await rejects(writeNarrative(t.ctx, { ...at, section, text: 'Coaching grew.' }), 'conflict', /say which version/);
    const second = await writeNarrative(t.ctx, {
      ...at,
      section,
      text: 'Coaching grew, mostly in two schools.',
      expectedVersion: 1,
      reason: 'Two schools only',
    });
    expect(second.narrative).toMatchObject({ id: first.narrative.id, version: 2 });
    await rejects(writeNarrative(t.ctx, { ...at, section, text: 'Stale.', expectedVersion: 1 }), 'conflict', /changed by someone else/);
    const audit = await t.store.audit.forEntity(first.narrative.id);
    expect(audit.map((e) => [e.action, e.version, e.reason])).toEqual([
      ['feedback_narrative.create', 1, null],
      ['feedback_narrative.update', 2, 'Two schools only'],
    ]);
    await rejects(writeNarrative(t.ctx, { ...at, section: 'preface', text: 'x' }), 'invalid', /the section is one of: summary, introduction, closing/);
    const other = await d.mainStrategy(LAKESIDE);
    await rejects(writeNarrative(t.ctx, { ...at, section: `strategy:${other.strategy.id}`, text: 'x' }), 'invalid', /not one of Riverton/);
    await writeNarrative(t.ctx, { ...at, section: 'closing', text: 'We look forward to the meeting.' });
    expect((await narrativesOf(t.ctx, pid, RIVERTON, '2010-11')).map((n) => n.section).sort()).toEqual(['closing', section].sort());
    const doc = await feedbackReport(t.ctx, { ...at, audience: 'partner' });
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => (b as { text: string }).text);
    const texts = doc.blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''));
    // The strategy's narrative opens its part; the closing follows the strategies.
    expect(texts.indexOf('Coaching grew, mostly in two schools.')).toBe(
      doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === `1. ${main.strategy.name}`) + 1,
    );
    expect(headings.at(-1)).toBe('Closing');
    // A narrative that names a participant is saved with a warning, and the partner version is refused until it is reworded.
    const pseudonym = (await t.store.db.selectFrom('participant').select('pseudonym').where('pseudonym', 'like', 'Coach%').executeTakeFirstOrThrow()).pseudonym;
    const named = await writeNarrative(t.ctx, { ...at, section: 'introduction', text: `${pseudonym} led the work.` });
    expect(named.warnings.join()).toMatch(/names a participant/);
    await rejects(feedbackReport(t.ctx, { ...at, audience: 'partner' }), 'invalid', /would name a participant/);
    await writeNarrative(t.ctx, { ...at, section: 'introduction', text: '', expectedVersion: 1, reason: 'Named a coach' });
    await expect(feedbackReport(t.ctx, { ...at, audience: 'partner' })).resolves.toBeDefined();
  });

  it('bases a recommendation on conjectures, and records its uptake only in a later cycle', async () => {
    const { t, pid } = d;
    const main = await d.mainStrategy(RIVERTON);
    await rejects(addRecommendation(t.ctx, { strategyId: main.strategy.id, text: 'Do more.' }), 'invalid', /at least one conjecture/);
    const [coaches] = (await theoryOfAction(t.ctx, pid)).find((c) => c.component.key === 'coaches')!.conjectures;
    const rec = await addRecommendation(t.ctx, {
      strategyId: main.strategy.id,
      text: 'Pair each new coach with an experienced one.',
      conjectures: [coaches!.conjecture.id],
    });
    await rejects(
      recordUptake(t.ctx, { recommendationId: rec.id, cycle: '2010-11', status: 'fully' }),
      'invalid',
      /later cycle than the recommendation's \(2010-11\)/,
    );
    const overview = await uptakeOverview(t.ctx, pid);
    expect(overview.filter((u) => u.cycle === '2009-10').map((u) => [u.district, u.uptake?.status])).toEqual([
      ['Granite Valley Schools', 'fully'],
      [LAKESIDE, 'partly'],
      [RIVERTON, 'not'],
    ]);
    expect(overview.find((u) => u.recommendationId === rec.id)!.uptake).toBeNull();
  });

  it('revises a conjecture with its reason and warrant, keeps earlier versions, and shows what changed between iterations', async () => {
    const { t, pid } = d;
    const theory = await theoryOfAction(t.ctx, pid);
    const leaders = theory.find((c) => c.component.key === 'school_leaders')!.conjectures[0]!;
    expect(leaders.revisions.map((r) => r.version)).toEqual([1, 2]);
    expect(leaders.revisions[1]!.warrant.map((w) => [w.kind, w.bearing])).toEqual(
      expect.arrayContaining([
        ['organization', 'not borne out'],
        ['finding', 'supports'],
        ['literature', 'supports'],
        ['uptake', 'contradicts'],
      ]),
    );
    expect(leaders.uptake.map((u) => u.status).sort()).toEqual(['fully', 'not', 'partly']);
    const coaches = theory.find((c) => c.component.key === 'coaches')!.conjectures[0]!;
    const lakeside = await d.district(LAKESIDE);
    await rejects(
      addWarrant(t.ctx, coaches.conjecture.id, { id: lakeside.id, bearing: 'supports' }),
      'invalid',
      /bearing of district evidence is one of: borne out, not borne out/,
    );
    await rejects(reviseConjecture(t.ctx, { id: coaches.conjecture.id, text: 'Changed.', reason: ' ', expectedVersion: 1 }), 'invalid', /say why/);
    await rejects(reviseConjecture(t.ctx, { id: coaches.conjecture.id, text: 'Changed.', reason: 'x' }), 'conflict', /say which version/);
    const revised = await reviseConjecture(t.ctx, {
      id: coaches.conjecture.id,
      text: 'Coaches support teachers when they co-teach in classrooms weekly.',
      reason: 'Riverton 2010-11',
      expectedVersion: 1,
      warrant: [{ id: (await d.findings(RIVERTON))[1]!.id }],
    });
    expect(revised.revisions.map((r) => r.text)).toEqual([coaches.conjecture.text, 'Coaches support teachers when they co-teach in classrooms weekly.']);
    const component = theory.find((c) => c.component.key === 'coaches')!.component;
    const { renameComponent } = await import('../src/services/theory.js');
    await rejects(
      renameComponent(t.ctx, { id: component.id, name: "Coaches' work with teachers", expectedVersion: 1 }),
      'invalid',
      /say why the component is renamed/,
    );
    expect(
      await renameComponent(t.ctx, { id: component.id, name: "Coaches' work with teachers", expectedVersion: 1, reason: 'Named as the team now writes it' }),
    ).toMatchObject({ key: 'coaches', version: 2 });
    const third = await issueIteration(t.ctx, { partnershipId: pid, label: 'Iteration 3', dated: '2011-09-01' });
    await rejects(issueIteration(t.ctx, { partnershipId: pid, label: 'Again', dated: '2011-09-02' }), 'invalid', /has not changed since iteration 3/);
    const diff = await compareIterations(t.ctx, pid, '2', String(third.number));
    expect(diff.changes.filter((c) => c.status !== 'unchanged')).toEqual([
      expect.objectContaining({
        status: 'revised',
        component: "Coaches' work with teachers",
        before: coaches.conjecture.text,
        reason: 'Riverton 2010-11',
        warrant: [expect.objectContaining({ kind: 'finding', bearing: 'supports' })],
      }),
    ]);
  });
});

describe('the District Feedback and Recommendations Report', () => {
  let d: Awaited<ReturnType<typeof demo>>;
  const secrets: string[] = [];
  beforeAll(async () => {
    d = await demo('sqlite');
    const s = d.t.store.db;
    secrets.push(...(await s.selectFrom('participant').select(['pseudonym', 'code']).execute()).flatMap((r) => [r.pseudonym, r.code]));
    secrets.push(...(await s.selectFrom('interview').select('code').execute()).map((r) => r.code));
    // Words no shareable passage holds: the demo's scripts give some participants the same words, and
    // a passage marked shareable in one interview may be quoted though the same words elsewhere are not marked.
    const shareable = new Set((await s.selectFrom('excerpt').select('quote').where('shareable_at', 'is not', null).execute()).map((r) => r.quote));
    secrets.push(
      ...(await s.selectFrom('excerpt').select('quote').where('shareable_at', 'is', null).execute()).map((r) => r.quote).filter((q) => !shareable.has(q)),
    );
    secrets.push(...(await s.selectFrom('assessment').select('rationale').execute()).map((r) => r.rationale));
    secrets.push(...(await s.selectFrom('conjecture_revision').select('text').execute()).map((r) => r.text));
    secrets.push('In-house', 'in-house', 'Evidence appendix');
  });
  afterAll(() => d?.t.close());

  const report = async (district: string, audience: 'partner' | 'team') =>
    feedbackReport(d.t.ctx, { partnershipId: d.pid, district, cycle: '2010-11', audience });
  const leaks = (text: string) => secrets.filter((s) => text.includes(s));
  const docxText = (bytes: Uint8Array) => new TextDecoder().decode(unzipSync(bytes)['word/document.xml']!).replace(/<[^>]+>/g, ' ');

  it('gives each district its strategies, what was found, why and the recommendations, and not a word of the in-house part, in every format', async () => {
    for (const name of [LAKESIDE, RIVERTON, 'Granite Valley Schools']) {
      const doc = await report(name, 'partner');
      const text = textsOf(doc).join('\n');
      const main = await d.mainStrategy(name);
      expect(text).toContain(`1. ${main.strategy.name}`);
      for (const heading of ['What we found', 'Why', 'Recommendations']) expect(text).toContain(heading);
      for (const r of await d.t.store.feedback.recommendations(d.pid, [main.strategy.id])) expect(text).toContain(r.text);
      expect(text).toContain('sent to the district on 2011-05-20');
      expect(leaks(text)).toEqual([]);
      for (const format of ['md', 'html'] as const) expect(leaks((await renderReport(doc, format)).toString('utf8'))).toEqual([]);
      expect(leaks(docxText(await renderReport(doc, 'docx')))).toEqual([]);
    }
    const pdf = await renderReport(await report(LAKESIDE, 'partner'), 'pdf');
    const { text } = await pdfText(new Uint8Array(pdf));
    expect(leaks(text.replace(/\s+/g, ' '))).toEqual([]);
  }, 60_000);

  it('opens with the summary and the overview, states each finding once, quotes each passage once under its role group, and says every generated phrase as a sentence', async () => {
    const doc = await report(LAKESIDE, 'partner');
    expect(doc.blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Summary' });
    expect(doc.blocks[1]).toMatchObject({ kind: 'paragraph', text: expect.stringMatching(/^This year principals visited mathematics classrooms more often/) });
    const overview = doc.blocks.find((b) => b.kind === 'table') as Extract<Block, { kind: 'table' }>;
    expect(overview.columns).toEqual(['Strategy', 'Support or practice', 'Intended', 'What we found']);
    expect(overview.rows).toContainEqual([
      expect.stringMatching(/^1\. /),
      expect.stringMatching(/^Support: Learning Walks/),
      'Quarterly in every school, for school leaders',
      'Partly implemented',
    ]);
    expect(overview.rows.map((r) => r[3])).toContain('Done more often than last year; its quality did not change');
    const text = textsOf(doc).join('\n');
    // Each finding is stated once, numbered; the supports and practices refer to it by its number.
    for (const f of await d.findings(LAKESIDE)) {
      const cited = (await d.t.store.feedback.linksTo([f.id])).some((l) => /^imp_/.test(l.citing_id) && !l.retired_at);
      if (cited) expect(text.split(f.text).length - 1, f.text).toBe(1);
    }
    expect(text).toMatch(/^Finding 1\. Principals are not yet developing/m);
    expect(text.match(/See Finding 1\./g)!.length).toBeGreaterThanOrEqual(2);
    // Only a reminder of the design: its tables are in the appendix, when asked for.
    expect(doc.blocks.filter((b) => b.kind === 'table')).toHaveLength(1);
    const withAppendix = await feedbackReport(d.t.ctx, {
      partnershipId: d.pid,
      district: LAKESIDE,
      cycle: '2010-11',
      audience: 'partner',
      withDesignAppendix: true,
    });
    expect(withAppendix.blocks.filter((b) => b.kind === 'table').map((b) => (b as { caption: string }).caption)).toContain(
      'Envisioned practices: Principals as instructional leaders in mathematics',
    );
    // Each quote once, under the support or practice of its speaker's role group.
    let heading = '';
    const quotes: { heading: string; text: string; attribution: string }[] = [];
    for (const b of doc.blocks) {
      if (b.kind === 'heading') heading = b.text;
      if (b.kind === 'quote') quotes.push({ heading, text: b.text, attribution: b.attribution });
    }
    expect(quotes.length).toBeGreaterThan(0);
    expect(new Set(quotes.map((q) => q.text)).size).toBe(quotes.length);
    for (const q of quotes) {
      const practice = /^(Teachers|School leaders|Mathematics coaches|District leaders): /.exec(q.heading);
      if (practice) expect(q.attribution, q.text).toBe(practice[1]);
    }
    expect(quotes.find((q) => /Learning Walk every month/.test(q.text))).toMatchObject({
      heading: expect.stringMatching(/^Learning Walks/),
      attribution: 'School leaders',
    });
    expect(quotes.find((q) => /in math classrooms every week/.test(q.text))).toMatchObject({ heading: expect.stringMatching(/^School leaders: Observe/) });
    // Plain sentences, never the database's words.
    expect(text).toMatch(/This support was partly implemented \(1 this year at Adams Middle School\), with a focus on mathematics lessons\./);
    expect(text).toMatch(/School leaders do this more often than last year, and its quality did not change/);
    for (const name of [LAKESIDE, RIVERTON, 'Granite Valley Schools'])
      for (const audience of ['partner', 'team'] as const)
        expect(textsOf(await report(name, audience)).join('\n')).not.toMatch(
          /Since last year:|Implementation:|not sent yet|no previous cycle|frequency (increased|unchanged|decreased|not known)|quality (improved|unchanged|declined|not known)|; Not reported/,
        );
  });

  it("gives in the team's evidence appendix the stance of every citation, contradicting ones included, in every format", async () => {
    const team = await report(LAKESIDE, 'team');
    const text = textsOf(team).join('\n');
    expect(text).toMatch(/ISF entry \(Observation of mathematics instruction and feedback — [^\n]*\) \(contradicts\): Reports observing mathematics weekly/);
    expect(text).toMatch(/› › › Passage \[LPS-T0\d-1011, teacher, Adams Middle School\] \(supports\): “/);
    for (const format of ['html', 'md'] as const) expect((await renderReport(team, format)).toString('utf8')).toContain('(contradicts)');
    expect(docxText(await renderReport(team, 'docx'))).toContain('(contradicts)');
    expect(textsOf(await report(LAKESIDE, 'partner')).join('\n')).not.toMatch(/\((supports|contradicts)\)/);
  });

  it('quotes only shareable passages, by role group, and withholds them where the role group is small or the words name someone', async () => {
    const partner = await report(LAKESIDE, 'partner');
    const quotes = partner.blocks.filter((b) => b.kind === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    expect(new Set(quotes.map((q) => (q as { attribution: string }).attribution))).toEqual(new Set(['Teachers', 'School leaders']));
    const team = textsOf(await report(LAKESIDE, 'team')).join('\n');
    expect(team).toMatch(/Quote withheld \(it names a participant \(Principal Reyes\)\)/);
    // Riverton has two school leaders: their words are never quoted to the district.
    const riverton = (await report(RIVERTON, 'partner')).blocks.filter((b) => b.kind === 'quote').map((b) => (b as { attribution: string }).attribution);
    expect(riverton).not.toContain('School leaders');
    expect(textsOf(await report(RIVERTON, 'team')).join('\n')).toMatch(/Quote withheld \(the district has 2 school leaders interviewed, fewer than 3\)/);
    await rejects(setQuoteMinimum(d.t.ctx, d.pid, { minimum: 2, expectedVersion: 1, reason: 'x' }), 'invalid', /from 3 to 100/);
    const raised = await setQuoteMinimum(d.t.ctx, d.pid, { minimum: 20, expectedVersion: 1, reason: 'Small district' });
    expect((await report(LAKESIDE, 'partner')).blocks.filter((b) => b.kind === 'quote')).toEqual([]);
    await setQuoteMinimum(d.t.ctx, d.pid, { minimum: 3, expectedVersion: raised.quote_min_version, reason: 'Back to the default' });
    const excerpt = await d.t.store.db
      .selectFrom('excerpt')
      .select(['id', 'quote'])
      .where('shareable_at', 'is not', null)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await markShareable(d.t.ctx, excerpt.id, false);
    expect(textsOf(await report(LAKESIDE, 'partner')).join('\n')).not.toContain(excerpt.quote);
    await markShareable(d.t.ctx, excerpt.id, true);
  });

  it('lists the passages a report could quote, marked or not, and why some would be withheld anyway', async () => {
    const { quoteCandidates } = await import('../src/services/quotes.js');
    const candidates = await quoteCandidates(d.t.ctx, d.pid, RIVERTON, '2010-11');
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.filter((c) => c.role === 'school_leader').map((c) => c.withheld)).toEqual(
      expect.arrayContaining(['the district has 2 school leaders interviewed, fewer than 3']),
    );
    const quoted = (await report(RIVERTON, 'partner')).blocks.filter((b) => b.kind === 'quote').map((b) => (b as { text: string }).text);
    expect(new Set(quoted)).toEqual(new Set(candidates.filter((c) => c.shareable && !c.withheld).map((c) => c.quote)));
  });

  it('refuses a partner version that would name a participant, saying what to reword', async () => {
    const main = await d.mainStrategy('Granite Valley Schools');
    const [conjecture] = (await theoryOfAction(d.t.ctx, d.pid)).find((c) => c.component.key === 'professional_development')!.conjectures;
    const pseudonym = (await d.t.store.db.selectFrom('participant').select('pseudonym').where('pseudonym', 'like', 'Coach%').executeTakeFirstOrThrow())
      .pseudonym;
    const rec = await addRecommendation(d.t.ctx, {
      strategyId: main.strategy.id,
      text: `Ask ${pseudonym} to lead the team meetings.`,
      conjectures: [conjecture!.conjecture.id],
    });
    await rejects(
      report('Granite Valley Schools', 'partner'),
      'invalid',
      new RegExp(`would name a participant \\(“${pseudonym}”\\).*Reword it before sharing`),
    );
    expect(textsOf(await report('Granite Valley Schools', 'team')).join('\n')).toContain(rec.text);
    const { retire } = await import('../src/services/retire.js');
    await retire(d.t.ctx, rec.id, 'Names a coach');
    await expect(report('Granite Valley Schools', 'partner')).resolves.toBeDefined();
  });

  it('traces every finding of the team version to its passages, and gives the same document twice', async () => {
    const team = await report(LAKESIDE, 'team');
    const text = textsOf(team).join('\n');
    expect(text).toContain('Evidence appendix (in-house)');
    for (const f of await d.findings(LAKESIDE)) {
      // Findings the report rests on: those its implementation assessments and explanations cite.
      const cited = (await d.t.store.feedback.linksTo([f.id])).some((l) => /^(imp|exn)_/.test(l.citing_id));
      if (cited) expect(text).toContain(f.text);
    }
    expect(text).toMatch(/› › › Passage \[LPS-T0\d-1011, teacher, Adams Middle School\] \(supports\): “/);
    for (const format of ['docx', 'md', 'html'] as const) {
      const [a, b] = [await renderReport(await report(LAKESIDE, 'team'), format), await renderReport(await report(LAKESIDE, 'team'), format)];
      expect(Buffer.compare(a, b), format).toBe(0);
    }
  });

  it('opens in LibreOffice and converts to PDF with every strategy and recommendation', async () => {
    const doc = await report(LAKESIDE, 'partner');
    const dir = temporaryFolder('warrant-dfrr-');
    const file = join(dir, 'lakeside-dfrr.docx');
    writeFileSync(file, await renderReport(doc, 'docx'));
    expect(
      readFileSync(await convertWithLibreOffice(file, 'pdf'))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const text = readFileSync(await convertWithLibreOffice(file, 'txt:Text'), 'utf8');
    for (const b of doc.blocks)
      if (b.kind === 'heading' || b.kind === 'list') for (const t of b.kind === 'heading' ? [b.text] : b.items) expect(text).toContain(t);
  }, 120_000);
});

describe('evidence withdrawn after the report was sent', () => {
  let d: Awaited<ReturnType<typeof demo>>;
  afterAll(() => d?.t.close());
  const report = (audience: 'partner' | 'team') => feedbackReport(d.t.ctx, { partnershipId: d.pid, district: LAKESIDE, cycle: '2010-11', audience });
  const everyFormat = async (audience: 'partner' | 'team') => {
    const doc = await report(audience);
    const docx = new TextDecoder().decode(unzipSync(await renderReport(doc, 'docx'))['word/document.xml']!).replace(/<[^>]+>/g, '');
    return [textsOf(doc).join('\n'), (await renderReport(doc, 'md')).toString('utf8'), (await renderReport(doc, 'html')).toString('utf8'), docx];
  };

  it('leaves retired passages and findings out of every report generated since, and tells the team which sent statements lost their evidence', async () => {
    d = await demo('sqlite');
    const { t, pid } = d;
    const { retire } = await import('../src/services/retire.js');
    const { quoteCandidates } = await import('../src/services/quotes.js');
    const { checkPartnership } = await import('../src/services/check.js');
    const { districtFeedback } = await import('../src/services/district-feedback.js');
    // A quote the partner version gives, and the finding above it that an implementation assessment cites.
    const quoted = (await report('partner')).blocks.find((b) => b.kind === 'quote') as { text: string };
    const lakeside = (await d.district(LAKESIDE)).id;
    const holding = await t.store.db
      .selectFrom('excerpt as x')
      .innerJoin('interview as i', 'i.id', 'x.interview_id')
      .select('x.id')
      .where('x.quote', '=', quoted.text)
      .where('i.district_id', '=', lakeside)
      .execute();
    expect(holding.length).toBeGreaterThan(0);
    const { trace } = await import('../src/services/trace.js');
    const implementations = await t.store.feedback.implementations(lakeside, (await d.cycle('2010-11')).id);
    const cited = (await t.store.feedback.links(implementations.map((i) => i.id))).filter((l) => l.cited_kind === 'finding');
    let finding = '';
    for (const l of cited) if ((await trace(t.ctx, l.cited_id)).passages.some((p) => p.quote === quoted.text)) finding = l.cited_id;
    const findingText = (await t.store.findings.byId(finding))!.text;
    const statement = cited.find((l) => l.cited_id === finding)!.citing_id;
    expect((await checkPartnership(t.ctx, pid)).filter((i) => i.district)).toEqual([]);

    for (const { id } of holding) await retire(t.ctx, id, 'The participant withdrew consent for these words');
    for (const text of [...(await everyFormat('partner')), ...(await everyFormat('team'))]) expect(text).not.toContain(quoted.text);
    expect((await quoteCandidates(t.ctx, pid, LAKESIDE, '2010-11')).map((c) => c.quote)).not.toContain(quoted.text);

    await retire(t.ctx, finding, 'Rests on withdrawn words');
    for (const text of [...(await everyFormat('partner')), ...(await everyFormat('team'))]) expect(text).not.toContain(findingText.slice(0, 60));
    const pdf = await pdfText(new Uint8Array(await renderReport(await report('partner'), 'pdf')));
    expect(pdf.text.replace(/\s+/g, ' ')).not.toContain(quoted.text.replace(/\s+/g, ' ').slice(0, 40));

    // The district still has the report as sent: the team is told which of its statements lost their evidence.
    const lost = (await checkPartnership(t.ctx, pid)).filter((i) => i.district);
    expect(lost).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: statement,
          kind: 'implementation',
          severity: 'review',
          district: LAKESIDE,
          cycle: '2010-11',
          reasons: expect.arrayContaining([
            expect.stringMatching(new RegExp(`^rests on finding ${finding}, retired on \\d{4}-\\d\\d-\\d\\d, after the report was sent on 2011-05-20$`)),
          ]),
          why: expect.arrayContaining([
            {
              text: expect.stringMatching(
                /^rests on the finding, withdrawn on \d{4}-\d\d-\d\d, after the report was sent on 2011-05-20: tell the district, and send a corrected report$/,
              ),
              mendAt: { kind: 'finding', id: finding },
            },
          ]),
        }),
      ]),
    );
    expect((await districtFeedback(t.ctx, pid, LAKESIDE, '2010-11')).lostSinceSent.map((i) => i.id)).toContain(statement);
    expect((await districtFeedback(t.ctx, pid, RIVERTON, '2010-11')).lostSinceSent).toEqual([]);
  }, 120_000);

  it('tells the team when a finding a sent statement rests on stopped citing a claim since', async () => {
    const { t, pid } = d;
    const { retire } = await import('../src/services/retire.js');
    const { districtFeedback } = await import('../src/services/district-feedback.js');
    const lakeside = (await d.district(LAKESIDE)).id;
    const implementations = await t.store.feedback.implementations(lakeside, (await d.cycle('2010-11')).id);
    const links = (await t.store.feedback.links(implementations.map((i) => i.id))).filter((l) => l.cited_kind === 'finding');
    const before = new Set((await districtFeedback(t.ctx, pid, LAKESIDE, '2010-11')).lostSinceSent.map((i) => i.id));
    const link = links.find((l) => !before.has(l.citing_id))!;
    const citation = (await t.store.citations.from([link.cited_id]))[0]!;
    await retire(t.ctx, citation.id, 'The claim does not support this finding');
    const lost = (await districtFeedback(t.ctx, pid, LAKESIDE, '2010-11')).lostSinceSent.find((i) => i.id === link.citing_id);
    expect(lost?.reasons).toEqual([
      expect.stringMatching(
        new RegExp(
          `^no longer rests on finding ${link.cited_id} › claim ${citation.cited_id}: the link was withdrawn on \\d{4}-\\d\\d-\\d\\d, after the report was sent on 2011-05-20$`,
        ),
      ),
    ]);
  });

  it('leaves a retired passage out of the team design document', async () => {
    const { t, pid } = d;
    const { retire } = await import('../src/services/retire.js');
    const { designDocumentReport } = await import('../src/services/design-report.js');
    const ddd = async () =>
      textsOf(await designDocumentReport(t.ctx, { partnershipId: pid, district: LAKESIDE, cycle: '2010-11', audience: 'team' })).join('\n');
    const main = await d.mainStrategy(LAKESIDE);
    const evidence = [...main.evidence, ...main.elements.flatMap((e) => e.evidence)].find((e) => e.kind === 'excerpt')!;
    expect(await ddd()).toContain(evidence.text);
    await retire(t.ctx, evidence.citedId, 'Misheard in the transcript');
    expect(await ddd()).not.toContain(evidence.text);
    expect(
      (await d.mainStrategy(LAKESIDE)).elements
        .flatMap((e) => e.evidence)
        .concat((await d.mainStrategy(LAKESIDE)).evidence)
        .find((e) => e.id === evidence.id),
    ).toMatchObject({ retired: true });
  });
});
