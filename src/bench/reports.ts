import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadDemo } from '../demo/load-demo.js';
import { REPORT_FORMATS } from '../reports/document.js';
import { renderReport } from '../reports/render/index.js';
import { createContext } from '../services/context.js';
import { designDocumentReport } from '../services/design-report.js';
import { resolvePartnership } from '../services/partnerships.js';
import { connect } from '../storage/database.js';
import { Store } from '../storage/store.js';
import { percentile } from './statistics.js';

/**
 * `npm run bench` (reports part): how long the District Design Document takes to make, from the
 * data to the file, on the demo partnership, in each format and for each audience.
 */
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '20' } } });
const runs = Number(args.runs);
const log = (line = '') => process.stdout.write(`${line}\n`);

const root = await mkdtemp(join(tmpdir(), 'warrant-bench-reports-'));
const store = Store.of(await connect({ dialect: 'sqlite', path: join(root, 'warrant.db') }));
try {
  const ctx = createContext(store, 'bench');
  await loadDemo(ctx);
  const partnershipId = (await resolvePartnership(ctx)).id;
  const district = (await store.organizations.list(partnershipId, 'district')).find((d) => d.name === 'Lakeside Public Schools')!;
  log(`District Design Document of ${district.name}, 2010-11 (demo), ${runs} runs each, from the data to the file`);
  log('');
  log('| format | audience | p50 (ms) | max (ms) | size (KB) |');
  log('|---|---|---|---|---|');
  for (const format of REPORT_FORMATS) {
    for (const audience of ['partner', 'team'] as const) {
      const times: number[] = [];
      let size = 0;
      for (let i = 0; i < (format === 'pdf' ? Math.min(runs, 5) : runs) + 1; i++) {
        const start = performance.now();
        const doc = await designDocumentReport(ctx, { partnershipId, district: district.id, cycle: '2010-11', audience });
        const bytes = await renderReport(doc, format);
        // The first run warms the caches up and does not count.
        if (i > 0) times.push(performance.now() - start);
        size = bytes.length;
      }
      log(`| ${format} | ${audience} | ${percentile(times, 50).toFixed(1)} | ${Math.max(...times).toFixed(1)} | ${(size / 1024).toFixed(1)} |`);
    }
  }
} finally {
  await store.destroy();
  await rm(root, { recursive: true, force: true });
}
