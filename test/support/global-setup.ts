import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

/** One PostgreSQL cluster for the whole run; each test file makes its own databases in it. */
export default function setup(project: TestProject) {
  const cluster = startPostgresCluster();
  project.provide('postgresUrl', cluster.url());
  return () => cluster.stop();
}
