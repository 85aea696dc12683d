import type { TestProject } from 'vitest/node';
// @ts-expect-error: a plain ES module shared with the benchmark, typed by use.
import { startCluster } from '../../scripts/postgres-cluster.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway PostgreSQL server's URL, or null when none could be started. */
    pgUrl: string | null;
    /** Why PostgreSQL tests are skipped (empty when they run). */
    pgSkipReason: string;
  }
}

/** Starts one PostgreSQL cluster for the server tests and stops it (by pg_ctl) afterwards. */
export default async function setup(project: TestProject) {
  let cluster: { url?: string; skip?: string; stop?: () => void };
  try {
    cluster = (await startCluster()) as typeof cluster;
  } catch (error) {
    cluster = { skip: `PostgreSQL failed to start: ${String(error).split('\n')[0]}` };
  }
  project.provide('pgUrl', cluster.url ?? null);
  project.provide('pgSkipReason', cluster.skip ?? '');
  return () => cluster.stop?.();
}
