import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../bench/corpus.js';
import { loadDemo } from '../demo/load-demo.js';
import { Random } from '../domain/random.js';
import { createContext } from '../services/context.js';
import { resolvePartnership } from '../services/partnerships.js';
import { connect } from '../storage/database.js';
import { Store } from '../storage/store.js';

/**
 * Crash safety: the server (and the importer) are killed with SIGKILL again and again while they
 * write; afterwards the database must pass SQLite's integrity check and the search index's, the
 * audit chain must hold, every write the server acknowledged must be there, and every import must
 * be there whole or not at all.
 */
export interface KillTestOptions {
  kills: number;
  /** One cycle in this many kills an import instead of the server. */
  importEvery?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface KillTestResult {
  kills: number;
  acknowledged: number;
  imports: { complete: number; absent: number };
  problems: string[];
}

const BIN = new URL('../../bin/warrant.js', import.meta.url).pathname;
const ANALYST = { email: 'analyst@demo.warrant.test', password: 'demo-analyst-password' };

function start(args: string[]): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1', WARRANT_DATABASE_URL: '' } });
}

function ready(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${out}`)), 30_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('Press Ctrl+C')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}): ${out}`));
    });
  });
}

/**
 * A port nothing listens on now, as the system assigns one, for a server started in a process of its
 * own (two runs on one machine must not talk to each other's servers).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

const kill = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

const MIN_WRITES_PER_CYCLE = 3;

interface Ack {
  entryField: string;
  text: string;
}

export async function runKillTest(options: KillTestOptions): Promise<KillTestResult> {
  const log = options.log ?? (() => {});
  const r = new Random(options.seed ?? 7);
  const dir = await mkdtemp(join(tmpdir(), 'warrant-kill-'));
  const db = join(dir, 'warrant.db');
  const result: KillTestResult = { kills: 0, acknowledged: 0, imports: { complete: 0, absent: 0 }, problems: [] };
  try {
    // A demo database with a form to edit, and a bundle to import.
    let store = Store.of(await connect({ dialect: 'sqlite', path: db }));
    await loadDemo(createContext(store, 'setup'));
    const pid = (await resolvePartnership(createContext(store, 'setup'))).id;
    const isf = (await store.isfs.list(pid, { status: 'complete' }))[0]!;
    // Three fields the form has (forms of different roles have different fields).
    const fields = (await store.templates.fields(isf.template_id))
      .filter((f) => f.retired_in_version === null)
      .slice(0, 3)
      .map((f) => f.key);
    await store.destroy();
    const bundle = join(dir, 'bundle');
    const corpus = await writeCorpus(bundle, { interviews: 60, wordsPerInterview: 3000, seed: 11 });

    const acks: Ack[] = [];
    const importsStarted: string[] = [];
    const port = await freePort();
    for (let cycle = 0; cycle < options.kills; cycle++) {
      if (options.importEvery && cycle % options.importEvery === options.importEvery - 1) {
        const name = `Import ${cycle}`;
        importsStarted.push(name);
        const child = start(['import', bundle, '--db', db, '--partnership', name, '--as', 'soak']);
        // Sometimes before the import could finish, sometimes after.
        await new Promise((res) => setTimeout(res, 150 + r.int(0, 2500)));
        await kill(child);
        result.kills++;
        log(`cycle ${cycle}: killed an import`);
        continue;
      }
      const server = start(['serve', '--demo', '--db', db, '--port', String(port)]);
      try {
        await ready(server);
      } catch (e) {
        result.problems.push(`cycle ${cycle}: ${(e as Error).message}`);
        await kill(server);
        break;
      }
      const base = `http://127.0.0.1:${port}`;
      // The kill comes at a random moment once the writer is signed in and has written a few
      // times, so that a loaded machine (slow to start, slow to hash a password) still has writes
      // cut at every point.
      let startKillClock: (stop: number) => void = () => {};
      const killAt = new Promise<number>((resolve) => (startKillClock = resolve));
      const delay = 100 + r.int(0, 600);
      // Writes go on until the kill; each acknowledged one is remembered.
      const writer = (async () => {
        try {
          const signIn = await fetch(`${base}/api/auth/sign-in`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(ANALYST),
          });
          const csrf = ((await signIn.json()) as { csrfToken: string }).csrfToken;
          const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
          const stop = Date.now() + delay;
          for (let i = 0; ; i++) {
            const field = fields[(cycle + i) % fields.length]!;
            const form = (await (await fetch(`${base}/api/isfs/${isf.id}`, { headers: { cookie } })).json()) as {
              fields: { field: { key: string }; entry: { version: number } | null }[];
            };
            const entry = form.fields.find((f) => f.field.key === field)?.entry;
            const text = `cycle ${cycle} write ${i}`;
            const res = await fetch(`${base}/api/isfs/${isf.id}/entries/${field}`, {
              method: 'PUT',
              headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
              body: JSON.stringify({ text, ...(entry && { expectedVersion: entry.version }) }),
            });
            if (res.ok) acks.push({ entryField: field, text });
            if (i + 1 === MIN_WRITES_PER_CYCLE) startKillClock(stop);
          }
        } catch {
          // the kill cut the connection
        } finally {
          startKillClock(Date.now());
        }
      })();
      const stop = await killAt;
      await new Promise((res) => setTimeout(res, Math.max(0, stop - Date.now())));
      await kill(server);
      await writer;
      result.kills++;
      log(`cycle ${cycle}: killed the server; ${acks.length} writes acknowledged so far`);
    }
    result.acknowledged = acks.length;

    // After the storm: the database, its index and its audit chain are whole.
    store = Store.of(await connect({ dialect: 'sqlite', path: db }));
    try {
      result.problems.push(...(await store.verifyIntegrity()));
      const audit = await store.audit.verify();
      if (audit.broken) result.problems.push(`audit chain broken at ${audit.broken.seq}: ${audit.broken.reason}`);
      // Every acknowledged write is in the history of its entry.
      const entries = await store.isfs.entries(isf.id);
      const fieldIds = new Map((await store.templates.fields(isf.template_id)).map((f) => [f.key, f.id]));
      for (const field of fields) {
        const entry = entries.find((e) => e.field_id === fieldIds.get(field) && e.retired_at === null);
        const written = new Set(
          entry
            ? (await store.audit.forEntity(entry.id)).map(
                (a) => (JSON.parse(a.data) as { to?: string; text?: string }).to ?? (JSON.parse(a.data) as { text?: string }).text,
              )
            : [],
        );
        for (const ack of acks.filter((a) => a.entryField === field))
          if (!written.has(ack.text)) result.problems.push(`acknowledged write "${ack.text}" to ${field} is missing`);
      }
      // Every import is whole or absent.
      for (const name of importsStarted) {
        const p = await store.partnerships.byName(name);
        const count = p ? (await store.interviews.listAll(p.id)).length : 0;
        if (count === 0) result.imports.absent++;
        else if (count === corpus.interviews) result.imports.complete++;
        else result.problems.push(`import "${name}" is partly there: ${count} of ${corpus.interviews} interviews`);
      }
    } finally {
      await store.destroy();
    }
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
