import { randomBytes } from 'node:crypto';
import { lstat, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WarrantError } from '../domain/errors.js';
import { unpackBundleArchive } from '../importers/bundle-archive.js';
import type { ServiceContext } from './context.js';
import { type ImportOptions, type ImportReport, importBundle } from './import-bundle.js';

/**
 * Imports started from the web: a zipped bundle is unpacked and imported in the background while
 * the browser asks how far it got. Jobs live in the server's memory for an hour after they end.
 */
export interface ImportJob {
  id: string;
  partnershipId: string;
  startedBy: string;
  startedAt: string;
  state: 'unpacking' | 'importing' | 'done' | 'failed';
  done: number;
  total: number;
  report: ImportReport | null;
  error: string | null;
}

const jobs = new Map<string, ImportJob>();
const KEEP_MS = 3600_000;
/** Imports into one partnership run one after the other (they would wait for each other's transaction anyway). */
export const MAX_RUNNING_IMPORTS = 1;

export function importJob(id: string): ImportJob | undefined {
  return jobs.get(id);
}

const running = (j: ImportJob) => j.state === 'unpacking' || j.state === 'importing';

/** Refuses a new import while the partnership already has as many running as it may: before the upload is read, and again as the job starts. */
export function assertImportSlot(partnershipId: string): void {
  const busy = [...jobs.values()].filter((j) => j.partnershipId === partnershipId && running(j));
  if (busy.length >= MAX_RUNNING_IMPORTS) {
    const first = busy[0]!;
    throw new WarrantError(
      'rate_limited',
      `an import into this partnership is already running (started by ${first.startedBy} at ${first.startedAt}); upload again when it has finished`,
      {
        runningImports: busy.length,
      },
    );
  }
}

/**
 * The server's own temporary folders for unpacked uploads are named for the process run that made
 * them, its process ID and when the process started, so that a server starting after one that was
 * killed during an import (leaving participants' words on disk) can tell which folders are left
 * over, and remove those and nothing else. The ID alone does not tell: in a container the server is
 * often process 1 at every start, and elsewhere IDs are reused.
 */
export const UPLOAD_FOLDER_PREFIX = 'warrant-upload-';

/**
 * When a process started, in clock ticks after the machine booted (field 22 of /proc/PID/stat on
 * Linux), or undefined where the system does not say (or there is no such process).
 */
async function startOf(pid: number): Promise<string | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  // The command's name (field 2) is in parentheses and may itself hold spaces and parentheses.
  const start = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  return start && /^\d+$/.test(start) ? start : undefined;
}

let thisRun: Promise<string> | undefined;
/** This process run, as upload folders name it: where the system does not say when it started, when Node did (in milliseconds). */
const runName = () => (thisRun ??= startOf(process.pid).then((start) => `${process.pid}-${start ?? Math.round(performance.timeOrigin)}`));

export const newUploadFolder = async () => mkdtemp(join(tmpdir(), `${UPLOAD_FOLDER_PREFIX}${await runName()}-`));

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Whether the run that named a folder has ended: its process is gone, or its ID now belongs to a process that started since (this one among them). */
async function hasEnded(pid: number, start: string): Promise<boolean> {
  if (pid === process.pid) return `${pid}-${start}` !== (await runName());
  if (!isRunning(pid)) return true;
  const now = await startOf(pid);
  return now !== undefined && now !== start;
}

/** Removes the upload folders that process runs now ended left behind; returns their paths. */
export async function removeAbandonedUploads(): Promise<string[]> {
  const removed: string[] = [];
  const named = new RegExp(`^${UPLOAD_FOLDER_PREFIX}(\\d+)-(\\d+)-[A-Za-z0-9]{6}$`);
  for (const name of await readdir(tmpdir())) {
    const [, pid, start] = named.exec(name) ?? [];
    if (!pid || !start || !(await hasEnded(Number(pid), start))) continue;
    const path = join(tmpdir(), name);
    const info = await lstat(path).catch(() => undefined);
    // Only real folders of this account: never a link, never someone else's.
    if (!info?.isDirectory() || (process.getuid && info.uid !== process.getuid())) continue;
    await rm(path, { recursive: true, force: true });
    removed.push(path);
  }
  return removed;
}

export function startImportJob(
  ctx: ServiceContext,
  partnershipId: string,
  archive: Uint8Array,
  fileName: string,
  log: (line: string) => void = () => {},
  options: Pick<ImportOptions, 'unlabelledSpeaker'> = {},
): ImportJob {
  assertImportSlot(partnershipId);
  const job: ImportJob = {
    id: randomBytes(12).toString('base64url'),
    partnershipId,
    startedBy: ctx.actor,
    startedAt: ctx.clock().toISOString(),
    state: 'unpacking',
    done: 0,
    total: 0,
    report: null,
    error: null,
  };
  jobs.set(job.id, job);
  void (async () => {
    let dir: string | undefined;
    try {
      dir = await newUploadFolder();
      const bundle = await unpackBundleArchive(archive, dir, fileName);
      job.state = 'importing';
      job.report = await importBundle(ctx, bundle, {
        partnership: partnershipId,
        ...(options.unlabelledSpeaker !== undefined && { unlabelledSpeaker: options.unlabelledSpeaker }),
        onProgress: (_phase, done, total) => {
          job.done = done;
          job.total = total;
        },
      });
      // Problems name files inside the bundle, as the team keeps them, not the server's temporary folder.
      job.report.dir = fileName;
      job.state = 'done';
    } catch (e) {
      job.state = 'failed';
      job.error = e instanceof WarrantError ? e.message : 'the import failed on the server; its log has the details';
      if (!(e instanceof WarrantError)) log(`import job ${job.id} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    } finally {
      if (dir) await rm(dir, { recursive: true, force: true }).catch((e: unknown) => log(`import job ${job.id}: could not remove ${dir}: ${String(e)}`));
      setTimeout(() => jobs.delete(job.id), KEEP_MS).unref();
    }
  })();
  return job;
}
