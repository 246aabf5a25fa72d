/** Exit codes of the warrant command, as the README lists them. */
export const EXIT = {
  ok: 0,
  /** A check, trace or import that found problems (broken chains, a refused bundle). */
  problemsFound: 1,
  /** A command line or input that is not valid. */
  invalid: 2,
  /** Something named does not exist. */
  notFound: 3,
  /** The database or the program failed. */
  failure: 4,
} as const;
