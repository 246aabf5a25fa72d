import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { loadDemo } from '../src/demo/load-demo.js';
import { sliceCodePoints } from '../src/domain/text.js';
import { readQdpx } from '../src/importers/refi-qda/read-qdpx.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { codeGuid } from '../src/exporters/refi-qda/codebook.js';
import { exportQdpx, guidOf } from '../src/services/qdpx-export.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';
import { temporaryFolder } from './support/temporary-folders.js';

const SCHEMA = readFileSync('test/support/refi-qda/Project.xsd', 'utf8');

describe.each(DIALECTS)('REFI-QDA project export on %s', (dialect) => {
  let t: TestDatabase;
  let partnershipId: string;
  let excerpt: { id: string; transcript_id: string; interview_id: string; start_offset: number; end_offset: number; quote: string };
  const at = '2026-12-03T10:00:00.000Z';

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await loadDemo(t.ctx);
    partnershipId = (await resolvePartnership(t.ctx)).id;
    const db = t.store.db;
    excerpt = await db
      .selectFrom('excerpt')
      .select(['id', 'transcript_id', 'interview_id', 'start_offset', 'end_offset', 'quote'])
      .where('retired_at', 'is', null)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const v = { version: 1, created_by: 'ana', created_at: at, updated_by: 'ana', updated_at: at, retired_at: null, retired_by: null, retired_reason: null };
    const code = {
      partnership_id: partnershipId,
      definition: 'Help given to teachers',
      inclusion: '',
      exclusion: '',
      example: '',
      colour: '#336699',
      merged_into_id: null,
      split_from_id: null,
      ...v,
    };
    await t.store.codes.insert({ id: 'cod_support', parent_id: null, name: 'support', position: 0, ...code });
    await t.store.codes.insert({ id: 'cod_coaching', parent_id: 'cod_support', name: 'coaching', position: 0, ...code });
    await t.store.codings.insert({
      id: 'cdg_one',
      partnership_id: partnershipId,
      code_id: 'cod_coaching',
      coder: 'ana',
      excerpt_id: excerpt.id,
      interview_id: excerpt.interview_id,
      transcript_id: excerpt.transcript_id,
      artifact_id: null,
      start_offset: excerpt.start_offset,
      end_offset: excerpt.end_offset,
      ...v,
    });
    await t.store.memos.insert({
      id: 'mmo_one',
      partnership_id: partnershipId,
      subject_kind: 'excerpt',
      subject_id: excerpt.id,
      title: 'On this passage',
      text: 'A memo.',
      ...v,
    });
  });
  afterAll(() => t?.close());

  it('writes the partnership as a project valid against Project.xsd that reads back with every source, code, selection, coding, memo and case', async () => {
    const file = join(temporaryFolder('qdpx-export-'), 'demo.qdpx');
    const report = await exportQdpx(t.ctx, { partnershipId }, file);
    const interviews = await t.store.db
      .selectFrom('interview')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('partnership_id', '=', partnershipId)
      .executeTakeFirstOrThrow();
    const participants = await t.store.db
      .selectFrom('participant')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('partnership_id', '=', partnershipId)
      .executeTakeFirstOrThrow();
    const live = async (table: 'code' | 'coding' | 'memo') =>
      (await t.store.db.selectFrom(table).select('id').where('partnership_id', '=', partnershipId).where('retired_at', 'is', null).execute()).length;
    // The demo's codebook, codings and memos, and the ones added here.
    expect(report).toMatchObject({
      sources: Number(interviews.n),
      cases: Number(participants.n),
      codes: await live('code'),
      codings: await live('coding'),
      memos: await live('memo'),
    });
    expect(report.isfEntries).toBeGreaterThan(0);
    expect(report.claims).toBeGreaterThan(0);

    const qde = new TextDecoder().decode(unzipSync(readFileSync(file))['project.qde']);
    const valid = await validateXML({ xml: [{ fileName: 'project.qde', contents: qde }], schema: [{ fileName: 'Project.xsd', contents: SCHEMA }] });
    expect(valid.errors.map((e) => e.message)).toEqual([]);

    const r = readQdpx(readFileSync(file), 'demo.qdpx');
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const p = r.project!;
    expect(p.sources).toHaveLength(report.sources);
    const guid = (id: string) => codeGuid({ id, guid: null });
    expect(p.codes.filter((c) => c.name === 'support' || c.name === 'coaching').map((c) => [c.name, c.parentGuid, c.colour])).toEqual([
      ['support', undefined, '#336699'],
      ['coaching', guid('cod_support'), '#336699'],
    ]);
    const source = p.sources.find((s) => s.guid === guidOf(excerpt.interview_id))!;
    const sel = source.selections.find((s) => s.guid === guidOf(excerpt.id))!;
    expect(sliceCodePoints(source.text, sel.start, sel.end)).toBe(excerpt.quote);
    expect(sel.codings.map((c) => c.codeGuid)).toContain(guid('cod_coaching'));
    expect(sel.noteRefs).toContain(guidOf('mmo_one'));
    expect(p.notes.find((n) => n.guid === guidOf('mmo_one'))?.text).toBe('A memo.');
    // ISF entries are notes linked to the selections they cite.
    const isf = p.notes.filter((n) => n.name?.startsWith('ISF '));
    expect(isf.length).toBe(report.isfEntries);
    expect(isf.some((n) => (p.noteTargets.get(n.guid) ?? []).length > 0)).toBe(true);
    const teacherCase = p.cases.find((c) => c.variables.some((v) => v.name === 'role group' && v.value === 'teacher'))!;
    expect(teacherCase.variables.map((v) => v.name)).toEqual(expect.arrayContaining(['role group', 'school', 'district']));
    expect(teacherCase.sourceRefs.length).toBeGreaterThan(0);
    expect(p.sets.some((s) => s.name.startsWith('District: '))).toBe(true);
    expect(p.sets.some((s) => s.name.startsWith('School: '))).toBe(true);
  });

  it('exports one district or one cycle only', async () => {
    const dir = temporaryFolder('qdpx-export-');
    const district = await t.store.db
      .selectFrom('organization')
      .select(['id', 'name'])
      .where('kind', '=', 'district')
      .where('partnership_id', '=', partnershipId)
      .orderBy('name')
      .executeTakeFirstOrThrow();
    const all = await exportQdpx(t.ctx, { partnershipId }, join(dir, 'all.qdpx'));
    const one = await exportQdpx(t.ctx, { partnershipId, district: district.name }, join(dir, 'one.qdpx'));
    const cycle = await exportQdpx(t.ctx, { partnershipId, cycle: '2010-11' }, join(dir, 'cycle.qdpx'));
    expect(one.sources).toBeGreaterThan(0);
    expect(one.sources).toBeLessThan(all.sources);
    expect(cycle.sources).toBeGreaterThan(0);
    expect(cycle.sources).toBeLessThan(all.sources);
    const p = readQdpx(readFileSync(join(dir, 'one.qdpx')), 'one.qdpx').project!;
    expect(p.sets.filter((s) => s.name.startsWith('District: ')).map((s) => s.name)).toEqual([`District: ${district.name}`]);
  });
});
