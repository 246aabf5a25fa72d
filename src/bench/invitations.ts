import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createAccount } from '../services/accounts.js';
import { answerInvitationLink, invite } from '../services/invitations.js';
import { createContext } from '../services/context.js';
import { createPartnership } from '../services/partnerships.js';
import { connect } from '../storage/database.js';
import { Store } from '../storage/store.js';
import { percentile } from './statistics.js';

/**
 * `node dist/bench/invitations.js`: how long answering an invitation link takes for an email that
 * has an account and for a new one (interleaved, on SQLite). The two must not tell apart by time
 * what they do not tell by answer.
 */
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '100' } } });
const runs = Number(args.runs);
const log = (line = '') => process.stdout.write(`${line}\n`);

const dir = await mkdtemp(join(tmpdir(), 'warrant-bench-invitations-'));
const store = Store.of(await connect({ dialect: 'sqlite', path: join(dir, 'warrant.db') }));
try {
  const lead = createContext(store, 'lead@example.org');
  const partnership = await createPartnership(lead, 'Bench partnership');
  for (let i = 0; i < runs; i++) await createAccount(lead, { email: `member-${i}@example.org`, displayName: 'Member', password: 'tidal wombat ledger' });
  const times = { existing: [] as number[], fresh: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const cases = [
      ['existing', `member-${i}@example.org`],
      ['fresh', `newcomer-${i}@example.org`],
    ] as const;
    for (const [kind, email] of i % 2 ? cases : [...cases].reverse()) {
      const { token } = await invite(lead, { partnershipId: partnership.id, email, role: 'analyst' });
      const started = performance.now();
      await answerInvitationLink(createContext(store, 'invitation'), { token, displayName: 'Someone', password: 'tidal wombat ledger' });
      times[kind].push(performance.now() - started);
    }
  }
  const line = (samples: number[]) =>
    `median ${percentile(samples, 50).toFixed(1)} ms, p90 ${percentile(samples, 90).toFixed(1)} ms, mean ${(samples.reduce((a, b) => a + b, 0) / samples.length).toFixed(1)} ms`;
  log(`answering an invitation link, ${runs} times each`);
  log(`  email with an account: ${line(times.existing)}`);
  log(`  new email:             ${line(times.fresh)}`);
} finally {
  await store.destroy();
  await rm(dir, { recursive: true, force: true });
}
