import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type LoadedTranscript, loadTranscript, type TranscriptJob } from './transcript-file.js';

/**
 * Loads transcripts, on worker threads when the machine has cores to spare, so that parsing runs
 * beside the database writes of an import. Results come back in the order asked for.
 */
export interface TranscriptReader {
  load(job: TranscriptJob): Promise<LoadedTranscript>;
  /** How many loads to keep in flight ahead of the one being stored. */
  readonly window: number;
  close(): Promise<void>;
}

const inline: TranscriptReader = { load: loadTranscript, window: 16, close: async () => {} };

// Compiled, the worker is a .js file beside this one; run from TypeScript sources (tests), there is
// none, and transcripts are loaded on the calling thread.
const WORKER = fileURLToPath(new URL('./transcript-worker.js', import.meta.url));

export function transcriptReader(options: { threads?: number } = {}): TranscriptReader {
  const threads = options.threads ?? Math.min(4, availableParallelism() - 1);
  if (threads < 1 || !existsSync(WORKER)) return inline;

  const workers = Array.from({ length: threads }, () => new Worker(WORKER));
  const pending = new Map<number, { resolve: (r: LoadedTranscript) => void; reject: (e: Error) => void }>();
  let next = 0;
  for (const worker of workers) {
    worker.on('message', ({ id, result }: { id: number; result: LoadedTranscript }) => {
      pending.get(id)?.resolve(result);
      pending.delete(id);
    });
    worker.on('error', (e) => {
      for (const p of pending.values()) p.reject(e);
      pending.clear();
    });
  }
  return {
    window: 8 * threads + 8,
    load(job) {
      const id = next++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        workers[id % workers.length]!.postMessage({ id, job });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
