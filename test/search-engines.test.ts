import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.js';
import { resolvePartnership } from '../src/services/partnerships.js';
import { searchTranscripts } from '../src/services/search.js';
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
        (await searchTranscripts(t.ctx, pids[i]!, q, { limit: 200 })).hits.map((h) => `${h.interviewCode}#${h.turn} ${h.matches.map((m) => `${m.start}-${m.end}`).join(',')}`),
      ),
    );
    expect(postgres).toEqual(sqlite);
    if (!NONE.has(q)) expect(sqlite!.length).toBeGreaterThan(0);
  });
});
