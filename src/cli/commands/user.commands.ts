import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { DEFAULT_PUBLIC_URL } from '../../api/env.js';
import { invalid } from '../../domain/errors.js';
import { accountOf, createAccount, disableAccount, linkAddress, listAccounts, membershipsOf, publicAccount, resetLink } from '../../services/accounts.js';
import { partnershipInvitations, withdrawInvitation } from '../../services/invitations.js';
import { grantOrChangeRole, grantRole, removeMember } from '../../services/memberships.js';
import { resolvePartnership } from '../../services/partnerships.js';
import { PASSWORD_ADVICE } from '../../services/passwords.js';
import { publicUrl } from '../options.js';
import { print, printJson, printTable } from '../output.js';
import { withSession } from '../session.js';
import { allPartnerships } from '../../services/directory.js';

/** A password from the first line of standard input (--password-stdin), or typed at a prompt without echo. */
async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    throw invalid('no password on standard input');
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const ask = (q: string) =>
    new Promise<string>((resolve) => {
      process.stderr.write(q);
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
      rl.question('', (answer) => {
        process.stderr.write('\n');
        resolve(answer);
      });
    });
  const first = await ask(`Password (${PASSWORD_ADVICE}): `);
  const again = await ask('Again: ');
  rl.close();
  if (first !== again) throw invalid('the two passwords differ');
  return first;
}

export function registerUserCommands(program: Command): void {
  const user = program
    .command('user')
    .description('accounts: add, list, give roles, remove from the partnership, list and withdraw invitations, reset passwords, disable');

  user
    .command('add')
    .description('create an account (asks for its password, or reads it from standard input)')
    .requiredOption('--email <email>')
    .requiredOption('--name <name>', 'the name shown for the account')
    .option('--admin', 'an administrator of this installation')
    .option('--role <role>', 'its role in the partnership (--partnership): lead, analyst, observer, partner, admin')
    .option('--district <district>', "a partner leader's district")
    .option('--password-stdin', 'read the password from the first line of standard input')
    .action(async (opts: { email: string; name: string; admin?: boolean; role?: string; district?: string; passwordStdin?: boolean }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const password = await readPassword(Boolean(opts.passwordStdin));
        const account = await createAccount(s.ctx, { email: opts.email, displayName: opts.name, password, isAdmin: Boolean(opts.admin) });
        if (opts.role) {
          const p = await resolvePartnership(s.ctx, o.partnership);
          await grantRole(s.ctx, { accountId: account.id, partnershipId: p.id, role: opts.role, district: opts.district ?? null });
        }
        print(`created ${account.email} (${account.id})${opts.admin ? ', administrator' : ''}${opts.role ? `, ${opts.role}` : ''}`);
      }),
    );

  user
    .command('list')
    .option('--json', 'print as JSON')
    .action(async (_opts: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const accounts = await listAccounts(s.ctx);
        if (o.json) return printJson(accounts.map(publicAccount));
        const partnerships = new Map((await allPartnerships(s.ctx)).map((p) => [p.id, p.name]));
        const rows = [];
        for (const a of accounts) {
          const roles = (await membershipsOf(s.ctx, a.id)).map((m) => `${m.role} in ${partnerships.get(m.partnership_id) ?? m.partnership_id}`);
          rows.push([
            a.email,
            a.display_name,
            [a.is_admin ? 'administrator' : '', ...roles].filter(Boolean).join('; ') || '-',
            a.disabled_at ? 'disabled' : a.is_demo ? 'demo' : 'active',
          ]);
        }
        printTable(['email', 'name', 'roles', 'state'], rows);
      }),
    );

  user
    .command('grant')
    .description('give an account its role in the partnership')
    .argument('<email>')
    .requiredOption('--role <role>', 'lead, analyst, observer, partner or admin')
    .option('--district <district>', "a partner leader's district")
    .action(async (email: string, opts: { role: string; district?: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const account = await accountOf(s.ctx, email);
        const p = await resolvePartnership(s.ctx, o.partnership);
        await grantOrChangeRole(s.ctx, { accountId: account.id, partnershipId: p.id, role: opts.role, district: opts.district ?? null });
        print(`${account.email} is ${opts.role} in ${p.name}`);
      }),
    );

  user
    .command('remove')
    .description('remove an account from the partnership (it keeps its other partnerships)')
    .argument('<email>')
    .requiredOption('--reason <text>', 'why (kept in the history)')
    .action(async (email: string, opts: { reason: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const account = await accountOf(s.ctx, email);
        const p = await resolvePartnership(s.ctx, o.partnership);
        await removeMember(s.ctx, { accountId: account.id, partnershipId: p.id, reason: opts.reason, byAdministrator: true });
        print(`${account.email} no longer takes part in ${p.name}`);
      }),
    );

  user
    .command('invitations')
    .description("the partnership's invitations still open: to whom, which role, who sent it, until when")
    .option('--json', 'print as JSON')
    .action(async (_opts: unknown, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await resolvePartnership(s.ctx, o.partnership);
        const invitations = await partnershipInvitations(s.ctx, p.id);
        if (o.json) {
          return printJson(
            invitations.map((i) => ({
              id: i.id,
              email: i.email,
              role: i.role,
              districtId: i.district_id,
              districtName: i.district_name,
              invitedBy: i.created_by,
              createdAt: i.created_at,
              expiresAt: i.expires_at,
            })),
          );
        }
        if (!invitations.length) return print(`no invitation to ${p.name} is open`);
        printTable(
          ['invitation', 'email', 'role', 'invited by', 'on', 'open until'],
          invitations.map((i) => [i.id, i.email ?? '', `${i.role}${i.district_name ? ` (${i.district_name})` : ''}`, i.created_by, i.created_at, i.expires_at]),
        );
      }),
    );

  user
    .command('withdraw-invitation')
    .description('withdraw an open invitation to the partnership: its link no longer works')
    .argument('<invitation>', 'its ID (see `warrant user invitations`)')
    .requiredOption('--reason <text>', 'why (kept in the history)')
    .action(async (invitation: string, opts: { reason: string }, cmd: Command) =>
      withSession(cmd, async (s, o) => {
        const p = await resolvePartnership(s.ctx, o.partnership);
        await withdrawInvitation(s.ctx, { partnershipId: p.id, invitationId: invitation, reason: opts.reason, byAdministrator: true });
        print(`invitation ${invitation} to ${p.name} is withdrawn`);
      }),
    );

  user
    .command('reset-link')
    .description('a one-time password reset link for an account (valid 24 hours)')
    .argument('<email>')
    .option('--public-url <url>', 'where people reach the server, as given to `warrant serve --public-url`', publicUrl, DEFAULT_PUBLIC_URL)
    .action(async (email: string, opts: { publicUrl: string }, cmd: Command) =>
      withSession(cmd, async (s) => {
        const link = await resetLink(s.ctx, email);
        print(linkAddress(opts.publicUrl, 'reset', link.token));
        print(`valid until ${link.expiresAt}`);
      }),
    );

  user
    .command('disable')
    .description('disable an account and end its sessions')
    .argument('<email>')
    .requiredOption('--reason <text>')
    .action(async (email: string, opts: { reason: string }, cmd: Command) =>
      withSession(cmd, async (s) => {
        await disableAccount(s.ctx, email, opts.reason);
        print(`${email} is disabled`);
      }),
    );
}
