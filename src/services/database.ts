import type { Readable } from 'node:stream';
import { importArchive } from '../storage/archive.js';
import { connect, type DatabaseTarget } from '../storage/database.js';
import { Store } from '../storage/store.js';

/**
 * Opening the database, and the whole-database operations (backup, restore, moving between
 * engines), for the adapters, which reach storage only through services.
 */
export { exportArchive } from '../storage/archive.js';
export { backupDatabase, restoreDatabase } from '../storage/backup.js';
export { describeTarget, resolveDatabaseTarget, type DatabaseTarget } from '../storage/database.js';
export { translateStorageError } from '../storage/storage-errors.js';
export type { Store } from '../storage/store.js';

/** Connects to the database (migrating it to the current schema) and groups its repositories. */
export async function openStore(target: DatabaseTarget): Promise<Store> {
  return Store.of(await connect(target));
}

/** Loads an archive (from `warrant export`) into a new, empty database of either engine. */
export async function loadArchive(target: DatabaseTarget, archive: Readable): Promise<Record<string, number>> {
  const store = await openStore(target);
  try {
    return await importArchive(store, archive);
  } finally {
    await store.destroy();
  }
}
