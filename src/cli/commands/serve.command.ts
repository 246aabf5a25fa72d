import { serve } from '@hono/node-server';
import { type Command, InvalidArgumentError } from 'commander';
import { createApi } from '../../api/app.js';
import { DEFAULT_LISTEN, listeningAt } from '../../api/env.js';
import { DEMO_PARTNERSHIP } from '../../demo/cast.js';
import { DEMO_ACCOUNTS } from '../../demo/demo-accounts.js';
import { loadDemo } from '../../demo/load-demo.js';
import { linkAddress, setupLink } from '../../services/accounts.js';
import { removeAbandonedUploads } from '../../services/import-jobs.js';
import { describeTarget } from '../../services/database.js';
import { EXIT } from '../exit-codes.js';
import { publicUrl } from '../options.js';
import { VERSION } from '../version.js';
import { bold, print, printError, progressBar, yellow } from '../output.js';
import { openSession } from '../session.js';
import { globals } from '../session.js';
import { allPartnerships } from '../../services/directory.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 65535) throw new InvalidArgumentError(`"${value}" is not a port number (1–65535)`);
  return n;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('start the Warrant server (HTTP JSON API)')
    .option('-p, --port <port>', 'port to listen on', port, DEFAULT_LISTEN.port)
    .option('--host <host>', 'address to listen on', DEFAULT_LISTEN.host)
    .option('--demo', 'on a new database, load the demo partnership first; let the demo accounts sign in')
    .option('--secure-cookies', 'send the session cookie only over HTTPS (behind a TLS proxy)')
    .option('--trust-proxy', "behind a proxy: take the client's address (for limiting failed sign-ins) from the last entry of X-Forwarded-For")
    .option(
      '--public-url <url>',
      'where people reach the server, e.g. https://warrant.example.edu: every link it hands out is built on it (default: the address it listens on)',
      publicUrl,
    )
    .action(async (opts: { port: number; host: string; demo?: boolean; secureCookies?: boolean; trustProxy?: boolean; publicUrl?: string }, cmd: Command) => {
      const session = await openSession(globals(cmd));
      const { ctx } = session;
      // A server killed during an import leaves the unpacked bundle (participants' words) behind.
      const abandoned = await removeAbandonedUploads();
      if (abandoned.length)
        print(
          `Removed ${abandoned.length === 1 ? 'the unpacked upload' : `${abandoned.length} unpacked uploads`} left by a server that stopped during an import: ${abandoned.join(', ')}`,
        );
      if (opts.demo) {
        const partnerships = await allPartnerships(ctx);
        if (partnerships.length === 0) {
          const bar = progressBar();
          await loadDemo(ctx, { onProgress: bar.update }).finally(bar.stop);
          print(`Loaded the demo partnership "${DEMO_PARTNERSHIP}".`);
        } else if (!partnerships.some((p) => p.name === DEMO_PARTNERSHIP)) {
          print(yellow('The database already holds data, so the demo was not loaded into it.'));
        }
      }
      const base = listeningAt(opts.host, opts.port);
      const publicBase = opts.publicUrl ?? base;
      const api = createApi(
        {
          store: ctx.store,
          demoMode: Boolean(opts.demo),
          secureCookies: Boolean(opts.secureCookies),
          trustProxy: Boolean(opts.trustProxy),
          publicUrl: publicBase,
          log: (line) => printError(`${new Date().toISOString()} ${line}`),
        },
        VERSION,
      );
      const setup = await setupLink({ ...ctx, actor: 'warrant serve' });
      const server = serve({ fetch: api.fetch, port: opts.port, hostname: opts.host }, () => {
        print(bold(`Warrant ${VERSION} is serving ${describeTarget(session.target)}`));
        print(`  Web app: ${base}/`);
        print(`  API:     ${base}/api (sign in: POST ${base}/api/auth/sign-in)`);
        print(`  OpenAPI: ${base}/api/openapi.json`);
        if (opts.publicUrl) print(`  Reached at ${publicBase}/ (links it hands out point there)`);
        if (setup) {
          print(yellow('  No administrator yet. Create one with this one-time link (valid 24 hours), or with `warrant user add --admin`:'));
          print(`  ${linkAddress(publicBase, 'setup', setup.token)}`);
        }
        if (opts.demo) {
          print('  Demo accounts (they sign in only on a server started with --demo):');
          for (const a of DEMO_ACCOUNTS) print(`    ${a.email.padEnd(30)} ${a.password.padEnd(24)} ${a.role}${a.district ? ` (${a.district})` : ''}`);
        }
        if (!LOOPBACK.has(opts.host) && !opts.secureCookies)
          print(yellow(`  Listening on ${opts.host} without --secure-cookies: put it behind HTTPS before anyone signs in over a network.`));
        if (!LOOPBACK.has(opts.host) && !opts.publicUrl)
          print(yellow(`  Listening on ${opts.host} without --public-url: the links it hands out (invitations, password resets) point to ${base}.`));
        print('Press Ctrl+C to stop.');
      });
      server.on('error', (e: NodeJS.ErrnoException) => {
        printError(
          `warrant: cannot listen on ${opts.host}:${opts.port}: ${e.code === 'EADDRINUSE' ? 'the port is in use (choose another with --port)' : e.message}`,
        );
        void session.close().finally(() => process.exit(EXIT.failure));
      });
      const stop = () => {
        server.close(() => void session.close().finally(() => process.exit(0)));
        setTimeout(() => process.exit(0), 5000).unref();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
