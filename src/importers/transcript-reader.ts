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

interface Pending {
  resolve: (r: LoadedTranscript) => void;
  reject: (e: Error) => void;
}

/** One worker thread and the loads it owes; if it dies, they fail and later loads run inline. */
class ReaderThread {
  private readonly worker = new Worker(WORKER);
  private readonly pending = new Map<number, Pending>();
  alive = true;

  constructor() {
    this.worker.on('message', ({ id, result }: { id: number; result: LoadedTranscript }) => {
      this.pending.get(id)?.resolve(result);
      this.pending.delete(id);
    });
    const fail = (e: Error) => {
      this.alive = false;
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`the transcript reader stopped (exit code ${code})`)));
  }

  load(id: number, job: TranscriptJob): Promise<LoadedTranscript> {
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    this.alive = false;
    await this.worker.terminate();
  }
}

export function transcriptReader(options: { threads?: number } = {}): TranscriptReader {
  const count = options.threads ?? Math.min(4, availableParallelism() - 1);
  if (count < 1 || !existsSync(WORKER)) return inline;
  const threads = Array.from({ length: count }, () => new ReaderThread());
  let next = 0;
  return {
    window: 8 * count + 8,
    load(job) {
      const id = next++;
      const thread = threads[id % threads.length]!;
      return thread.alive ? thread.load(id, job) : loadTranscript(job);
    },
    async close() {
      await Promise.all(threads.map((t) => t.close()));
    },
  };
}
