import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WarrantError } from '../domain/errors.js';
import { unpackBundleArchive } from '../importers/bundle-archive.js';
import type { ServiceContext } from './context.js';
import { type ImportReport, importBundle } from './import-bundle.js';

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

export function importJob(id: string): ImportJob | undefined {
  return jobs.get(id);
}

export function startImportJob(ctx: ServiceContext, partnershipId: string, archive: Uint8Array, fileName: string, log: (line: string) => void = () => {}): ImportJob {
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
    const dir = await mkdtemp(join(tmpdir(), 'warrant-upload-'));
    try {
      const bundle = await unpackBundleArchive(archive, dir, fileName);
      job.state = 'importing';
      job.report = await importBundle(ctx, bundle, {
        partnership: partnershipId,
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
      await rm(dir, { recursive: true, force: true });
      setTimeout(() => jobs.delete(job.id), KEEP_MS).unref();
    }
  })();
  return job;
}
