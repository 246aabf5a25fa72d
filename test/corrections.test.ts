import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../src/domain/text.js';
import { transcriptText } from '../src/domain/transcript.js';
import { checkPartnership } from '../src/services/check.js';
import { addCode } from '../src/services/codebook.js';
import { codePassage } from '../src/services/codings.js';
import * as codingsFollowPassages from '../src/storage/migrations/0025-codings-follow-passages.js';
import { acceptCorrection, createExcerpt, passagesToReview, reanchorExcerpt, withdrawExcerpt } from '../src/services/excerpts.js';
import { addFinding } from '../src/services/findings.js';
import { importBundle, MOVED_REASON } from '../src/services/import-bundle.js';
import { createIsf, writeEntry } from '../src/services/isfs.js';
import { addClaim, createSummary } from '../src/services/summaries.js';
import { trace } from '../src/services/trace.js';
import { T01, VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';
import { rejects } from './support/errors.js';

describe.each(DIALECTS)('a transcript corrected after its passages were cited (%s)', (dialect) => {
  let t: TestDatabase;
  let pid: string;
  let dir: string;
  const starts = new Map<string, number>();
  const ids = { before: '', shifted: '', changed: '', entryKept: '', entryChanged: '', claim: '', finding: '' };

  const textOf = async (transcriptId: string) => transcriptText(await t.store.transcripts.turns(transcriptId));
  const passage = async (id: string) => (await t.store.excerpts.inContext([id]))[0]!;
  const issues = async () => (await checkPartnership(t.ctx, pid)).map((i) => [i.kind, i.id, i.severity]);

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    dir = writeBundleFiles(VALID_BUNDLE);
    pid = (await importBundle(t.ctx, dir, { partnership: 'Northfield RPP' })).partnership!.id;
    const excerpt = (quote: string) => createExcerpt(t.ctx, { partnershipId: pid, interview: 'T01-0910', quote });
    ids.before = (await excerpt('Our grade-level team meets on Tuesdays')).id;
    ids.changed = (await excerpt('mostly about the pacing calendar')).id;
    ids.shifted = (await excerpt('Maybe twice this year')).id;
    const isf = (await createIsf(t.ctx, pid, 'T01-0910')).isf.id;
    const write = (field: string, text: string, cited: string[]) =>
      writeEntry(t.ctx, { isfId: isf, field, text, cite: cited.map((excerptId) => ({ excerptId })) });
    ids.entryKept = (await write('work_with_school_leaders', 'Observed about twice this year.', [ids.shifted, ids.before])).id;
    ids.entryChanged = (await write('collaboration', 'The team meets about pacing.', [ids.changed])).id;
    const school = await createSummary(t.ctx, {
      partnershipId: pid,
      kind: 'school',
      district: 'Northfield District',
      cycle: '2009-10',
      school: 'Maple Middle School',
    });
    ids.claim = (
      await addClaim(t.ctx, {
        summaryId: school.id,
        text: 'Teachers meet weekly, but about pacing.',
        cite: [{ entryId: ids.entryKept }, { entryId: ids.entryChanged }],
      })
    ).claim.id;
    ids.finding = (
      await addFinding(t.ctx, {
        partnershipId: pid,
        district: 'Northfield District',
        cycle: '2009-10',
        text: 'Collaboration is about pacing.',
        cite: [{ claimId: ids.claim }],
      })
    ).finding.id;
    expect(await issues()).toEqual([]);
    for (const id of [ids.before, ids.shifted]) starts.set(id, (await passage(id)).start_offset);

    // One word corrected: "mostly" becomes "largely", so everything after it in the transcript moves one place on.
    writeFileSync(join(dir, 't01.txt'), T01.replace('mostly', 'largely'));
    const again = await importBundle(t.ctx, dir);
    expect(again.transcripts.newVersions).toBe(1);
    expect(again.passages).toEqual({ moved: 2, toReview: 1 });
  });
  afterEach(() => t.close());

  it('moves the passages whose words are unchanged to the new version, audited, and flags only the changed one', async () => {
    for (const [id, shift] of [
      [ids.before, 0],
      [ids.shifted, 1],
    ] as const) {
      const moved = await passage(id);
      expect(moved).toMatchObject({ transcript_version: 2, transcript_superseded_at: null, version: 2 });
      expect(sliceCodePoints(await textOf(moved.transcript_id), moved.start_offset, moved.end_offset)).toBe(moved.quote);
      const log = await t.store.db.selectFrom('audit_log').selectAll().where('entity_id', '=', id).where('action', '=', 'excerpt.move').execute();
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({ reason: MOVED_REASON, version: 2 });
      expect(moved.start_offset).toBe(starts.get(id)! + shift);
    }
    const changed = await passage(ids.changed);
    expect(changed).toMatchObject({ transcript_version: 1, quote: 'mostly about the pacing calendar', version: 1 });
    expect((await passagesToReview(t.ctx, pid)).map((e) => e.id)).toEqual([ids.changed]);
    expect(await issues()).toEqual([
      ['finding', ids.finding, 'review'],
      ['claim', ids.claim, 'review'],
      ['isfEntry', ids.entryChanged, 'review'],
    ]);
    expect((await trace(t.ctx, ids.entryKept)).issues).toEqual([]);

    // Why, in words, with where it is mended: the passage on its interview's page, the claim's entry on its interview's page.
    const all = await checkPartnership(t.ctx, pid);
    const interviewId = changed.interview_id;
    expect(all.find((i) => i.id === ids.entryChanged)!.why).toEqual([
      {
        text: 'cites a passage of Ms. Rivera’s interview (T01-0910) whose transcript was corrected since: keep, re-anchor or withdraw the passage',
        mendAt: { kind: 'excerpt', id: ids.changed, interviewId },
      },
    ]);
    expect(all.find((i) => i.id === ids.claim)!.why).toEqual([
      {
        text: 'rests on the ISF entry “T01-0910: The team meets about pacing.”, which needs review',
        mendAt: { kind: 'isfEntry', id: ids.entryChanged, interviewId },
      },
    ]);
    for (const issue of all) for (const w of issue.why ?? []) expect(w.text).not.toMatch(/\b(clm|ent|exc|fnd)_/);
  });

  it('accepts the old words as they were said: nothing is to review any more', async () => {
    await rejects(acceptCorrection(t.ctx, ids.changed, {}), 'conflict', /say which version/);
    const accepted = await acceptCorrection(t.ctx, ids.changed, { expectedVersion: 1 });
    expect(accepted).toMatchObject({ transcript_version: 1, quote: 'mostly about the pacing calendar', version: 2, correction_accepted_by: t.ctx.actor });
    expect(await passagesToReview(t.ctx, pid)).toEqual([]);
    expect(await issues()).toEqual([]);
    expect((await trace(t.ctx, ids.finding)).issues).toEqual([]);
  });

  it('re-anchors the changed passage to the corrected words: its citations follow it', async () => {
    await rejects(reanchorExcerpt(t.ctx, ids.changed, { expectedVersion: 1, quote: 'mostly about the pacing calendar' }), 'invalid', /does not appear/);
    const moved = await reanchorExcerpt(t.ctx, ids.changed, { expectedVersion: 1, quote: 'largely about the pacing calendar' });
    expect(moved).toMatchObject({ transcript_version: 2, quote: 'largely about the pacing calendar', version: 2 });
    expect(sliceCodePoints(await textOf(moved.transcript_id), moved.start_offset, moved.end_offset)).toBe('largely about the pacing calendar');
    expect((await t.store.citations.to([ids.changed])).map((c) => c.citing_id)).toEqual([ids.entryChanged]);
    expect(await issues()).toEqual([]);
    await rejects(acceptCorrection(t.ctx, ids.changed, { expectedVersion: 2 }), 'invalid', /no correction to settle/);
  });

  it('withdraws the changed passage: what rested on it needs a new source', async () => {
    await withdrawExcerpt(t.ctx, ids.changed, { reason: 'the words were misheard' });
    expect(await passagesToReview(t.ctx, pid)).toEqual([]);
    expect(await issues()).toEqual([
      ['finding', ids.finding, 'broken'],
      ['claim', ids.claim, 'broken'],
      ['isfEntry', ids.entryChanged, 'broken'],
    ]);
    await rejects(withdrawExcerpt(t.ctx, ids.changed, { reason: 'again' }), 'invalid', /withdrawn/);
  });
});

describe.each(DIALECTS)('the codings of a passage whose transcript was corrected (%s)', (dialect) => {
  let t: TestDatabase;
  afterEach(() => t.close());

  it('follow the passage to the corrected version, by themselves or when it is re-anchored, each as its next version', async () => {
    t = await openTestDatabase(dialect);
    const dir = writeBundleFiles(VALID_BUNDLE);
    const pid = (await importBundle(t.ctx, dir, { partnership: 'Northfield RPP' })).partnership!.id;
    const code = await addCode(t.ctx, { partnershipId: pid, name: 'Observation' });
    const coded = async (quote: string) => (await codePassage(t.ctx, { partnershipId: pid, interview: 'T01-0910', quote, codes: [code.id] }))[0]!;
    const shifted = await coded('Maybe twice this year');
    const changed = await coded('mostly about the pacing calendar');
    const row = async (id: string) => (await t.store.codings.byId(id))!;
    const before = await row(shifted.id);

    writeFileSync(join(dir, 't01.txt'), T01.replace('mostly', 'largely'));
    expect((await importBundle(t.ctx, dir)).passages).toEqual({ moved: 1, toReview: 1 });
    const excerptOf = async (id: string) => (await t.store.excerpts.byId((await row(id)).excerpt_id!))!;
    const moved = await row(shifted.id);
    const passage = await excerptOf(shifted.id);
    expect(moved).toMatchObject({ transcript_id: passage.transcript_id, start_offset: before.start_offset + 1, end_offset: before.end_offset + 1, version: 2 });
    expect(moved.transcript_id).not.toBe(before.transcript_id);
    const log = await t.store.db.selectFrom('audit_log').selectAll().where('entity_id', '=', shifted.id).where('action', '=', 'coding.move').execute();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ reason: MOVED_REASON, version: 2 });
    // The passage whose words changed stays, with its coding, on the version it was read in, until it is settled.
    expect(await row(changed.id)).toMatchObject({ transcript_id: before.transcript_id, version: 1 });

    await reanchorExcerpt(t.ctx, changed.excerptId!, { expectedVersion: 1, quote: 'largely about the pacing calendar' });
    const reanchored = await excerptOf(changed.id);
    expect(await row(changed.id)).toMatchObject({
      transcript_id: reanchored.transcript_id,
      start_offset: reanchored.start_offset,
      end_offset: reanchored.end_offset,
      version: 2,
    });
    // Co-occurrence reads the codings where their passages now are: both on the current transcript.
    const current = (await t.store.transcripts.current(reanchored.interview_id))!;
    expect((await t.store.codings.ofTranscript(current.id)).map((c) => c.id).sort()).toEqual([shifted.id, changed.id].sort());

    // Codings an earlier release left behind on the old version are put where their passages are by migration 0025.
    await t.store.db
      .updateTable('coding')
      .set({ transcript_id: before.transcript_id, start_offset: before.start_offset })
      .where('id', '=', shifted.id)
      .execute();
    await codingsFollowPassages.up(t.store.db);
    expect(await row(shifted.id)).toMatchObject({ transcript_id: current.id, start_offset: passage.start_offset, end_offset: passage.end_offset });
  });
});
