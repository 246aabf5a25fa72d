import type { TestProject } from 'vitest/node';
import { type PostgresCluster, startPostgresCluster } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

// Every project that opens databases names this setup; they share one cluster, stopped after the last.
const shared = globalThis as { warrantTestCluster?: { cluster: PostgresCluster; projects: number } };

/** One PostgreSQL cluster for the whole run, in which each test file makes its own databases. */
export default function setup(project: TestProject) {
  const running = (shared.warrantTestCluster ??= { cluster: startPostgresCluster(), projects: 0 });
  running.projects++;
  project.provide('postgresUrl', running.cluster.url());
  return () => {
    if (--running.projects > 0) return;
    delete shared.warrantTestCluster;
    running.cluster.stop();
  };
}
