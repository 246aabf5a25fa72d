import { Migrator } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.js';
import { sliceCodePoints } from '../src/domain/text.js';
import { transcriptText } from '../src/domain/transcript.js';
import { importBundle } from '../src/services/import-bundle.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { type SearchHit, searchTranscripts } from '../src/services/search.js';
import { migrate } from '../src/storage/database.js';
import { migrationProvider } from '../src/storage/migrations/index.js';
import { writeBundleFiles } from './support/bundles.js';
import { openTestDatabase, type TestDatabase } from './support/databases.js';

/** The same partnership on both engines must answer every search alike: same turns, same matches. */
describe('search on SQLite and PostgreSQL', () => {
  const dbs: TestDatabase[] = [];
  const pids: string[] = [];

  beforeAll(async () => {
    for (const dialect of ['sqlite', 'postgres'] as const) {
      const t = await openTestDatabase(dialect);
      await loadDemo(t.ctx);
      dbs.push(t);
      pids.push((await resolvePartnership(t.ctx)).id);
    }
  });
  afterAll(async () => {
    for (const t of dbs) await t.close();
  });

  /** Queries with no hit in the demo: both engines must agree on that too. */
  const NONE = new Set(['"one of the"', 'cafe']);
  const QUERIES = [
    'coach',
    'can',
    'what',
    'the',
    "teacher's",
    'coach -the',
    '"one of the"',
    '"learning walk"',
    '"learning walks"',
    'high-quality',
    'pacing OR benchmark',
    'observ*',
    'feedback math',
    '"pacing guide" -benchmark',
    'Castellanos',
    'cafe',
  ];

  it.each(QUERIES)('%s', async (q) => {
    const [sqlite, postgres] = await Promise.all(
      dbs.map(async (t, i) =>
        (await searchTranscripts(t.ctx, pids[i]!, q, { limit: 200 })).hits.map(
          (h) => `${h.interviewCode}#${h.turn} ${h.matches.map((m) => `${m.start}-${m.end}`).join(',')}`,
        ),
      ),
    );
    expect(postgres).toEqual(sqlite);
    if (!NONE.has(q)) expect(sqlite!.length).toBeGreaterThan(0);
  });
});

/** A transcript whose second turn runs to about 60 KB: search reads it in segments. */
const LONG_SENTENCES = [
  'The coach 🧮 comes in twice a month and we plan the launch of the task together.',
  'Our principal does a learning walk with a checklist, but the feedback is about pacing.',
  'Observing each other is rare; café talk about the math, mostly.',
  'When the coach models questioning, the students explain their thinking to each other.',
];
const LONG_TURN = Array.from({ length: 760 }, (_, i) => LONG_SENTENCES[i % LONG_SENTENCES.length]).join(' ');
const LONG_BUNDLE = {
  'roster.csv': 'participant_id,pseudonym,role,organization,district,unit\nL01,Ms. Long,teacher,Birch Middle School,Eastvale District,\n',
  'interviews.csv': 'interview_id,participant_id,cycle,date,interviewer,protocol,file\nL01-0910,L01,2009-10,2010-01-12,Ana Morales,teacher,long.txt\n',
  'long.txt': `Interviewer: Tell me about the support you get in math.\nMs. Long: ${LONG_TURN}\nInterviewer: Thank you.\n`,
};

describe('search that leaves out the questions', () => {
  let t: TestDatabase;
  let pid: string;
  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await loadDemo(t.ctx);
    pid = (await resolvePartnership(t.ctx)).id;
  });
  afterAll(() => t?.close());

  it("finds only the participants' turns, or only the interviewers', and says what it takes", async () => {
    const all = (await searchTranscripts(t.ctx, pid, 'coach', { limit: 200, cycle: '2009-10' })).hits;
    const answers = (await searchTranscripts(t.ctx, pid, 'coach', { limit: 200, cycle: '2009-10', speaker: 'participant' })).hits;
    const questions = (await searchTranscripts(t.ctx, pid, 'coach', { limit: 200, cycle: '2009-10', speaker: 'interviewer' })).hits;
    expect(all.length).toBeLessThan(200);
    expect(answers.length).toBeGreaterThan(0);
    expect(questions.length).toBeGreaterThan(0);
    expect(answers.every((h) => h.speakerRole === 'participant')).toBe(true);
    expect(questions.every((h) => h.speakerRole === 'interviewer')).toBe(true);
    expect(answers.length + questions.length).toBe(all.length);
    await expect(searchTranscripts(t.ctx, pid, 'coach', { speaker: 'everyone' })).rejects.toThrow('speaker is one of interviewer, participant');
  });
});

/** A long turn is searched segment by segment: same hits and offsets on both engines, before and after the migration that segments stored turns. */
describe('search over a very long turn on SQLite and PostgreSQL', () => {
  const dbs: TestDatabase[] = [];
  const pids: string[] = [];
  let text = '';

  beforeAll(async () => {
    for (const dialect of ['sqlite', 'postgres'] as const) {
      const t = await openTestDatabase(dialect);
      const report = await importBundle(t.ctx, writeBundleFiles(LONG_BUNDLE), { partnership: 'Long turns' });
      expect(report.imported).toBe(true);
      expect(report.problems).toEqual([
        expect.objectContaining({
          severity: 'warning',
          file: 'long.txt',
          line: 2,
          message: expect.stringMatching(/one turn of 6\d,\d{3} characters: search reads it in \d segments/),
        }),
      ]);
      dbs.push(t);
      pids.push(report.partnership!.id);
    }
    const [interview] = await dbs[0]!.store.interviews.listAll(pids[0]!);
    text = transcriptText(await dbs[0]!.store.transcripts.turns((await dbs[0]!.store.transcripts.current(interview!.id))!.id));
  });
  afterAll(async () => {
    for (const t of dbs) await t.close();
  });

  const QUERIES = { coach: /^coach$/i, '"learning walk"': /^learning walk$/i, 'observ*': /^observ/i, cafe: /^café$/i, 'thank -coach': /^thank/i };
  const hitsOn = (i: number, q: string) => searchTranscripts(dbs[i]!.ctx, pids[i]!, q, { limit: 200 });

  it.each(Object.entries(QUERIES))('%s: every segment that holds the words, each match at its place in the transcript', async (q, word) => {
    const [sqlite, postgres] = await Promise.all([0, 1].map((i) => hitsOn(i, q)));
    const place = (h: SearchHit) => `${h.interviewCode}#${h.turn} ${h.matches.map((m) => `${m.start}-${m.end}`).join(',')}`;
    expect(postgres!.hits.map(place)).toEqual(sqlite!.hits.map(place));
    const inLongTurn = sqlite!.hits.filter((h) => h.turn === 1);
    expect(sqlite!.hits.length).toBeGreaterThan(0);
    if (q === 'thank -coach') expect(inLongTurn).toEqual([]);
    else expect(inLongTurn.length).toBeGreaterThan(5);
    for (const h of sqlite!.hits) for (const m of h.matches) expect(sliceCodePoints(text, m.start, m.end)).toMatch(word);
    // A segment in the middle of the turn says the turn goes on around it.
    if (inLongTurn.length > 2) expect(inLongTurn[1]!.snippet[0]!.text.startsWith('… ')).toBe(true);
  });

  it('segments the long turns already stored when the database is migrated', async () => {
    const before = await Promise.all([0, 1].map((i) => hitsOn(i, 'coach')));
    for (const [i, t] of dbs.entries()) {
      const migrator = new Migrator({
        db: t.store.db,
        provider: migrationProvider(t.store.dialect),
        migrationTableName: 'warrant_migration',
        migrationLockTableName: 'warrant_migration_lock',
      });
      expect((await migrator.migrateTo('0007-feedback')).error).toBeUndefined();
      expect(await t.store.db.selectFrom('turn').select('id').execute()).toHaveLength(3);
      await migrate({ db: t.store.db, dialect: t.store.dialect });
      expect((await hitsOn(i, 'coach')).hits).toEqual(before[i]!.hits);
      expect(await t.store.verifyIntegrity()).toEqual([]);
      // On SQLite a segment that is its whole turn keeps no copy of the turn's words; the long turn's segments keep theirs.
      const segments = await t.store.db.selectFrom('turn_segment').select(['turn_id', 'text']).execute();
      const perTurn = new Map<number, typeof segments>();
      for (const s of segments) perTurn.set(s.turn_id, [...(perTurn.get(s.turn_id) ?? []), s]);
      expect(perTurn.size).toBe(3);
      for (const rows of perTurn.values())
        if (rows.length > 1) expect(rows.every((r) => r.text.length > 0)).toBe(true);
        else expect(rows[0]!.text === '').toBe(t.store.dialect === 'sqlite');
    }
  });
});
