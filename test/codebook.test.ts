import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeTree, flattenTree } from '../src/domain/codebook.js';
import { addCode, codebook, codeHistory, editCode, findCode, mergeCodes, moveCode, renameCode, splitCode } from '../src/services/codebook.js';
import { exportCodebook, importCodebook } from '../src/services/codebook-exchange.js';
import { firstVersion, NOT_RETIRED } from '../src/services/context.js';
import { createExcerpt } from '../src/services/excerpts.js';
import { importBundle } from '../src/services/import-bundle.js';
import { VALID_BUNDLE, writeBundleFiles } from './support/bundles.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';
import { rejects } from './support/errors.js';

describe.each(DIALECTS)('the codebook (%s)', (dialect) => {
  let t: TestDatabase;
  let pid: string;

  beforeEach(async () => {
    t = await openTestDatabase(dialect);
    pid = (await importBundle(t.ctx, writeBundleFiles(VALID_BUNDLE), { partnership: 'Northfield RPP' })).partnership!.id;
  });
  afterEach(() => t.close());

  const names = async () => flattenTree(codeTree(await t.store.codes.list(pid))).map((n) => `${'  '.repeat(n.depth)}${n.code.name}`);

  /** A coding of a passage by a coder, as the coding of passages stores it. */
  async function coding(codeId: string, quote: string, coder = 'acc_coder') {
    const excerpt = await createExcerpt(t.ctx, { partnershipId: pid, interview: 'T01-0910', quote });
    const id = t.ctx.ids.next('coding');
    await t.store.codings.insert({
      id,
      partnership_id: pid,
      code_id: codeId,
      coder,
      excerpt_id: excerpt.id,
      interview_id: excerpt.interview_id,
      transcript_id: excerpt.transcript_id,
      artifact_id: null,
      start_offset: excerpt.start_offset,
      end_offset: excerpt.end_offset,
      ...firstVersion(t.ctx),
      ...NOT_RETIRED,
    });
    return id;
  }

  it('adds codes under one another, each name unique among its live siblings, colours normalised', async () => {
    const vision = await addCode(t.ctx, {
      partnershipId: pid,
      name: 'Vision of high-quality instruction',
      definition: 'How participants describe good teaching.',
    });
    const teacher = await addCode(t.ctx, { partnershipId: pid, name: 'Role of the teacher', parentId: vision.id, colour: 'rgb(78, 121, 167)' });
    await addCode(t.ctx, { partnershipId: pid, name: 'Classroom discourse', parentId: vision.id, colour: '#F0A' });
    await addCode(t.ctx, { partnershipId: pid, name: 'Supports' });
    expect(teacher.colour).toBe('#4e79a7');
    expect((await findCode(t.ctx, pid, 'Vision of high-quality instruction > classroom discourse')).colour).toBe('#ff00aa');
    expect(await names()).toEqual(['Vision of high-quality instruction', '  Role of the teacher', '  Classroom discourse', 'Supports']);
    await rejects(
      addCode(t.ctx, { partnershipId: pid, name: 'role OF the teacher', parentId: vision.id }),
      'invalid',
      /already has a code named "Role of the teacher"/,
    );
    await rejects(addCode(t.ctx, { partnershipId: pid, name: ' ' }), 'invalid', /needs a name/);
    await rejects(addCode(t.ctx, { partnershipId: pid, name: 'Tensions', colour: 'teal' }), 'invalid', /^colour: "teal" is not a colour/);
    // The same name elsewhere in the tree is another code.
    await addCode(t.ctx, { partnershipId: pid, name: 'Role of the teacher' });
    const audit = await t.store.audit.forEntity(teacher.id);
    expect(audit.map((a) => a.action)).toEqual(['code.create']);
  });

  it('renames and redefines a code as its next version with the reason, refusing a stale or reasonless edit', async () => {
    const code = await addCode(t.ctx, { partnershipId: pid, name: 'Coaching' });
    await rejects(renameCode(t.ctx, { id: code.id, name: 'Coach support', expectedVersion: 1 }), 'invalid', /say why/);
    await rejects(renameCode(t.ctx, { id: code.id, name: 'Coach support', reason: 'clearer' }), 'conflict', /say which version/);
    const renamed = await renameCode(t.ctx, { id: code.id, name: 'Coach support', expectedVersion: 1, reason: 'clearer' });
    expect(renamed).toMatchObject({ name: 'Coach support', version: 2 });
    await rejects(editCode(t.ctx, { id: code.id, definition: 'x', expectedVersion: 1, reason: 'r' }), 'conflict', /changed by someone else/);
    const defined = await editCode(t.ctx, {
      id: code.id,
      definition: 'Work of a coach with teachers.',
      inclusion: 'Co-teaching, debriefs.',
      exclusion: 'Evaluation by principals.',
      example: '“My coach modelled a launch.”',
      colour: '#abc',
      expectedVersion: 2,
      reason: 'first definition agreed at the coding meeting',
    });
    expect(defined).toMatchObject({ version: 3, colour: '#aabbcc', inclusion: 'Co-teaching, debriefs.' });
    const { entries } = await codeHistory(t.ctx, code.id);
    expect(entries.map((e) => [e.action, e.version, e.reason])).toEqual([
      ['code.create', 1, null],
      ['code.rename', 2, 'clearer'],
      ['code.update', 3, 'first definition agreed at the coding meeting'],
    ]);
    expect(entries[1]!.data).toEqual({ from: { name: 'Coaching' }, to: { name: 'Coach support' } });
  });

  it('moves a code with the codes under it, never under itself, and to a place among its siblings', async () => {
    const a = await addCode(t.ctx, { partnershipId: pid, name: 'A' });
    const b = await addCode(t.ctx, { partnershipId: pid, name: 'B' });
    const a1 = await addCode(t.ctx, { partnershipId: pid, name: 'A1', parentId: a.id });
    await rejects(moveCode(t.ctx, { id: a.id, parentId: a1.id, expectedVersion: 1, reason: 'r' }), 'invalid', /cycle/);
    await moveCode(t.ctx, { id: a.id, parentId: b.id, expectedVersion: 1, reason: 'A is a kind of B' });
    expect(await names()).toEqual(['B', '  A', '    A1']);
    const c = await addCode(t.ctx, { partnershipId: pid, name: 'C' });
    await moveCode(t.ctx, { id: c.id, parentId: null, index: 0, expectedVersion: 1, reason: 'first' });
    expect(await names()).toEqual(['C', 'B', '  A', '    A1']);
    // Many moves into the same gap renumber the siblings rather than fail.
    for (let i = 0; i < 12; i++) {
      const d = await addCode(t.ctx, { partnershipId: pid, name: `D${i}` });
      await moveCode(t.ctx, { id: d.id, parentId: null, index: 1, expectedVersion: 1, reason: 'squeezed in' });
    }
    expect((await names()).slice(0, 3)).toEqual(['C', 'D11', 'D10']);
    expect((await names()).at(-3)).toBe('B');
  });

  it('merges a code into another: every coding recoded as its next version, children moved, the code retired with its history', async () => {
    const supports = await addCode(t.ctx, { partnershipId: pid, name: 'Supports' });
    const coaching = await addCode(t.ctx, { partnershipId: pid, name: 'Coaching', parentId: supports.id });
    const coach = await addCode(t.ctx, { partnershipId: pid, name: 'Coach support' });
    const debriefs = await addCode(t.ctx, { partnershipId: pid, name: 'Debriefs', parentId: coach.id });
    const one = await coding(coach.id, 'mostly about the pacing calendar');
    const two = await coding(coach.id, 'mostly about the pacing calendar', 'acc_other');
    await coding(coaching.id, 'mostly about the pacing calendar');
    await rejects(mergeCodes(t.ctx, { sourceId: coach.id, targetId: coaching.id, reason: 'same thing' }), 'conflict', /say which version/);
    await rejects(mergeCodes(t.ctx, { sourceId: coach.id, targetId: coach.id, expectedVersion: 1, reason: 'x' }), 'invalid', /itself/);

    const merged = await mergeCodes(t.ctx, { sourceId: coach.id, targetId: coaching.id, expectedVersion: 1, reason: 'the same idea, coded twice' });
    expect(merged.recoded.sort()).toEqual([one, two].sort());
    expect(merged.movedChildren).toEqual([debriefs.id]);
    expect(merged.source).toMatchObject({ merged_into_id: coaching.id, version: 2, retired_reason: expect.stringContaining('the same idea') });
    expect(merged.source.retired_at).not.toBeNull();
    for (const id of [one, two]) {
      const row = (await t.store.codings.byId(id))!;
      expect(row).toMatchObject({ code_id: coaching.id, version: 2, retired_at: null });
      const audit = await t.store.audit.forEntity(id);
      expect(audit.at(-1)).toMatchObject({ action: 'coding.recode', version: 2, reason: expect.stringContaining('the same idea, coded twice') });
    }
    const { codings } = await codebook(t.ctx, pid);
    expect(codings.get(coaching.id)).toBe(3);
    expect(codings.get(coach.id)).toBeUndefined();
    expect(await names()).toEqual(['Supports', '  Coaching', '    Debriefs']);
    const history = await codeHistory(t.ctx, coaching.id);
    expect(history.mergedFrom.map((c) => c.id)).toEqual([coach.id]);
    expect(history.entries.map((e) => e.action)).toContain('code.merged_in');
    expect((await codeHistory(t.ctx, coach.id)).mergedInto?.id).toBe(coaching.id);
    // A merged code is not edited any more; its name is free again.
    await rejects(renameCode(t.ctx, { id: coach.id, name: 'X', expectedVersion: 2, reason: 'r' }), 'invalid', /was merged into/);
    await addCode(t.ctx, { partnershipId: pid, name: 'Coach support' });
  });

  it('refuses a merge that would put two codes of one name under the target, writing nothing', async () => {
    const a = await addCode(t.ctx, { partnershipId: pid, name: 'A' });
    const b = await addCode(t.ctx, { partnershipId: pid, name: 'B' });
    await addCode(t.ctx, { partnershipId: pid, name: 'Same', parentId: a.id });
    await addCode(t.ctx, { partnershipId: pid, name: 'same', parentId: b.id });
    const c = await coding(a.id, 'mostly about the pacing calendar');
    await rejects(mergeCodes(t.ctx, { sourceId: a.id, targetId: b.id, expectedVersion: 1, reason: 'r' }), 'invalid', /already has a code of that name/);
    expect((await t.store.codings.byId(c))!.code_id).toBe(a.id);
    expect((await t.store.codes.byId(a.id))!.retired_at).toBeNull();
  });

  it('splits a code into new codes beside it, its codings staying on it until recoded', async () => {
    const vision = await addCode(t.ctx, { partnershipId: pid, name: 'Vision' });
    const teacher = await addCode(t.ctx, { partnershipId: pid, name: 'Role of the teacher', parentId: vision.id, colour: '#112233' });
    await addCode(t.ctx, { partnershipId: pid, name: 'Mathematical tasks', parentId: vision.id });
    const kept = await coding(teacher.id, 'mostly about the pacing calendar');
    const split = await splitCode(t.ctx, {
      id: teacher.id,
      into: [{ name: 'Teacher as facilitator', definition: 'Orchestrates student thinking.' }, { name: 'Teacher as explainer' }],
      expectedVersion: 1,
      reason: 'two distinct visions',
    });
    expect(split.codingsToRecode).toBe(1);
    expect(split.created.map((c) => [c.name, c.split_from_id, c.colour])).toEqual([
      ['Teacher as facilitator', teacher.id, '#112233'],
      ['Teacher as explainer', teacher.id, '#112233'],
    ]);
    expect(split.source).toMatchObject({ version: 2, retired_at: null });
    expect((await t.store.codings.byId(kept))!.code_id).toBe(teacher.id);
    expect(await names()).toEqual(['Vision', '  Role of the teacher', '  Teacher as facilitator', '  Teacher as explainer', '  Mathematical tasks']);
    const history = await codeHistory(t.ctx, teacher.id);
    expect(history.splitInto.map((c) => c.name)).toEqual(['Teacher as facilitator', 'Teacher as explainer']);
    expect(history.entries.at(-1)).toMatchObject({ action: 'code.split', version: 2, reason: 'two distinct visions' });
    await rejects(splitCode(t.ctx, { id: teacher.id, into: [{ name: 'Mathematical tasks' }], expectedVersion: 2, reason: 'r' }), 'invalid', /already has/);
  });

  it('imports a .qdc atomically, and a second import of it updates the codes it holds rather than adding them again', async () => {
    const G1 = '11111111-1111-4111-8111-111111111111';
    const G2 = '22222222-2222-4222-8222-222222222222';
    const qdc = (name: string, colour: string) =>
      new TextEncoder().encode(`<?xml version="1.0"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
  <Code guid="${G1}" name="Supports" isCodable="true" color="${colour}"><Description>Help offered.

Inclusion: Coaching, PD.</Description>
    <Code guid="${G2}" name="${name}" isCodable="true"/>
  </Code>
</Codes></CodeBook>`);
    const first = await importCodebook(t.ctx, { partnershipId: pid, file: 'nvivo.qdc', bytes: qdc('Coaching', 'rgb(89,161,79)') });
    expect(first.added.map((c) => [c.name, c.guid, c.colour])).toEqual([
      ['Supports', G1, '#59a14f'],
      ['Coaching', G2, expect.stringMatching(/^#[0-9a-f]{6}$/)],
    ]);
    expect(first.added[0]!.inclusion).toBe('Coaching, PD.');
    const again = await importCodebook(t.ctx, { partnershipId: pid, file: 'nvivo.qdc', bytes: qdc('Coaching cycles', 'rgb(89,161,79)') });
    expect(again).toMatchObject({ added: [], unchanged: 1 });
    expect(again.updated.map((c) => [c.name, c.version])).toEqual([['Coaching cycles', 2]]);
    expect(await names()).toEqual(['Supports', '  Coaching cycles']);
    const audit = await t.store.audit.forEntity(again.updated[0]!.id);
    expect(audit.at(-1)).toMatchObject({ action: 'code.rename', reason: 'imported from nvivo.qdc' });

    // A file with an error writes nothing, and says where the error is.
    const broken = new TextEncoder().encode(`<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="33333333-3333-4333-8333-333333333333" name="New" isCodable="true"/>
<Code guid="not-a-guid" name="Bad" isCodable="true"/></Codes></CodeBook>`);
    await rejects(
      importCodebook(t.ctx, { partnershipId: pid, file: 'broken.qdc', bytes: broken }),
      'invalid',
      /broken\.qdc, line 3: <Code> guid "not-a-guid" is not a GUID/,
    );
    expect(await names()).toEqual(['Supports', '  Coaching cycles']);
  });

  it('exports the codebook as .qdc and CSV and imports the CSV back as the same codes', async () => {
    const supports = await addCode(t.ctx, { partnershipId: pid, name: 'Supports', definition: 'Help offered.' });
    await addCode(t.ctx, { partnershipId: pid, name: 'Coaching', parentId: supports.id, exclusion: 'Evaluation.' });
    const qdc = await exportCodebook(t.ctx, pid, 'qdc');
    expect(qdc).toContain(`guid="${supports.guid}"`);
    const csv = await exportCodebook(t.ctx, pid, 'csv');
    expect(csv).toContain('Coaching,Supports,,,Evaluation.,');
    const back = await importCodebook(t.ctx, { partnershipId: pid, file: 'codebook.csv', bytes: new TextEncoder().encode(csv) });
    expect(back).toMatchObject({ added: [], updated: [], unchanged: 2 });
    // Without its GUIDs, a CSV's codes are found by their path.
    const noGuids = 'name,parent,definition\nCoaching,Supports,Work with a coach.\nPLCs,Supports,\n';
    const byPath = await importCodebook(t.ctx, { partnershipId: pid, file: 'plain.csv', bytes: new TextEncoder().encode(noGuids) });
    expect(byPath.added.map((c) => c.name)).toEqual(['PLCs']);
    expect(byPath.updated.map((c) => [c.name, c.definition])).toEqual([['Coaching', 'Work with a coach.']]);
    expect(await names()).toEqual(['Supports', '  Coaching', '  PLCs']);
  });
});
