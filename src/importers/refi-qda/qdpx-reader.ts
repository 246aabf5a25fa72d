import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RefiNote, RefiProblem, RefiProject, RefiReadResult, RefiSource } from '../../domain/refi-qda.js';
import { type PreparedSource, prepareSource } from '../../domain/refi-qda-import.js';
import { type QdpxInSteps, readQdpx, readQdpxInSteps } from './read-qdpx.js';

/** How long and how much memory reading one .qdpx may take on its thread (the time limit applies to the project file, then to each source). */
export const QDPX_READER_LIMITS = { timeoutMs: 120_000, maxHeapMb: 2048 };

// Compiled, the worker is a .js file beside this one; run from TypeScript sources (tests), there is
// none, and the project is read on the calling thread.
const WORKER = fileURLToPath(new URL('./qdpx-worker.js', import.meta.url));

/** A project outlined for an import (readQdpxInSteps), its note targets as pairs so that it can be posted between threads. */
type PostedOutline = Omit<NonNullable<QdpxInSteps['project']>, 'noteTargets'> & { noteTargets: [string, string[]][] };
/** A whole project read (readQdpx), posted the same way. */
type PostedProject = Omit<RefiProject, 'noteTargets'> & { noteTargets: [string, string[]][] };

/** A source of a project read for an import: checked, and laid out as a transcript unless the import has already failed. */
export interface ImportedSource {
  /** The source checked, without its text (the transcript laid out from it is in `prepared`); absent when its text is not UTF-8. */
  source?: RefiSource;
  prepared?: PreparedSource;
  /** What reading it found (an error among them means nothing of the project may be written). */
  problems: RefiProblem[];
  /** The memos written as <Description> on it or its selections, and what each is attached to. */
  notes: RefiNote[];
  noteTargets: [string, string[]][];
}

/** What the reading thread posts: the whole project read, or (for an import) its outline, then each source as it is asked for. */
export type QdpxWorkerMessage =
  | { kind: 'read'; problems: RefiProblem[]; project?: PostedProject }
  | { kind: 'outlined'; problems: RefiProblem[]; project?: PostedOutline }
  | { kind: 'source'; index: number; source: ImportedSource };

/** A project read for an import: its codebook, cases and notes checked, its sources outlined, each read as the import asks for it. */
export interface QdpxForImport {
  problems: RefiProblem[];
  project?: NonNullable<QdpxInSteps['project']>;
  /** The index-th source of the outline, read (sourceForImport); a string says why it could not be. */
  source(index: number): Promise<ImportedSource | string>;
  /** Stops the reading thread (the import is done, or gave up). */
  close(): void;
}

/**
 * Reads the sources of a project outlined by readQdpxInSteps, in order: each checked and, until an
 * error is found in the project, laid out as a transcript (with `unlabelled` as the speaker of text
 * before any label). Once there is an error nothing will be stored: the rest are only checked, so
 * that the report names every problem.
 */
export function sourceReader(steps: QdpxInSteps, unlabelled: string): (index: number) => ImportedSource {
  let failed = steps.problems.some((p) => p.severity === 'error');
  return (index) => {
    const read = steps.read(index);
    failed ||= read.problems.some((p) => p.severity === 'error');
    const prepared = read.source && !failed ? prepareSource(read.source, unlabelled) : undefined;
    return { ...read, ...(read.source && { source: { ...read.source, text: '' } }), ...(prepared && { prepared }) };
  };
}

/**
 * Reads a .qdpx (readQdpx) off the calling thread, so a server keeps answering while a large project
 * is parsed and checked: on a worker thread with a heap limit, stopped after a time limit. A thread
 * stopped or out of memory gives an error problem naming the archive, never a crash.
 */
export async function readQdpxOffThread(bytes: Uint8Array, name: string, limits = QDPX_READER_LIMITS): Promise<RefiReadResult> {
  if (!existsSync(WORKER)) return readQdpx(bytes, name);
  const worker = new Reading(bytes, name, limits);
  try {
    const m = await worker.first();
    if (typeof m === 'string') return { problems: [worker.failure(m)] };
    if (m.kind !== 'read') throw new Error(`the reading thread answered ${m.kind}`);
    return { problems: m.problems, ...(m.project && { project: { ...m.project, noteTargets: new Map(m.project.noteTargets) } }) };
  } finally {
    worker.stop('was closed');
  }
}

/**
 * Reads a .qdpx for an import, as readQdpxOffThread: its project file at once, then each source when
 * the import asks for it, the next one read while the import stores this one. So reading and storing
 * overlap, and no more than two sources wait in memory.
 */
export async function readQdpxForImport(bytes: Uint8Array, name: string, unlabelled: string, limits = QDPX_READER_LIMITS): Promise<QdpxForImport> {
  if (!existsSync(WORKER)) {
    const steps = readQdpxInSteps(bytes, name);
    const read = sourceReader(steps, unlabelled);
    return { problems: steps.problems, ...(steps.project && { project: steps.project }), source: (i) => Promise.resolve(read(i)), close: () => {} };
  }
  const worker = new Reading(bytes, name, limits, unlabelled);
  const m = await worker.first();
  if (typeof m === 'string') return { problems: [worker.failure(m)], source: () => Promise.resolve(m), close: () => {} };
  if (m.kind !== 'outlined') throw new Error(`the reading thread answered ${m.kind}`);
  const project = m.project && { ...m.project, noteTargets: new Map(m.project.noteTargets) };
  if (!project) worker.stop('was closed');
  const count = project?.sources.length ?? 0;
  return {
    problems: m.problems,
    ...(project && { project }),
    source: (i) => {
      const next = worker.source(i);
      if (i + 1 < count) void worker.source(i + 1); // read while this one is stored
      return next;
    },
    close: () => worker.stop('was closed'),
  };
}

/** A reading thread: its first message, then sources asked for by index, each within the time limit. */
class Reading {
  private readonly worker: Worker;
  private timer: NodeJS.Timeout | undefined;
  private stopped: string | undefined;
  private firstMessage: ((m: QdpxWorkerMessage | string) => void) | undefined;
  private readonly asked = new Map<number, Promise<ImportedSource | string>>();
  private readonly waiting = new Map<number, (s: ImportedSource | string) => void>();

  constructor(
    bytes: Uint8Array,
    private readonly name: string,
    private readonly limits: typeof QDPX_READER_LIMITS,
    unlabelled?: string,
  ) {
    this.worker = new Worker(WORKER, { workerData: { bytes, name, unlabelled }, resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb } });
    this.arm();
    this.worker.on('message', (m: QdpxWorkerMessage) => this.received(m));
    this.worker.on('error', (e) =>
      this.stop(/memory/i.test(e.message) ? `needs more than ${limits.maxHeapMb} MB of memory to read; refused` : `could not be read (${e.message})`),
    );
    this.worker.on('exit', (code) => this.stop(`could not be read (the reader stopped with exit code ${code})`));
  }

  failure(message: string): RefiProblem {
    return { severity: 'error', file: this.name, message };
  }

  first(): Promise<QdpxWorkerMessage | string> {
    return new Promise((settle) => (this.stopped !== undefined ? settle(this.stopped) : (this.firstMessage = settle)));
  }

  source(index: number): Promise<ImportedSource | string> {
    const known = this.asked.get(index);
    if (known) {
      this.asked.delete(index); // handed out once: a source is stored once
      return known;
    }
    const answer = new Promise<ImportedSource | string>((settle) => {
      if (this.stopped !== undefined) return settle(this.stopped);
      this.waiting.set(index, settle);
      if (this.waiting.size === 1) this.arm();
      this.worker.postMessage({ want: index });
    });
    this.asked.set(index, answer);
    return answer;
  }

  stop(why: string) {
    if (this.stopped !== undefined) return;
    this.stopped = why;
    clearTimeout(this.timer);
    void this.worker.terminate();
    this.firstMessage?.(why);
    for (const w of this.waiting.values()) w(why);
    this.waiting.clear();
  }

  private arm() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.stop(`took more than ${this.limits.timeoutMs / 1000} s to read; refused`), this.limits.timeoutMs);
  }

  private received(m: QdpxWorkerMessage) {
    clearTimeout(this.timer);
    if (m.kind !== 'source') {
      this.firstMessage?.(m);
      this.firstMessage = undefined;
      return;
    }
    this.waiting.get(m.index)?.(m.source);
    this.waiting.delete(m.index);
    if (this.waiting.size > 0) this.arm();
  }
}
