import type { PartnershipRole } from '../domain/access.js';
import { createAccount } from '../services/accounts.js';
import { grantRole } from '../services/memberships.js';
import type { ServiceContext } from '../services/context.js';
import { DEMO_DISTRICTS } from './cast.js';

/**
 * One account per role, with passwords that are published (README): they sign in only on a
 * server started with --demo, never on a real one.
 */
export const DEMO_ACCOUNTS: { email: string; displayName: string; password: string; role: PartnershipRole; district?: string; isAdmin?: boolean }[] = [
  { email: 'admin@demo.warrant.test', displayName: 'Demo Administrator', password: 'demo-admin-password', role: 'admin', isAdmin: true },
  { email: 'lead@demo.warrant.test', displayName: 'Ana Morales', password: 'demo-lead-password', role: 'lead' },
  { email: 'analyst@demo.warrant.test', displayName: 'Ben Okafor', password: 'demo-analyst-password', role: 'analyst' },
  { email: 'observer@demo.warrant.test', displayName: 'Chloe Nguyen', password: 'demo-observer-password', role: 'observer' },
  {
    email: 'partner@demo.warrant.test',
    displayName: 'Lakeside partner leader',
    password: 'demo-partner-password',
    role: 'partner',
    district: DEMO_DISTRICTS[0]!.name,
  },
];

export async function createDemoAccounts(ctx: ServiceContext, partnershipId: string): Promise<void> {
  for (const a of DEMO_ACCOUNTS) {
    const account = await createAccount(ctx, { email: a.email, displayName: a.displayName, password: a.password, isDemo: true, isAdmin: Boolean(a.isAdmin) });
    await grantRole(ctx, { accountId: account.id, partnershipId, role: a.role, district: a.district ?? null });
  }
}
