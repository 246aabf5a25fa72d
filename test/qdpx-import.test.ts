import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.js';
import { sliceCodePoints } from '../src/domain/text.js';
import { transcriptText } from '../src/domain/transcript.js';
import { readQdpx } from '../src/importers/refi-qda/read-qdpx.js';
import { assignDocument, unassignedDocuments } from '../src/services/document-assignment.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { exportQdpx } from '../src/services/qdpx-export.js';
import { importQdpx } from '../src/services/qdpx-import.js';
import type { Store } from '../src/storage/store.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';
import { brokenLaterSources, LATER_GUID } from './support/refi-qda-projects.js';
import { temporaryFolder } from './support/temporary-folders.js';

const SAMPLES = 'test/support/refi-qda/samples';

/** What a partnership holds that a project carries: sources, codes, selections, codings, memos and cases, by their names and words. */
async function holdings(store: Store, partnershipId: string) {
  const db = store.db;
  const codes = await store.codes.list(partnershipId);
  const codeName = new Map(codes.map((c) => [c.id, c.name]));
  const path = (id: string | null): string => {
    const c = codes.find((x) => x.id === id);
    return c ? (c.parent_id ? `${path(c.parent_id)} > ${c.name}` : c.name) : '';
  };
  const interviews = await store.interviews.listAll(partnershipId);
  const codeOf = new Map(interviews.map((i) => [i.id, i.code]));
  const sources: Record<string, string> = {};
  for (const i of interviews) {
    const t = await store.transcripts.current(i.id);
    sources[i.code] = t ? transcriptText(await store.transcripts.turns(t.id)) : '';
  }
  const excerpts = await db
    .selectFrom('excerpt')
    .select(['interview_id', 'start_offset', 'end_offset', 'quote'])
    .where('interview_id', 'in', interviews.length ? interviews.map((i) => i.id) : [''])
    .where('retired_at', 'is', null)
    .execute();
  const codings = await db.selectFrom('coding').selectAll().where('partnership_id', '=', partnershipId).where('retired_at', 'is', null).execute();
  const memos = await store.memos.list(partnershipId);
  const participants = await store.participants.list(partnershipId);
  const orgs = new Map((await store.organizations.list(partnershipId)).map((o) => [o.id, o.name]));
  const sorted = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
  return {
    codes: codes
      .filter((c) => !c.retired_at)
      .map((c) => `${path(c.id)} ${c.colour} ${c.definition}`)
      .sort(),
    sources,
    passages: sorted(excerpts.map((e) => [codeOf.get(e.interview_id), e.start_offset, e.end_offset, e.quote])),
    codings: sorted(codings.map((c) => [codeOf.get(c.interview_id!), codeName.get(c.code_id), c.coder, c.start_offset, c.end_offset])),
    memos: sorted(memos.map((m) => [m.subject_kind, m.title, m.text, m.created_by])),
    cases: sorted(
      participants.map((p) => [p.code, p.pseudonym, p.role, orgs.get(p.organization_id), orgs.get(p.district_id), p.unit_id && orgs.get(p.unit_id)]),
    ),
  };
}

async function rowCounts(store: Store) {
  const tables = ['partnership', 'participant', 'interview', 'transcript', 'excerpt', 'code', 'coding', 'memo', 'audit_log'] as const;
  const out: Record<string, number> = {};
  for (const t of tables) {
    const r = await store.db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}

describe.each(DIALECTS)('REFI-QDA project import on %s', (dialect) => {
  let t: TestDatabase;
  let demoId: string;
  let exported: Uint8Array;
  const dir = temporaryFolder('warrant-qdpx-import-');

  beforeAll(async () => {
    t = await openTestDatabase(dialect, 'lead@demo.warrant.test');
    await loadDemo(t.ctx);
    demoId = (await resolvePartnership(t.ctx)).id;
    const file = join(dir, 'demo.qdpx');
    await exportQdpx(t.ctx, { partnershipId: demoId }, file);
    exported = readFileSync(file);
  }, 240_000);
  afterAll(async () => t?.close());

  it('brings Warrant’s own export back whole: every source, code, selection, coding, memo and case', async () => {
    const r = await importQdpx(t.ctx, exported, 'demo.qdpx', { partnership: 'Round trip' });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.imported).toBe(true);
    expect(r.partnership).toMatchObject({ name: 'Round trip', created: true });
    const before = await holdings(t.store, demoId);
    const after = await holdings(t.store, r.partnership!.id);
    expect(after.sources).toEqual(before.sources);
    expect(after.codes).toEqual(before.codes);
    expect(after.codings).toEqual(before.codings);
    expect(after.cases).toEqual(before.cases);
    // Every passage comes back on its words; ISF entries and claims come back as memos beside the memos.
    expect(after.passages).toEqual(before.passages);
    for (const m of before.memos) expect(after.memos).toContain(m);
    expect(r.codings.added).toBe(before.codings.length);
    expect(r.unassigned).toEqual([]);
    // The interviews keep their cycles and dates.
    const cyclesOf = async (pid: string) =>
      (await t.store.interviews.list(pid)).map((i) => `${i.code} ${i.cycle_label} ${i.date} ${i.interviewer} ${i.protocol}`).sort();
    expect(await cyclesOf(r.partnership!.id)).toEqual(await cyclesOf(demoId));
  }, 240_000);

  it('changes nothing when the same project is imported again, into the partnership it came from or the one it went to', async () => {
    const before = await rowCounts(t.store);
    for (const partnership of ['Round trip', demoId]) {
      const r = await importQdpx(t.ctx, exported, 'demo.qdpx', { partnership });
      expect(r.imported).toBe(true);
      expect([r.interviews.added, r.participants.added, r.passages.added, r.codings.added, r.codes.added, r.codes.updated]).toEqual([0, 0, 0, 0, 0, 0]);
      expect(r.memos.added).toBe(0);
    }
    expect(await rowCounts(t.store)).toEqual({ ...before, audit_log: before.audit_log });
  }, 240_000);

  it('stores a document corrected in the other tool as its transcript’s next version, its passages and codings moved or to review', async () => {
    const pid = (await resolvePartnership(t.ctx, 'Round trip')).id;
    const files = unzipSync(exported);
    const entry = Object.keys(files).find((name) => name.startsWith('sources/'))!;
    const text = new TextDecoder().decode(files[entry]);
    const at = text.indexOf(' the ', Math.floor(text.length / 2));
    files[entry] = new TextEncoder().encode(`${text.slice(0, at)} this ${text.slice(at + 5)}`);
    const corrected = zipSync(files);
    const interviews = await t.store.interviews.listAll(pid);
    const versions = async () => Promise.all(interviews.map(async (i) => `${i.code} ${(await t.store.transcripts.current(i.id))!.version}`));
    const before = await versions();

    const r = await importQdpx(t.ctx, corrected, 'demo-corrected.qdpx', { partnership: pid });
    expect(r.imported).toBe(true);
    expect(r.interviews).toEqual({ added: 0, unchanged: interviews.length - 1, corrected: 1 });
    const changed = (await versions()).filter((v) => !before.includes(v));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/ 2$/);
    expect(r.problems.find((p) => /stored as its version 2/.test(p.message))).toMatchObject({ severity: 'warning' });
    const interview = interviews.find((i) => changed[0]!.startsWith(`${i.code} `))!;
    const current = (await t.store.transcripts.current(interview.id))!;
    expect(transcriptText(await t.store.transcripts.turns(current.id))).toContain(' this ');
    const moved = await t.store.excerpts.liveOn(current.id);
    expect(moved.length).toBe(r.passages.moved);
    expect(r.passages.moved + r.passages.toReview).toBeGreaterThan(0);
    for (const e of moved) expect(sliceCodePoints(transcriptText(await t.store.transcripts.turns(current.id)), e.start_offset, e.end_offset)).toBe(e.quote);
    // The codings of the moved passages are on the new version with them.
    const codings = await t.store.codings.ofTranscript(current.id);
    expect(new Set(codings.map((c) => c.excerpt_id))).toEqual(new Set(moved.filter((e) => codings.some((c) => c.excerpt_id === e.id)).map((e) => e.id)));
    for (const c of codings) expect(moved.find((e) => e.id === c.excerpt_id)).toMatchObject({ start_offset: c.start_offset, end_offset: c.end_offset });

    const again = await importQdpx(t.ctx, corrected, 'demo-corrected.qdpx', { partnership: pid });
    expect(again.interviews).toEqual({ added: 0, unchanged: interviews.length, corrected: 0 });
  }, 240_000);

  it('brings in NVivo’s and another tool’s real exports, documents without a case to assign, and assigns one', async () => {
    for (const sample of ['nvivo_project.qdpx', 'demo.qdpx']) {
      const bytes = readFileSync(join(SAMPLES, sample));
      const project = readQdpx(bytes, sample).project!;
      const r = await importQdpx(t.ctx, bytes, sample, { partnership: `Sample ${sample}` });
      expect(r.imported, JSON.stringify(r.problems)).toBe(true);
      const pid = r.partnership!.id;
      const interviews = await t.store.interviews.listAll(pid);
      expect(interviews).toHaveLength(project.sources.filter((s) => s.text.trim()).length);
      const codings = project.sources.reduce((n, s) => n + s.selections.reduce((k, sel) => k + sel.codings.length, 0) + s.codings.length, 0);
      expect(r.codings.added + r.codings.unchanged).toBe(codings);
      expect((await t.store.codes.list(pid)).length).toBe(project.codes.length);
      // Each selection's words are the source's words at its offsets.
      for (const s of project.sources.filter((x) => x.text.trim())) {
        const i = interviews.find((x) => x.source_file.endsWith(s.name) || x.source_file.includes(s.entry ?? '\u0000'))!;
        const tr = await t.store.transcripts.current(i.id);
        const text = transcriptText(await t.store.transcripts.turns(tr!.id));
        const excerpts = await t.store.excerpts.liveOn(tr!.id);
        for (const sel of s.selections.filter((x) => sliceCodePoints(s.text, x.start, x.end).trim()).slice(0, 20)) {
          const words = sliceCodePoints(s.text, sel.start, sel.end).trim().split(/\s+/);
          const e = excerpts.find((x) => words.every((w) => x.quote.includes(w)));
          expect(e, `${sample}: ${words.join(' ')}`).toBeDefined();
          expect(sliceCodePoints(text, e!.start_offset, e!.end_offset)).toBe(e!.quote);
        }
      }
      const unassigned = await unassignedDocuments(t.ctx, pid);
      expect(unassigned.map((u) => u.interview_code).sort()).toEqual(r.unassigned.map((u) => u.interview).sort());
      // demo.qdpx has no cases: its documents are to assign. NVivo's has only empty documents, reported and left out.
      if (sample === 'demo.qdpx') expect(unassigned).toHaveLength(2);
      else expect(r.problems.filter((p) => /has no text/.test(p.message))).toHaveLength(2);
      if (unassigned.length) {
        const first = unassigned[0]!;
        const done = await assignDocument(t.ctx, {
          interview: first.interview_id,
          role: 'coach',
          school: 'Adams Middle',
          district: 'Lakeside',
          pseudonym: 'Ms. Lane',
          cycle: '2024-25',
          reason: 'the document is the coach interview at Adams',
        });
        expect(done).toMatchObject({ role: 'coach', cycle: '2024-25', school: 'Adams Middle', district: 'Lakeside' });
        expect((await unassignedDocuments(t.ctx, pid)).map((u) => u.interview_id)).not.toContain(first.interview_id);
        const interview = (await t.store.interviews.byId(first.interview_id))!;
        expect(interview.role).toBe('coach');
        // Its codings stay where they were.
        expect((await t.store.codings.ofTranscript((await t.store.transcripts.current(interview.id))!.id)).length).toBeGreaterThanOrEqual(0);
      }
    }
  }, 240_000);

  it('takes two selections of the same words in a source as one passage, with each coding of it', async () => {
    const g = (n: number) => `5${String(n).padStart(7, '0')}-0000-4000-8000-000000000001`;
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Twice">
<Users><User guid="${g(90)}" name="Rosa"/><User guid="${g(91)}" name="Sam"/></Users>
<CodeBook><Codes><Code guid="${g(1)}" name="Press" isCodable="true"/><Code guid="${g(2)}" name="Support" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="${g(10)}" name="Doc"><PlainTextContent>Ana: the coach comes every week</PlainTextContent>
<PlainTextSelection guid="${g(11)}" startPosition="5" endPosition="14" creatingUser="${g(90)}"><Coding guid="${g(12)}" creatingUser="${g(90)}"><CodeRef targetGUID="${g(1)}"/></Coding></PlainTextSelection>
<PlainTextSelection guid="${g(13)}" startPosition="5" endPosition="14" creatingUser="${g(91)}"><Coding guid="${g(14)}" creatingUser="${g(91)}"><CodeRef targetGUID="${g(2)}"/></Coding></PlainTextSelection>
<PlainTextSelection guid="${g(15)}" startPosition="5" endPosition="14" creatingUser="${g(91)}"><Coding guid="${g(16)}" creatingUser="${g(91)}"><CodeRef targetGUID="${g(2)}"/></Coding></PlainTextSelection>
</TextSource></Sources></Project>`;
    const r = await importQdpx(t.ctx, zipSync({ 'project.qde': new TextEncoder().encode(qde) }), 'twice.qdpx', { partnership: 'Twice', cycle: '2024-25' });
    expect(r).toMatchObject({ imported: true, passages: { added: 1, unchanged: 2 }, codings: { added: 2, unchanged: 1 } });
    expect(r.problems.some((p) => p.severity === 'warning' && /same passage with the same code by the same coder/.test(p.message))).toBe(true);
    const interview = (await t.store.interviews.byCode(r.partnership!.id, 'Doc'))!;
    const excerpts = await t.store.db.selectFrom('excerpt').selectAll().where('interview_id', '=', interview.id).execute();
    expect(excerpts.map((e) => e.quote)).toEqual(['the coach']);
    const codings = await t.store.db.selectFrom('coding').selectAll().where('interview_id', '=', interview.id).orderBy('coder').execute();
    expect(codings.map((c) => [c.coder, c.excerpt_id])).toEqual([
      ['Rosa', excerpts[0]!.id],
      ['Sam', excerpts[0]!.id],
    ]);
  }, 240_000);

  it('writes nothing for a project that is not a zip, a coding of a missing code, a dry run or an unknown role', async () => {
    const before = await rowCounts(t.store);
    const notZip = await importQdpx(t.ctx, new TextEncoder().encode('<Project/>'), 'broken.qdpx', { partnership: 'Never' });
    expect(notZip.imported).toBe(false);
    expect(notZip.problems[0]).toMatchObject({ severity: 'error', file: 'broken.qdpx' });
    const qde = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Bad">
<CodeBook><Codes><Code guid="c0000000-0000-4000-8000-000000000001" name="A" isCodable="true"/></Codes></CodeBook>
<Sources><TextSource guid="50000000-0000-4000-8000-000000000001" name="Doc"><PlainTextContent>Ana: hello there</PlainTextContent>
<PlainTextSelection guid="51000000-0000-4000-8000-000000000001" startPosition="5" endPosition="10"><Coding guid="52000000-0000-4000-8000-000000000001"><CodeRef targetGUID="c0000000-0000-4000-8000-00000000dead"/></Coding></PlainTextSelection>
</TextSource></Sources></Project>`;
    const missingCode = await importQdpx(t.ctx, zipSync({ 'project.qde': new TextEncoder().encode(qde) }), 'bad.qdpx', { partnership: 'Never' });
    expect(missingCode.imported).toBe(false);
    expect(missingCode.problems.some((p) => p.severity === 'error' && /code/i.test(p.message))).toBe(true);
    // Sources are read as they are stored: an error in a later one still undoes the earlier ones, and every error is named.
    const later = await importQdpx(t.ctx, brokenLaterSources(), 'later.qdpx', { partnership: 'Never' });
    expect(later).toMatchObject({ imported: false, partnership: null, interviews: { added: 0 }, codings: { added: 0 } });
    expect(later.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}: ${p.where ?? ''} ${p.message}`)).toEqual([
      'sources/b.txt:  is not UTF-8 text, as REFI-QDA plain-text sources must be',
      `project.qde: PlainTextSelection guid="${LATER_GUID(9)}" (line 7) ends at 99, past the end of its source (11 characters)`,
    ]);
    const dry = await importQdpx(t.ctx, exported, 'demo.qdpx', { partnership: 'Dry', dryRun: true });
    expect(dry.imported).toBe(false);
    expect(dry.interviews.added).toBeGreaterThan(0);
    await expect(importQdpx(t.ctx, exported, 'demo.qdpx', { partnership: 'Never', role: 'parent' })).rejects.toThrow(/role/);
    expect(await rowCounts(t.store)).toEqual(before);
  }, 240_000);
});
