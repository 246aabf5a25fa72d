import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type SQLite from 'better-sqlite3';

/** SQLite's own threshold for a checkpoint (wal_autocheckpoint's default): 1,000 pages of the log. */
const AUTOCHECKPOINT_PAGES = 1000;

// Compiled, the worker is a .js file beside this one; run from TypeScript sources (tests), there is
// none, and the log is checkpointed on the calling thread.
const WORKER = fileURLToPath(new URL('./checkpoint-worker.js', import.meta.url));

/**
 * Checkpoints of a SQLite database's write-ahead log, kept out of its transactions' commits. SQLite
 * copies the log into the database when a commit leaves it past 1,000 pages, on the committing
 * thread: after a large import that is the whole import written a second time (some 200 MB for
 * 2,000 transcripts, nearly a second) before the import can answer. While a transaction is open
 * the connection does not checkpoint; once the last one has committed, a log past the threshold is
 * checkpointed by a connection of its own on a worker thread (PASSIVE: it never blocks readers or
 * writers), while the server goes on. Nothing about durability changes: a commit is on disk when
 * it returns, in the log; the checkpoint only moves it into the database file.
 */
export class Checkpoints {
  private open = 0;
  private running: Promise<void> | undefined;
  private again = false;
  /** The log's size in bytes when the last checkpoint ended: a log unchanged since needs none. */
  private checkpointedAt = -1;
  private readonly pageSize: number;

  constructor(private readonly sqlite: SQLite.Database) {
    this.pageSize = sqlite.pragma('page_size', { simple: true }) as number;
    // The log file is cut back to the threshold when SQLite starts it again after a checkpoint, so
    // its size says how much it holds (without, it keeps the size of the largest transaction).
    sqlite.pragma(`journal_size_limit = ${AUTOCHECKPOINT_PAGES * this.pageSize}`);
  }

  /** A transaction begins: no checkpoint at its commit. */
  began(): void {
    if (this.open++ === 0) this.sqlite.pragma('wal_autocheckpoint = 0');
  }

  /** A transaction ended (committed or not): with none left open, a long log is checkpointed apart. */
  ended(): void {
    if (--this.open > 0) return;
    this.sqlite.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    if (this.due()) this.checkpoint();
  }

  /** Waits for a checkpoint under way (before the database is closed). */
  async settled(): Promise<void> {
    while (this.running) await this.running;
  }

  private logSize(): number {
    const log = `${this.sqlite.name}-wal`;
    return this.sqlite.memory || !existsSync(log) ? 0 : statSync(log).size;
  }

  /** Whether the log is past the threshold and has changed since the last checkpoint. */
  private due(): boolean {
    const size = this.logSize();
    return size > AUTOCHECKPOINT_PAGES * this.pageSize && size !== this.checkpointedAt;
  }

  private checkpoint() {
    if (this.running) {
      this.again = true;
      return;
    }
    if (!existsSync(WORKER)) {
      this.sqlite.pragma('wal_checkpoint(PASSIVE)');
      this.checkpointedAt = this.logSize();
      return;
    }
    this.running = new Promise<void>((done) => {
      const worker = new Worker(WORKER, { workerData: { path: this.sqlite.name } });
      // A checkpoint that fails (the file moved, the disk full) is SQLite's to retry at the next commit.
      worker.on('error', () => {});
      worker.on('exit', () => done());
    }).then(() => {
      this.running = undefined;
      this.checkpointedAt = this.logSize();
      if (this.again) {
        this.again = false;
        if (this.open === 0 && this.due()) this.checkpoint();
      }
    });
  }
}
