import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { copyFile, open, rename } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import SQLite from 'better-sqlite3';
import { invalid } from '../domain/errors.js';
import { exportArchive, importArchive } from './archive.js';
import { connect, type DatabaseTarget, describeTarget } from './database.js';
import { Store } from './store.js';

/**
 * Backups. SQLite: SQLite's online backup, a consistent copy of the file taken page by page while
 * the server keeps running. PostgreSQL: an archive (storage/archive) read in one snapshot.
 * Restoring never silently replaces data: an existing database is kept beside the restored one.
 */
export type BackupKind = 'sqlite' | 'archive';

async function kindOfFile(file: string): Promise<BackupKind> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(16);
    await handle.read(head, 0, 16, 0);
    if (head.toString('latin1') === 'SQLite format 3\u0000') return 'sqlite';
    if (head[0] === 0x1f && head[1] === 0x8b) return 'archive';
  } finally {
    await handle.close();
  }
  throw invalid(`${file} is neither a SQLite backup nor a Warrant archive`);
}

export async function backupDatabase(target: DatabaseTarget, file: string): Promise<BackupKind> {
  if (existsSync(file)) throw invalid(`${file} exists already; choose a new file name (a backup never overwrites)`);
  if (target.dialect === 'sqlite') {
    const db = new SQLite(target.path, { readonly: true, fileMustExist: true });
    try {
      await db.backup(file);
    } finally {
      db.close();
    }
    return 'sqlite';
  }
  await exportArchive(target, createWriteStream(file, { flags: 'wx' }));
  return 'archive';
}

/** Moves an existing SQLite database (and its WAL files) aside; returns where it went. */
async function setAside(path: string, now: Date): Promise<string> {
  const aside = `${path}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) await rename(path + suffix, aside + suffix);
  return aside;
}

async function isEmpty(target: DatabaseTarget): Promise<boolean> {
  const store = Store.of(await connect(target));
  try {
    return (await store.partnerships.list()).length === 0 && (await store.accounts.list()).length === 0;
  } finally {
    await store.destroy();
  }
}

export interface RestoreResult {
  kind: BackupKind;
  /** Where the database that was there before now is, if one was set aside. */
  setAside: string | null;
}

export async function restoreDatabase(target: DatabaseTarget, file: string, options: { replace?: boolean; now?: Date } = {}): Promise<RestoreResult> {
  const kind = await kindOfFile(file);
  const now = options.now ?? new Date();
  if (target.dialect === 'sqlite' && kind === 'sqlite') {
    let aside: string | null = null;
    if (existsSync(target.path)) {
      if (!(await isEmpty(target)) && !options.replace) {
        throw invalid(`${describeTarget(target)} holds data; restore with --replace to keep it aside and put the backup in its place`);
      }
      aside = await setAside(target.path, now);
    }
    await copyFile(file, target.path);
    await (await connect(target)).db.destroy(); // brings an older backup's schema up to date
    return { kind, setAside: aside };
  }
  if (!(await isEmpty(target))) {
    throw invalid(
      `${describeTarget(target)} holds data; restore into a new, empty database${target.dialect === 'sqlite' ? ' (or restore a SQLite backup with --replace)' : ''}`,
    );
  }
  const store = Store.of(await connect(target));
  try {
    if (kind === 'archive') await importArchive(store, createReadStream(file));
    else {
      const pipe = new PassThrough();
      const exported = exportArchive({ dialect: 'sqlite', path: file }, pipe);
      await Promise.all([exported, importArchive(store, pipe)]);
    }
  } finally {
    await store.destroy();
  }
  return { kind, setAside: null };
}
