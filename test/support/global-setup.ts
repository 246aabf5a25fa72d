import type { TestProject } from 'vitest/node';
import { staleReaderBuild } from './compiled-reader.js';
import { startPostgresCluster } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/**
 * Refuses to run the tests on an out-of-date build of the process that reads artifacts; then one
 * PostgreSQL cluster for the whole run, in which each test file makes its own databases.
 */
export default function setup(project: TestProject) {
  const stale = staleReaderBuild();
  if (stale) throw new Error(stale);
  const cluster = startPostgresCluster();
  project.provide('postgresUrl', cluster.url());
  return () => cluster.stop();
}
