import { staleReaderBuild } from './compiled-reader.js';

/** Refuses to run the tests on an out-of-date build of the process that reads artifacts (see reader.ts). */
export default function setup() {
  const stale = staleReaderBuild();
  if (stale) throw new Error(stale);
}
