import SQLite from 'better-sqlite3';
import { workerData } from 'node:worker_threads';

/** Copies a SQLite database's write-ahead log into the database, on a connection of its own (storage/checkpoints). */
const { path } = workerData as { path: string };
const sqlite = new SQLite(path, { fileMustExist: true });
try {
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('wal_checkpoint(PASSIVE)');
} finally {
  sqlite.close();
}
