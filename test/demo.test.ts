import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DISTRICTS, demoParticipants } from '../src/demo/cast.js';
import { loadDemo } from '../src/demo/load-demo.js';
import { checkPartnership } from '../src/services/check.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { searchTranscripts } from '../src/services/search.js';
import { partnershipStats } from '../src/services/stats.js';
import { trace } from '../src/services/trace.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';

describe.each(DIALECTS)('the demo partnership on %s', (dialect) => {
  let t: TestDatabase;
  let partnershipId: string;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await loadDemo(t.ctx);
    partnershipId = (await resolvePartnership(t.ctx)).id;
  });
  afterAll(() => t?.close());

  it('holds every district, school and participant of the cast, interviewed in two cycles', async () => {
    const stats = await partnershipStats(t.ctx, partnershipId);
    const people = demoParticipants();
    expect(stats.districts).toBe(DEMO_DISTRICTS.length);
    expect(stats.schools).toBe(DEMO_DISTRICTS.reduce((n, d) => n + d.schools.length, 0));
    expect(stats.participants.total).toBe(people.length);
    expect(Object.keys(stats.interviews.byCycle)).toEqual(['2009-10', '2010-11']);
    expect(stats.interviews.total).toBe(people.reduce((n, p) => n + p.cycles.length, 0));
    expect(stats.transcripts).toBe(stats.interviews.total);
    expect(stats.words).toBeGreaterThan(20_000);
  });

  it('passes warrant check: every finding, claim and ISF entry is warranted', async () => {
    expect(await checkPartnership(t.ctx, partnershipId)).toEqual([]);
  });

  it('traces every finding down to transcript passages with interview, role group and pseudonym', async () => {
    const findings = await t.store.findings.list(partnershipId);
    expect(findings.length).toBeGreaterThanOrEqual(3 * DEMO_DISTRICTS.length);
    for (const f of findings) {
      const tr = await trace(t.ctx, f.id);
      expect(tr.issues).toEqual([]);
      expect(tr.passages.length).toBeGreaterThan(0);
      for (const p of tr.passages) {
        expect(p.pseudonym).toBeTruthy();
        expect(p.interviewCode).toMatch(/-1011$/);
        expect(['teacher', 'coach', 'school_leader', 'district_leader']).toContain(p.role);
      }
    }
  });

  it('has two coders on the same interviews, blind and done, agreeing often but not always, and single-coded interviews besides', async () => {
    const assignments = await t.store.db.selectFrom('coding_assignment').select(['interview_id', 'coder', 'done_at']).execute();
    const coders = new Map<string, Set<string>>();
    for (const a of assignments) coders.set(a.interview_id, new Set([...(coders.get(a.interview_id) ?? []), a.coder]));
    const double = [...coders].filter(([, c]) => c.size === 2).map(([i]) => i);
    expect(double).toHaveLength(8);
    expect([...coders.values()].filter((c) => c.size === 1).length).toBeGreaterThan(0);
    expect(assignments.every((a) => a.done_at !== null)).toBe(true);
    const codings = await t.store.db
      .selectFrom('coding')
      .select(['interview_id', 'excerpt_id', 'code_id', 'coder'])
      .where('interview_id', 'in', double)
      .execute();
    const applied = (coder: string) => new Set(codings.filter((c) => c.coder === coder).map((c) => `${c.excerpt_id} ${c.code_id}`));
    const [a, b] = [...new Set(codings.map((c) => c.coder))].map(applied);
    const both = [...a!].filter((k) => b!.has(k)).length;
    const either = new Set([...a!, ...b!]).size;
    expect(both / either).toBeGreaterThan(0.5);
    expect(both / either).toBeLessThan(1);
    // A passage cited in the analysis shows its codes in the trace.
    const traced = await Promise.all((await t.store.findings.list(partnershipId)).map((f) => trace(t.ctx, f.id)));
    expect(traced.flatMap((tr) => tr.passages).some((p) => p.codes.length > 0)).toBe(true);
  });

  it('finds what participants said, in the right interviews', async () => {
    const { hits } = await searchTranscripts(t.ctx, partnershipId, '"Learning Walk"', { role: 'school_leader', cycle: '2010-11' });
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.role).toBe('school_leader');
  });
});
