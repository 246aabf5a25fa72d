import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RefiProject, RefiReadResult } from '../../domain/refi-qda.js';
import { type PreparedSource, prepareSource } from '../../domain/refi-qda-import.js';
import { readQdpx } from './read-qdpx.js';

/** How long and how much memory reading one .qdpx may take on its thread. */
export const QDPX_READER_LIMITS = { timeoutMs: 120_000, maxHeapMb: 2048 };

// Compiled, the worker is a .js file beside this one; run from TypeScript sources (tests), there is
// none, and the project is read on the calling thread.
const WORKER = fileURLToPath(new URL('./qdpx-worker.js', import.meta.url));

/** What the reading thread posts: the project read and checked, then (for an import) each source prepared as the import asks for it. */
export type QdpxWorkerMessage =
  | { kind: 'read'; problems: RefiReadResult['problems']; project?: Omit<RefiProject, 'noteTargets'> & { noteTargets: [string, string[]][] } }
  | { kind: 'prepared'; index: number; source: PreparedSource };

/** A project read for an import: its sources come without their text, prepared one by one as the import asks for them. */
export interface QdpxForImport extends RefiReadResult {
  /** The index-th source of the project, prepared (domain/refi-qda-import prepareSource); a string says why it could not be. */
  prepared(index: number): Promise<PreparedSource | string>;
  /** Stops the reading thread (the import is done, or gave up). */
  close(): void;
}

/**
 * Reads a .qdpx (readQdpx) off the calling thread, so a server keeps answering while a large project
 * is parsed and checked: on a worker thread with a heap limit, stopped after a time limit. A thread
 * stopped or out of memory gives an error problem naming the archive, never a crash.
 */
export async function readQdpxOffThread(bytes: Uint8Array, name: string, limits = QDPX_READER_LIMITS): Promise<RefiReadResult> {
  if (!existsSync(WORKER)) return readQdpx(bytes, name);
  const read = await startReading(bytes, name, limits);
  read.close();
  return read;
}

/**
 * Reads a .qdpx for an import: as readQdpxOffThread, and then, while the import stores a source, the
 * reading thread lays out the next one as a transcript (with `unlabelled` as the speaker of text before
 * any label), so reading and storing overlap and only the next source waits in memory.
 */
export async function readQdpxForImport(bytes: Uint8Array, name: string, unlabelled: string, limits = QDPX_READER_LIMITS): Promise<QdpxForImport> {
  if (!existsSync(WORKER)) {
    const read = readQdpx(bytes, name);
    return { ...read, prepared: (i) => Promise.resolve(prepareSource(read.project!.sources[i]!, unlabelled)), close: () => {} };
  }
  return startReading(bytes, name, limits, unlabelled);
}

function startReading(bytes: Uint8Array, name: string, limits: typeof QDPX_READER_LIMITS, unlabelled?: string): Promise<QdpxForImport> {
  const failure = (message: string) => ({ severity: 'error' as const, file: name, message });
  return new Promise((resolve) => {
    const worker = new Worker(WORKER, { workerData: { bytes, name, unlabelled }, resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb } });
    const ready = new Map<number, PreparedSource>();
    const waiting = new Map<number, (s: PreparedSource | string) => void>();
    let stopped: string | undefined;
    let read = false;
    const stop = (why: string) => {
      if (stopped !== undefined) return;
      stopped = why;
      clearTimeout(timer);
      void worker.terminate();
      for (const w of waiting.values()) w(why);
      waiting.clear();
      if (!read) {
        read = true;
        resolve({ problems: [failure(why)], prepared: () => Promise.resolve(why), close: () => {} });
      }
    };
    const timer = setTimeout(() => stop(`took more than ${limits.timeoutMs / 1000} s to read; refused`), limits.timeoutMs);
    const close = () => stop('was closed');
    worker.on('message', (m: QdpxWorkerMessage) => {
      if (m.kind === 'read') {
        read = true;
        clearTimeout(timer); // the time limit is the reading's; the sources are then prepared one at a time as asked
        const project = m.project && { ...m.project, noteTargets: new Map(m.project.noteTargets) };
        const asked = new Set<number>();
        const ask = (i: number) => {
          if (asked.has(i) || stopped !== undefined || !project || i >= project.sources.length) return;
          asked.add(i);
          worker.postMessage({ want: i });
        };
        const prepared = (i: number) =>
          new Promise<PreparedSource | string>((settle) => {
            ask(i);
            ask(i + 1); // the next one is prepared while this one is stored
            const s = ready.get(i);
            if (s) {
              ready.delete(i);
              settle(s);
            } else if (stopped !== undefined) settle(stopped);
            else waiting.set(i, settle);
          });
        resolve({ problems: m.problems, ...(project && { project }), prepared, close });
        if (!project || unlabelled === undefined) close();
      } else {
        const w = waiting.get(m.index);
        if (w) {
          waiting.delete(m.index);
          w(m.source);
        } else ready.set(m.index, m.source);
      }
    });
    worker.on('error', (e) =>
      stop(/memory/i.test(e.message) ? `needs more than ${limits.maxHeapMb} MB of memory to read; refused` : `could not be read (${e.message})`),
    );
    worker.on('exit', (code) => stop(`could not be read (the reader stopped with exit code ${code})`));
  });
}
