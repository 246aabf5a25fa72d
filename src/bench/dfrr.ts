import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { seededIdSource } from '../domain/ids.js';
import { renderReport } from '../reports/render/index.js';
import type { ReportFormat } from '../reports/document.js';
import { writeAssessment } from '../services/assessments.js';
import { createContext, type ServiceContext } from '../services/context.js';
import { createExcerpt, markShareable } from '../services/excerpts.js';
import { addExplanation, addRecommendation, writeImplementation } from '../services/feedback.js';
import { feedbackReport } from '../services/feedback-report.js';
import { addFinding } from '../services/findings.js';
import { importBundle } from '../services/import-bundle.js';
import { createIsf, writeEntry } from '../services/isfs.js';
import { addElement, createStrategy } from '../services/strategies.js';
import { addClaim, createSummary } from '../services/summaries.js';
import { addConjecture } from '../services/theory.js';
import { connect } from '../storage/database.js';
import { Store } from '../storage/store.js';
import { writeCorpus } from './corpus.js';
import { percentile } from './statistics.js';

/**
 * `npm run bench` (feedback-report part): the DFRR of a district with 4 strategies and 200
 * interviews in the cycle reported on, every interview summarised and cited up to a finding, so
 * that the team version's evidence appendix traces 200 passages. Goal: under 2 s.
 */
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '10' }, words: { type: 'string', default: '1500' } } });
const runs = Number(args.runs);
const log = (line = '') => process.stdout.write(`${line}\n`);

async function analyse(ctx: ServiceContext, partnershipId: string, districtId: string, cycleId: string): Promise<void> {
  const interviews = (await ctx.store.interviews.list(partnershipId, { districtId, cycleId })).slice(0, 200);
  const bySchool = new Map<string, typeof interviews>();
  for (const i of interviews) bySchool.set(i.organization_id, [...(bySchool.get(i.organization_id) ?? []), i]);
  const claims: string[] = [];
  for (const [schoolId, here] of bySchool) {
    const summary = await createSummary(ctx, { partnershipId, kind: 'school', district: districtId, cycle: cycleId, school: schoolId });
    const entries: string[] = [];
    for (const interview of here) {
      const isf = await createIsf(ctx, partnershipId, interview.id);
      const excerpt = await createExcerpt(ctx, { partnershipId, interview: interview.id, turn: 1 });
      if (entries.length % 4 === 0) await markShareable(ctx, excerpt.id, true);
      entries.push(
        (
          await writeEntry(ctx, {
            isfId: isf.isf.id,
            field: isf.fields[0]!.field.key,
            text: `What ${interview.pseudonym} said.`,
            cite: [{ excerptId: excerpt.id }],
          })
        ).id,
      );
    }
    for (let k = 0; k < 2; k++)
      claims.push(
        (
          await addClaim(ctx, {
            summaryId: summary.id,
            text: `Claim ${k + 1} of the school.`,
            cite: entries.filter((_, i) => i % 2 === k).map((entryId) => ({ entryId })),
          })
        ).claim.id,
      );
  }
  const findings: string[] = [];
  for (let f = 0; f < 8; f++) {
    findings.push(
      (
        await addFinding(ctx, {
          partnershipId,
          district: districtId,
          cycle: cycleId,
          text: `Finding ${f + 1}.`,
          cite: claims.filter((_, i) => i % 8 === f).map((claimId) => ({ claimId })),
        })
      ).finding.id,
    );
  }
  const conjecture = await addConjecture(ctx, { partnershipId, component: 'coaches', text: 'Coaches support teachers in their classrooms.' });
  for (let s = 0; s < 4; s++) {
    const strategy = await createStrategy(ctx, { partnershipId, district: districtId, cycle: cycleId, name: `Strategy ${s + 1}`, goal: 'A goal.' });
    const elements = [
      await addElement(ctx, strategy.strategy.id, { kind: 'practice', role: 'teacher', description: 'Teach the units.', target: 'every unit' }),
      await addElement(ctx, strategy.strategy.id, { kind: 'practice', role: 'coach', description: 'Co-teach.' }),
      await addElement(ctx, strategy.strategy.id, {
        kind: 'support',
        supportType: 'new_position',
        description: 'A coach in every school.',
        rolesServed: ['teacher'],
        frequency: 'full time',
        coParticipation: true,
      }),
      await addElement(ctx, strategy.strategy.id, {
        kind: 'support',
        supportType: 'learning_event_ongoing',
        description: 'Monthly coach meetings.',
        rolesServed: ['coach'],
        frequency: 'monthly',
      }),
      await addElement(ctx, strategy.strategy.id, { kind: 'support', supportType: 'tool', description: 'Pacing guide.', rolesServed: ['teacher'] }),
      await addElement(ctx, strategy.strategy.id, { kind: 'accountability', holder: 'Principals', held: 'teachers', description: 'benchmark results' }),
    ];
    const mine = [findings[2 * s]!, findings[2 * s + 1]!];
    for (const e of elements.filter((x) => x.element.kind !== 'accountability')) {
      await writeImplementation(ctx, {
        elementId: e.row.id,
        ...(e.element.kind === 'support'
          ? { verdict: 'partly', frequency: 'monthly', focus: 'pacing' }
          : { frequencyChange: 'increased', qualityChange: 'unchanged' }),
        text: 'What was found.',
        findings: mine,
      });
    }
    const assessment = await writeAssessment(ctx, {
      partnershipId,
      district: districtId,
      cycle: cycleId,
      aspect: 'enablement',
      strategyId: strategy.strategy.id,
      judgement: 'partly',
      rationale: 'In-house view.',
    });
    const explanation = await addExplanation(ctx, {
      strategyId: strategy.strategy.id,
      learningOpportunities: 'Few.',
      press: 'Benchmarks.',
      text: 'Why.',
      cites: [...mine, assessment.id],
    });
    for (let r = 0; r < 2; r++)
      await addRecommendation(ctx, {
        strategyId: strategy.strategy.id,
        text: `Recommendation ${r + 1}.`,
        conjectures: [conjecture.conjecture.id],
        explanations: [explanation.id],
      });
  }
}

const root = await mkdtemp(join(tmpdir(), 'warrant-bench-dfrr-'));
const store = Store.of(await connect({ dialect: 'sqlite', path: join(root, 'warrant.db') }));
try {
  const ctx = createContext(store, 'bench', { ids: seededIdSource(11) });
  await writeCorpus(join(root, 'bundle'), { interviews: 400, wordsPerInterview: Number(args.words), schoolsPerDistrict: 20 });
  const report = await importBundle(ctx, join(root, 'bundle'), { partnership: 'Benchmark' });
  if (!report.imported) throw new Error('the corpus did not import');
  const partnershipId = report.partnership!.id;
  const district = (await store.organizations.list(partnershipId, 'district'))[0]!;
  const cycle = (await store.cycles.byLabel(partnershipId, '2010-11'))!;
  await analyse(ctx, partnershipId, district.id, cycle.id);
  const interviews = (await store.interviews.list(partnershipId, { districtId: district.id, cycleId: cycle.id })).length;
  log(
    `DFRR of ${district.name}, ${cycle.label}: 4 strategies, ${interviews} interviews, 8 findings on 200 passages; ${runs} runs each after one warm-up, from the data to the file`,
  );
  log('');
  log('| format | audience | p50 (ms) | max (ms) | size (KB) | goal |');
  log('|---|---|---|---|---|---|');
  const cases: [ReportFormat, 'partner' | 'team'][] = [
    ['docx', 'team'],
    ['docx', 'partner'],
    ['md', 'team'],
    ['html', 'partner'],
    ['pdf', 'team'],
  ];
  for (const [format, audience] of cases) {
    const times: number[] = [];
    let size = 0;
    const count = format === 'pdf' ? Math.min(runs, 3) : runs;
    for (let i = 0; i <= count; i++) {
      const start = performance.now();
      const bytes = await renderReport(await feedbackReport(ctx, { partnershipId, district: district.id, cycle: cycle.id, audience }), format);
      if (i > 0) times.push(performance.now() - start);
      size = bytes.length;
    }
    const max = Math.max(...times);
    log(
      `| ${format} | ${audience} | ${percentile(times, 50).toFixed(0)} | ${max.toFixed(0)} | ${(size / 1024).toFixed(1)} | under 2 s: ${max < 2000 ? 'meets' : 'MISSES'} |`,
    );
  }
} finally {
  await store.destroy();
  await rm(root, { recursive: true, force: true });
}
