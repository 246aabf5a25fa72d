import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { invalid } from '../domain/errors.js';
import { seededIdSource } from '../domain/ids.js';
import { formatProblem } from '../domain/problem.js';
import type { ServiceContext } from '../services/context.js';
import { type ImportReport, importBundle } from '../services/import-bundle.js';
import { writeBundle } from './bundle-writer.js';
import { DEMO_PARTNERSHIP, demoParticipants } from './cast.js';
import { createDemoAccounts } from './demo-accounts.js';
import { codingDemo } from './demo-coding.js';
import { analyseDemo } from './demo-analysis.js';
import { codebookDemo } from './demo-codebook.js';
import { designDemo } from './demo-design.js';
import { feedbackDemo } from './demo-feedback.js';
import { measuresDemo } from './demo-measures.js';
import { memosDemo } from './demo-memos.js';
import { scoresDemo } from './demo-scores.js';
import { defineAttribute } from '../services/participant-attributes.js';
import { editParticipant } from '../services/participants.js';

export const DEMO_SEED = 2009;

/**
 * `warrant demo`: generates the demo partnership's bundle (transcripts in all four formats),
 * imports it with the real importer, then writes the analysis of the latest cycle. The same
 * every time: same files, same IDs.
 */
export async function loadDemo(
  ctx: ServiceContext,
  options: { onProgress?: (phase: string, done: number, total: number) => void } = {},
): Promise<ImportReport> {
  if (await ctx.store.partnerships.byName(DEMO_PARTNERSHIP)) throw invalid(`the demo partnership is already loaded in this database`);
  const demo: ServiceContext = { ...ctx, ids: seededIdSource(DEMO_SEED), clock: ctx.clock };
  const dir = await mkdtemp(join(tmpdir(), 'warrant-demo-'));
  try {
    const interviews = await writeBundle(dir, demoParticipants(), {
      seed: DEMO_SEED,
      extraExchanges: 3,
      onProgress: (done, total) => options.onProgress?.('writing transcripts', done, total),
    });
    const report = await importBundle(demo, dir, {
      partnership: DEMO_PARTNERSHIP,
      onProgress: (phase, done, total) => options.onProgress?.(phase, done, total),
    });
    if (!report.imported) throw new Error(`the demo bundle did not import: ${report.problems.map(formatProblem).join('; ')}`);
    options.onProgress?.('analysing', 0, 1);
    await analyseDemo(demo, report.partnership!.id, interviews);
    await createDemoAccounts(demo, report.partnership!.id);
    await designDemo(demo, report.partnership!.id, interviews);
    await feedbackDemo(demo, report.partnership!.id, interviews);
    await attributesDemo(demo, report.partnership!.id);
    await codebookDemo(demo, report.partnership!.id);
    await codingDemo(demo, report.partnership!.id, interviews);
    await memosDemo(demo, report.partnership!.id);
    await scoresDemo(demo, report.partnership!.id, interviews);
    await measuresDemo(demo, report.partnership!.id);
    options.onProgress?.('analysing', 1, 1);
    return report;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The participant attributes the team records, and one teacher's values (written last, so that the IDs before stay as they were). */
async function attributesDemo(ctx: ServiceContext, partnershipId: string): Promise<void> {
  await defineAttribute(ctx, {
    partnershipId,
    name: 'years of experience',
    kind: 'number',
    description: 'Years of teaching mathematics, counted at the first interview',
  });
  await defineAttribute(ctx, { partnershipId, name: 'grades taught', kind: 'choices', choices: ['6', '7', '8'] });
  const teacher = (await ctx.store.participants.list(partnershipId, { role: 'teacher' })).at(-1)!;
  await editParticipant(ctx, {
    id: teacher.id,
    attributes: { 'years of experience': 12, 'grades taught': ['7', '8'] },
    reason: 'recorded from the first interview',
    expectedVersion: teacher.version,
  });
}
