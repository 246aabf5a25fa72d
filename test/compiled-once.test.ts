import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../src/demo/load-demo.js';
import { compiledOnce } from '../src/storage/compiled-once.js';
import { DIALECTS, openTestDatabase, type TestDatabase } from './support/databases.js';

/** A read compiled once answers every call as the query built anew would, with each call's arguments. */
describe.each(DIALECTS)('a query compiled once, on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await loadDemo(t.ctx);
  });
  afterAll(() => t?.close());

  it('answers with each call’s arguments, keeping the constants of the query', async () => {
    const db = t.store.db;
    const build = (partnershipId: string, name: string) =>
      db
        .selectFrom('organization')
        .select(['id', 'name'])
        .where('kind', '=', 'school')
        .where('partnership_id', '=', partnershipId)
        .where('name', '>', name)
        .orderBy('name');
    const schools = compiledOnce(db, build);
    const partnership = (await db.selectFrom('partnership').select('id').executeTakeFirstOrThrow()).id;
    for (const after of ['', 'M', 'Z']) expect(await schools(partnership, after)).toEqual(await build(partnership, after).execute());
    expect((await schools(partnership, '')).length).toBeGreaterThan(3);
    expect(await schools('prt_0000000000000000', '')).toEqual([]);
  });

  it('refuses a query that leaves an argument out, on its first call', async () => {
    const db = t.store.db;
    const careless = compiledOnce(db, (_id: string) => db.selectFrom('partnership').select('id'));
    await expect(careless('x')).rejects.toThrow(/argument 0 of a compiled query is not one of its parameters/);
  });
});
