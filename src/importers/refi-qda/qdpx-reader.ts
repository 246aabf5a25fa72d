import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RefiProject, RefiReadResult } from '../../domain/refi-qda.js';
import { readQdpx } from './read-qdpx.js';

/** How long and how much memory reading one .qdpx may take on its thread. */
export const QDPX_READER_LIMITS = { timeoutMs: 120_000, maxHeapMb: 2048 };

// Compiled, the worker is a .js file beside this one; run from TypeScript sources (tests), there is
// none, and the project is read on the calling thread.
const WORKER = fileURLToPath(new URL('./qdpx-worker.js', import.meta.url));

/**
 * Reads a .qdpx (readQdpx) off the calling thread, so a server keeps answering while a large project
 * is parsed and checked: on a worker thread with a heap limit, stopped after a time limit. A thread
 * stopped or out of memory gives an error problem naming the archive, never a crash.
 */
export async function readQdpxOffThread(bytes: Uint8Array, name: string, limits = QDPX_READER_LIMITS): Promise<RefiReadResult> {
  if (!existsSync(WORKER)) return readQdpx(bytes, name);
  const fail = (message: string): RefiReadResult => ({ problems: [{ severity: 'error', file: name, message }] });
  return new Promise((resolve) => {
    const worker = new Worker(WORKER, { workerData: { bytes, name }, resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb } });
    let done = false;
    const finish = (r: RefiReadResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    const timer = setTimeout(() => finish(fail(`took more than ${limits.timeoutMs / 1000} s to read; refused`)), limits.timeoutMs);
    worker.on('message', (r: Omit<RefiReadResult, 'project'> & { project?: Omit<RefiProject, 'noteTargets'> & { noteTargets: [string, string[]][] } }) =>
      finish({ problems: r.problems, ...(r.project ? { project: { ...r.project, noteTargets: new Map(r.project.noteTargets) } } : {}) }),
    );
    worker.on('error', (e) =>
      finish(fail(/memory/i.test(e.message) ? `needs more than ${limits.maxHeapMb} MB of memory to read; refused` : `could not be read (${e.message})`)),
    );
    worker.on('exit', (code) => finish(fail(`could not be read (the reader stopped with exit code ${code})`)));
  });
}
