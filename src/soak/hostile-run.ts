import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { serveOnFreePort } from '../api/serve-on-free-port.js';
import { DEMO_ACCOUNTS } from '../demo/demo-accounts.js';
import { loadDemo } from '../demo/load-demo.js';
import { ARTIFACT_READER_LIMITS } from '../importers/artifacts/reader.js';
import { createContext } from '../services/context.js';
import { resolvePartnership } from '../services/partnerships.js';
import { connect } from '../storage/database.js';
import { Store } from '../storage/store.js';
import { HOSTILE_PDFS, manyPages } from './hostile-pdfs.js';
import { meanwhile } from './meanwhile.js';

/**
 * `npm run hostile`: the demo served on a port of the loopback, with the default limits; an
 * ordinary PDF and then each hostile PDF are uploaded as the demo lead researcher while another
 * request (the partnership's artifacts) is sent every 100 ms. Measures the time to the refusal, the peak resident memory of
 * the server process and of the process reading the file (Linux: /proc), and the other requests'
 * answer times.
 */

const MB = 1048576;

/** The peak resident memory of this process's children so far, by pid (VmHWM, Linux only). */
function childrenPeaks(peaks: Map<number, number>): void {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${process.pid}/task`);
  } catch {
    return;
  }
  for (const task of tasks) {
    let children: string[];
    try {
      children = readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean);
    } catch {
      continue;
    }
    for (const pid of children.map(Number)) {
      try {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
        peaks.set(pid, Math.max(peaks.get(pid) ?? 0, kb * 1024));
      } catch {
        // ended meanwhile
      }
    }
  }
}

const dir = await mkdtemp(join(tmpdir(), 'warrant-hostile-'));
const store = Store.of(await connect({ dialect: 'sqlite', path: join(dir, 'warrant.db') }));
await loadDemo(createContext(store, 'demo'));
const server = await serveOnFreePort({ store, demoMode: true });

try {
  const lead = DEMO_ACCOUNTS.find((a) => a.role === 'lead')!;
  const signIn = await fetch(`${server.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: lead.email, password: lead.password }),
  });
  const cookie = /warrant_session=[^;]*/.exec(signIn.headers.get('set-cookie') ?? '')![0];
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const pid = (await resolvePartnership(createContext(store, 'demo'))).id;
  const listing = `${server.url}/api/partnerships/${pid}/artifacts`;
  const probe = async () => {
    const answer = await fetch(listing, { headers: { cookie } });
    await answer.arrayBuffer();
    if (answer.status !== 200) throw new Error(`the listing answered ${answer.status}`);
  };
  await probe();

  process.stdout.write(`Limits: ${JSON.stringify(ARTIFACT_READER_LIMITS)}\n\n`);
  process.stdout.write(
    '| PDF | size | answered after | server RSS (before → peak) | reading process peak RSS | other requests: answered, slowest, median | refusal |\n|---|---|---|---|---|---|---|\n',
  );
  const rows = [];
  const ordinary = { fileName: 'handbook.pdf', bytes: () => manyPages(100), refusal: /^\(stored\)$/ };
  for (const hostile of [ordinary, ...HOSTILE_PDFS]) {
    const bytes = hostile.bytes();
    await sleep(200);
    const before = process.memoryUsage.rss();
    let serverPeak = before;
    const readerPeaks = new Map<number, number>();
    const sampler = setInterval(() => {
      serverPeak = Math.max(serverPeak, process.memoryUsage.rss());
      childrenPeaks(readerPeaks);
    }, 20);
    const started = performance.now();
    const { outcome: answer, probes } = await meanwhile(
      fetch(`${listing}?district=${encodeURIComponent('Riverton Unified School District')}&cycle=2010-11&fileName=${hostile.fileName}`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/octet-stream' },
        body: bytes,
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { error?: { message: string } } })),
      probe,
    );
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const sorted = [...probes].sort((a, b) => a - b);
    const row = {
      fileName: hostile.fileName,
      bytes: bytes.length,
      status: answer.status,
      refusal: answer.body.error?.message ?? '(stored)',
      seconds,
      serverRss: { before: before / MB, peak: serverPeak / MB },
      readerPeakRss: Math.max(0, ...readerPeaks.values()) / MB,
      probes: { answered: probes.length, slowestMs: sorted.at(-1) ?? 0, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0 },
    };
    rows.push(row);
    process.stdout.write(
      `| ${row.fileName} | ${row.bytes < MB ? `${(row.bytes / 1024).toFixed(1)} KB` : `${(row.bytes / MB).toFixed(1)} MB`} | ${row.seconds.toFixed(1)} s (${row.status}) | ${row.serverRss.before.toFixed(0)} → ${row.serverRss.peak.toFixed(0)} MB | ` +
        `${row.readerPeakRss ? `${row.readerPeakRss.toFixed(0)} MB` : 'n/a'} | ${row.probes.answered}, ${row.probes.slowestMs.toFixed(0)} ms, ${row.probes.medianMs.toFixed(0)} ms | ${row.refusal} |\n`,
    );
    if (!hostile.refusal.test(row.refusal) || row.probes.slowestMs >= 1000) process.exitCode = 1;
  }
  process.stdout.write(`\n${JSON.stringify(rows, null, 2)}\n`);
} finally {
  await server.stop();
  await store.destroy();
  await rm(dir, { recursive: true, force: true });
}
