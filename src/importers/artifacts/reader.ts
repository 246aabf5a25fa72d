import { type ChildProcess, fork, type ForkOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extensionOf } from './detect.js';
import { UnreadableArtifact } from './errors.js';
import type { ArtifactText } from './index.js';

export interface ArtifactReaderLimits {
  /** How long reading one file may take, in milliseconds, from the start of its process. */
  timeMs: number;
  /** The memory a reading process may use, in MB: heap, buffers and code together (on Unix, where the kernel enforces it). */
  memoryMb: number;
  /** Of which the JavaScript heap, in MB (everywhere). */
  heapMb: number;
  /** How many files are read at once. */
  concurrent: number;
  /** How many more may wait for their turn; beyond that, a file is refused because the server is busy. */
  waiting: number;
}

export const ARTIFACT_READER_LIMITS: Readonly<ArtifactReaderLimits> = { timeMs: 20_000, memoryMb: 768, heapMb: 512, concurrent: 2, waiting: 4 };

/** Too many files are being read already; the message names the file and says to try again. */
export class ArtifactReaderBusy extends Error {
  override readonly name = 'ArtifactReaderBusy';
}

export interface ReaderJob {
  bytes: Uint8Array;
  fileName: string;
}

export type ReaderReply = { read: ArtifactText } | { refused: string } | { outOfMemory: true } | { failed: string };

// Compiled, the reading process is reader-process.js beside this module. Run from the TypeScript
// sources (the tests), the compiled one under dist/ is used, which `npm test` builds first (and the
// tests' global setup checks is up to date): reading in this process instead would give up the
// limits, so a missing one is an error.
export const READER_PROCESS = fileURLToPath(
  new URL(import.meta.url.endsWith('.ts') ? '../../../dist/importers/artifacts/reader-process.js' : './reader-process.js', import.meta.url),
);

const DESCRIBED: Readonly<Record<string, { what: string; advice: string }>> = {
  pdf: { what: 'the PDF', advice: 'save or print it to PDF again, or split it into smaller files, and upload that' },
  docx: { what: 'the document', advice: 'save it again from Word, or split it into smaller files, and upload that' },
  xlsx: { what: 'the workbook', advice: 'save it again from Excel, or split it into smaller workbooks, and upload that' },
};
const ANY_FILE = { what: 'the file', advice: 'split it into smaller files and upload those' };

/**
 * Reads artifacts' text (extractArtifactText) each in a process of its own, so that no file can
 * stall the server or exhaust its memory: the process has a time limit and a memory limit, and is
 * killed when it overruns them, the file then refused with a message that names it. At most
 * `concurrent` files are read at once and `waiting` more wait for their turn; beyond that a file
 * is refused as the server being busy.
 */
export class ArtifactReader {
  private running = 0;
  private readonly queue: (() => void)[] = [];

  constructor(readonly limits: Readonly<ArtifactReaderLimits> = ARTIFACT_READER_LIMITS) {}

  /** Throws UnreadableArtifact for a file that cannot be read within the limits, ArtifactReaderBusy when too many are being read. */
  async read(bytes: Uint8Array, fileName: string): Promise<ArtifactText> {
    await this.turn(fileName);
    try {
      return await this.inProcess(bytes, fileName);
    } finally {
      const next = this.queue.shift();
      if (next) next();
      else this.running--;
    }
  }

  private turn(fileName: string): Promise<void> {
    if (this.running < this.limits.concurrent) {
      this.running++;
      return Promise.resolve();
    }
    if (this.queue.length >= this.limits.waiting) {
      const reading = this.running + this.queue.length;
      const files = reading === 1 ? 'an uploaded file' : `${reading} uploaded files`;
      throw new ArtifactReaderBusy(`${fileName}: the server is already reading ${files}, as many as it takes at once; try again in a minute`);
    }
    // The slot of the file that finishes passes to the first waiting one.
    return new Promise((resolve) => this.queue.push(resolve));
  }

  private inProcess(bytes: Uint8Array, fileName: string): Promise<ArtifactText> {
    if (!existsSync(READER_PROCESS)) {
      throw new Error(`the program that reads artifacts is missing (${READER_PROCESS}); build Warrant with \`npm run build\``);
    }
    const described = DESCRIBED[extensionOf(fileName) ?? ''] ?? ANY_FILE;
    const refusal = (what: string) => new UnreadableArtifact(fileName, `${what}; ${described.advice}`);
    const overMemory = () => refusal(`reading ${described.what} needed more than ${this.limits.memoryMb} MB of memory and was stopped`);
    return new Promise((resolve, reject) => {
      const child = spawnReader(this.limits);
      let settled = false;
      let timedOut = false;
      let stderr = '';
      const settle = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        outcome();
      };
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, this.limits.timeMs);
      child.stderr!.setEncoding('utf8').on('data', (s: string) => {
        stderr = (stderr + s).slice(-4096);
      });
      child.on('message', (reply: ReaderReply) =>
        settle(() => {
          // It has nothing more to do; whatever pdf.js may have left running ends with it.
          child.kill('SIGKILL');
          if ('read' in reply) resolve(reply.read);
          else if ('refused' in reply) reject(new UnreadableArtifact(fileName, reply.refused));
          else if ('outOfMemory' in reply) reject(overMemory());
          else reject(new Error(`${fileName}: the artifact could not be read (${reply.failed})`));
        }),
      );
      child.on('error', (e) => settle(() => reject(new Error(`${fileName}: the program that reads artifacts could not be started (${e.message})`))));
      // After the process has ended and its channel is closed: no reply is still on its way.
      child.on('close', (code, signal) =>
        settle(() => {
          if (timedOut) reject(refusal(`reading ${described.what} took longer than ${this.limits.timeMs / 1000} s and was stopped`));
          // Out of memory, V8 reports a full heap on stderr and aborts, or dies of a signal where an
          // allocation failed (SIGSEGV, SIGTRAP, SIGABRT); the kernel's OOM killer sends SIGKILL.
          else if (signal || /out of memory|allocation failed/i.test(stderr)) reject(overMemory());
          else reject(refusal(`reading ${described.what} stopped unexpectedly (exit code ${code})`));
        }),
      );
      child.send({ bytes, fileName } satisfies ReaderJob, (e) => {
        if (!e) return;
        settle(() => reject(new Error(`${fileName}: the file could not be passed to the program that reads artifacts (${e.message})`)));
        child.kill('SIGKILL');
      });
    });
  }
}

/**
 * On Unix the process starts as a shell that limits its data segment (heap, buffers: what the
 * kernel counts as the process's memory) and then becomes node; a heap limit alone would leave
 * out buffers, which pdf.js inflates streams into. The shell limits its CPU time too, a little
 * beyond the time limit: never reached while the server is there to kill it, it ends a reading
 * that outlives the server. NODE_OPTIONS is not passed on.
 */
function spawnReader(limits: ArtifactReaderLimits): ChildProcess {
  const { NODE_OPTIONS: _, ...env } = process.env;
  const options: ForkOptions = { env, serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] };
  const node = [`--max-old-space-size=${limits.heapMb}`];
  if (process.platform === 'win32') return fork(READER_PROCESS, [], { ...options, execArgv: node });
  return fork(READER_PROCESS, [], {
    ...options,
    execPath: '/bin/sh',
    // Where the hard limit is lower already, it stands.
    execArgv: [
      '-c',
      `ulimit -d ${limits.memoryMb * 1024} 2>/dev/null; ulimit -t ${Math.ceil(limits.timeMs / 1000) + 5} 2>/dev/null; exec "$0" "$@"`,
      process.execPath,
      ...node,
    ],
  });
}

/** The reader every upload of this process shares, so that the limit on files read at once holds for all. */
export const artifactReader = new ArtifactReader();
