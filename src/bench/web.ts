import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { WEB_ROOT } from '../api/web-app.js';
import { signInAsDemo, withDemoInChromium } from '../browser/chromium.js';
import { DEMO_PARTNERSHIP } from '../demo/cast.js';
import { createContext } from '../services/context.js';
import { importBundle } from '../services/import-bundle.js';
import { writeCorpus } from './corpus.js';
import { percentile } from './statistics.js';

/**
 * `npm run bench:web` (also the end of `npm run bench`): the web app in Debian's Chromium. The
 * initial JavaScript it downloads; how long the transcript reader takes, once a 15,000-word
 * transcript has arrived, to be drawn and free for the reader; how long after the last keystroke
 * search-as-you-type shows the results, on the demo data.
 */
const { values: args } = parseArgs({
  options: {
    loads: { type: 'string', default: '12' },
    words: { type: 'string', default: '15000' },
    // Chromium's CPU throttling, to stand in for a slower laptop than this machine: 4 = four times slower.
    'cpu-slowdown': { type: 'string', default: '1' },
  },
});

const KB = 1024;
const log = (s: string) => process.stdout.write(`${s}\n`);
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

/** What the browser fetches before the app can run: index.html's scripts and their preloads. */
async function initialJavaScript(): Promise<{ files: number; bytes: number; gzipped: number }> {
  const html = await readFile(join(WEB_ROOT, 'index.html'), 'utf8');
  const paths = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  let bytes = 0;
  let gzipped = 0;
  for (const path of new Set(paths)) {
    const code = await readFile(join(WEB_ROOT, path));
    bytes += code.length;
    gzipped += gzipSync(code).length;
  }
  return { files: new Set(paths).size, bytes, gzipped };
}

/**
 * Instruments a page before its scripts run: long tasks, and the moment the transcript's last turn
 * is in the document and the frame after it has been painted with the main thread free again.
 */
const readerProbe = (turns: number) => `(() => {
  const b = (window.__bench = { longTasks: [], ready: null });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) b.longTasks.push(e.startTime + e.duration); }).observe({ type: 'longtask', buffered: true });
  const watch = () => {
    const reader = document.querySelector('.transcript');
    if (reader && reader.childElementCount >= ${turns}) { setTimeout(() => { b.ready = performance.now(); }, 0); return; }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})()`;

/** Milliseconds from the transcript's arrival (end of its response) to the reader being interactive. */
async function readerTimeToInteractive(page: Page, url: string, turns: number): Promise<number> {
  await slowDown(page);
  await page.addInitScript(readerProbe(turns));
  await page.goto(url);
  await page.waitForFunction('window.__bench.ready !== null', undefined, { timeout: 60_000 });
  return (await page.evaluate(`(() => {
    const arrived = performance.getEntriesByType('resource').find((e) => /\\/api\\/interviews\\/[^/]+\\/transcript$/.test(new URL(e.name).pathname)).responseEnd;
    const busyUntil = Math.max(window.__bench.ready, ...window.__bench.longTasks);
    return busyUntil - arrived;
  })()`)) as number;
}

async function slowDown(page: Page): Promise<void> {
  const rate = Number(args['cpu-slowdown']);
  if (rate > 1) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
}

/** Milliseconds from the last keystroke of a query to its results on screen. */
async function searchLatency(page: Page, query: string): Promise<number> {
  await page.fill('#q', '');
  await page.waitForFunction(`document.querySelector('.hits') === null`);
  await page.evaluate(`(() => {
    const input = document.getElementById('q');
    const shown = '“' + ${JSON.stringify(query)} + '”';
    window.__search = new Promise((resolve) => {
      let last = 0;
      input.addEventListener('input', () => { last = performance.now(); });
      const watch = () => {
        const status = document.querySelector('[aria-live]').textContent;
        if (input.value === ${JSON.stringify(query)} && last && status.includes(shown)) return resolve(performance.now() - last);
        requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    });
  })()`);
  await page.keyboard.type(query, { delay: 60 });
  return (await page.evaluate('window.__search')) as number;
}

const QUERIES = [
  'coach',
  'feedback',
  'pacing',
  'observ*',
  '"learning walk"',
  'principal',
  'curriculum map',
  'fraction',
  'discourse',
  'students struggle',
  'assessment',
  'walkthrough',
  'planning time',
  '"pacing guide"',
  'expectations',
  'meeting',
  'modeling',
  'benchmark',
  'textbook',
  'district',
];

await withDemoInChromium(async ({ store, browser, url, dir: root }) => {
  const loads = Number(args.loads);
  const words = Number(args.words);
  const slowdown = Number(args['cpu-slowdown']);
  log(`Warrant web benchmark: Debian's Chromium ${browser.version()}, headless (node ${process.version})${slowdown > 1 ? `, CPU slowed ${slowdown}×` : ''}`);
  const js = await initialJavaScript();
  log(`initial JavaScript: ${js.files} files, ${(js.bytes / KB).toFixed(0)} KB, ${(js.gzipped / KB).toFixed(1)} KB gzipped`);

  const ctx = createContext(store, 'bench');
  await writeCorpus(join(root, 'bundle'), { interviews: 1, wordsPerInterview: words });
  const report = await importBundle(ctx, join(root, 'bundle'), { partnership: DEMO_PARTNERSHIP });
  if (!report.imported) throw new Error(`the long transcript did not import: ${report.problems[0]?.message}`);
  const long = await store.db
    .selectFrom('interview')
    .innerJoin('transcript', 'transcript.interview_id', 'interview.id')
    .select(['interview.id', 'transcript.id as transcriptId'])
    .where('interview.code', '=', 'I00000')
    .executeTakeFirstOrThrow();
  const turns = await store.db.selectFrom('turn').select(['text']).where('transcript_id', '=', long.transcriptId).execute();
  const wordCount = turns.reduce((n, t) => n + t.text.split(/\s+/).filter(Boolean).length, 0);
  log(`transcript for the reader: ${wordCount.toLocaleString('en-US')} words in ${turns.length} turns`);

  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const signedIn = await context.newPage();
  await signInAsDemo(signedIn, url, 'analyst');
  const tti: number[] = [];
  for (let n = 0; n < loads + 2; n++) {
    const page = await context.newPage();
    const ms = await readerTimeToInteractive(page, `${url}/interviews/${long.id}`, turns.length);
    if (n >= 2) tti.push(ms); // the first two loads warm the caches
    await page.close();
  }
  log(
    `transcript reader, time to interactive after the data arrived (${tti.length} loads): p50 ${percentile(tti, 50).toFixed(0)} ms, max ${Math.max(...tti).toFixed(0)} ms`,
  );

  await slowDown(signedIn);
  await signedIn.goto(`${url}/search`);
  await signedIn.locator('#q').waitFor();
  const latencies: number[] = [];
  for (const q of [QUERIES[0]!, ...QUERIES]) latencies.push(await searchLatency(signedIn, q));
  latencies.shift(); // the first query warms the caches
  log(
    `search as you type, last keystroke to results on screen (${latencies.length} queries): p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms`,
  );

  log('');
  log('| measure | figure | goal |');
  log('|---|---|---|');
  log(
    `| initial JavaScript, gzipped | ${(js.gzipped / KB).toFixed(1)} KB (${(js.bytes / KB).toFixed(0)} KB raw, ${js.files} files) | ≤ 300 KB: ${verdict(js.gzipped <= 300 * KB)} |`,
  );
  log(
    `| transcript reader, ${wordCount.toLocaleString('en-US')} words: time to interactive after the data arrived | p50 ${percentile(tti, 50).toFixed(0)} ms, max ${Math.max(...tti).toFixed(0)} ms | ≤ 300 ms: ${verdict(Math.max(...tti) <= 300)} |`,
  );
  log(
    `| search as you type, demo data: last keystroke to results | p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms | ≤ 100 ms: ${verdict(percentile(latencies, 95) <= 100)} |`,
  );
});
