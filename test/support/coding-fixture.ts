import { createAccount } from '../../src/services/accounts.js';
import { NOT_RETIRED } from '../../src/services/context.js';
import { createExcerpt } from '../../src/services/excerpts.js';
import { importBundle } from '../../src/services/import-bundle.js';
import { VALID_BUNDLE, writeBundleFiles } from './bundles.js';
import type { TestDatabase } from './databases.js';

const AT = '2010-02-01T10:00:00.000Z';
const version = (by: string) => ({ version: 1, created_by: by, created_at: AT, updated_by: by, updated_at: AT });

/**
 * The test bundle with three codes (Collaboration, Pacing, Observation) applied by two coders:
 * rows written directly, as the codebook and coding services would leave them.
 */
export async function codedBundle(t: TestDatabase) {
  const report = await importBundle(t.ctx, writeBundleFiles(VALID_BUNDLE), { partnership: 'Northfield RPP' });
  const pid = report.partnership!.id;
  const ana = await createAccount(t.ctx, { email: 'ana@example.org', displayName: 'Ana Morales', password: 'ana-password-1234' });
  const ben = await createAccount(t.ctx, { email: 'ben@example.org', displayName: 'Ben Okafor', password: 'ben-password-1234' });
  const codes: Record<string, string> = {};
  for (const [i, name] of ['Collaboration', 'Pacing', 'Observation'].entries()) {
    const id = t.ctx.ids.next('code');
    await t.store.codes.insert({
      id,
      partnership_id: pid,
      parent_id: null,
      name,
      definition: `${name} as the participant describes it`,
      inclusion: '',
      exclusion: '',
      example: '',
      colour: ['#1f77b4', '#ff7f0e', '#2ca02c'][i]!,
      position: i,
      merged_into_id: null,
      split_from_id: null,
      ...version(ana.id),
      ...NOT_RETIRED,
    });
    codes[name] = id;
  }
  const passages: Record<string, string> = {};
  const code = async (key: string, interview: string, quote: string, codeName: string, coder: string) => {
    const e = passages[key] ? (await t.store.excerpts.byId(passages[key]))! : await createExcerpt(t.ctx, { partnershipId: pid, interview, quote });
    passages[key] = e.id;
    const id = t.ctx.ids.next('coding');
    await t.store.codings.insert({
      id,
      partnership_id: pid,
      code_id: codes[codeName]!,
      coder,
      excerpt_id: e.id,
      interview_id: e.interview_id,
      transcript_id: e.transcript_id,
      artifact_id: null,
      start_offset: e.start_offset,
      end_offset: e.end_offset,
      ...version(coder),
      ...NOT_RETIRED,
    });
    return id;
  };
  const codings = {
    e1A: await code('e1', 'T01-0910', 'grade-level team meets on Tuesdays, mostly about the pacing calendar', 'Collaboration', ana.id),
    e2B: await code('e2', 'T01-0910', 'pacing calendar', 'Pacing', ana.id),
    e3C: await code('e3', 'T01-0910', 'Maybe twice this year', 'Observation', ana.id),
    e4A: await code('e4', 'C01-0910', 'we talk about pacing and the benchmark calendar', 'Collaboration', ben.id),
    e4B: await code('e4', 'C01-0910', 'we talk about pacing and the benchmark calendar', 'Pacing', ben.id),
    e5A: await code('e5', 'T01-1011', 'Now we bring student work to the Tuesday meeting', 'Collaboration', ana.id),
    e6C: await code('e6', 'T03-0910', 'Students explaining their reasoning', 'Observation', ben.id),
  };
  return { pid, ana, ben, codes, passages, codings };
}
