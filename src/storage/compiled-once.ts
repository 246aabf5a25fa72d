import type { Compilable, CompiledQuery, Kysely } from 'kysely';
import type { Database } from './schema.js';

/**
 * A read of fixed shape whose SQL is built once. Kysely builds and compiles a query anew on every
 * call; for the reads every request makes (its session, its partnership, the owner of the item it
 * names) that costs more than SQLite takes to answer them. The query is built once with a
 * placeholder for each argument, and each call sends the compiled SQL with the arguments in the
 * placeholders' places. `build` must give the same SQL whatever the arguments (no branching on
 * them, no lists of varying length).
 */
export function compiledOnce<A extends string[], R>(db: Kysely<Database>, build: (...args: A) => Compilable<R>): (...args: A) => Promise<R[]> {
  let compiled: CompiledQuery<R> | undefined;
  let slots: number[] = [];
  return async (...args: A) => {
    if (!compiled) {
      const placeholders = args.map((_, i) => `\u0000argument ${i}\u0000`) as A;
      compiled = build(...placeholders).compile();
      slots = compiled.parameters.map((p) => (typeof p === 'string' ? placeholders.indexOf(p) : -1));
      for (let i = 0; i < placeholders.length; i++) if (!slots.includes(i)) throw new Error(`argument ${i} of a compiled query is not one of its parameters`);
    }
    const query = compiled;
    const parameters = query.parameters.map((p, i) => (slots[i]! >= 0 ? args[slots[i]!] : p));
    return (await db.executeQuery<R>({ ...query, parameters })).rows;
  };
}
