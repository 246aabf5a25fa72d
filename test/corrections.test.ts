import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sliceCodePoints } from '../src/domain/text.js';
import { transcriptText } from '../src/domain/transcript.js';
import { checkPartnership } from '../src/services/check.js';
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
