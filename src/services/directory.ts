import { visiblePartnerships, type Principal } from '../domain/access.js';
import type { OrganizationKind } from '../storage/schema.js';
import type { CycleRow } from '../storage/repositories/cycle.repository.js';
import type { OrganizationRow } from '../storage/repositories/organization.repository.js';
import type { ParticipantRepository, ParticipantRow } from '../storage/repositories/participant.repository.js';
import type { PartnershipRow } from '../storage/repositories/partnership.repository.js';
import { attributeMatches } from '../domain/participant-attributes.js';
import type { ServiceContext } from './context.js';
import { attributeNamed, attributeValuesOf } from './participant-attributes.js';

/** Every partnership in the database (for the command line, which runs as its operator). */
export const allPartnerships = (ctx: ServiceContext): Promise<PartnershipRow[]> => ctx.store.partnerships.list();

/** The partnerships someone takes part in. */
export async function partnershipsOf(ctx: ServiceContext, principal: Principal): Promise<PartnershipRow[]> {
  const visible = visiblePartnerships(principal);
  return (await allPartnerships(ctx)).filter((p) => visible(p.id));
}

/** Districts, schools and central-office units, of one kind or all. */
export const organizationsOf = (ctx: ServiceContext, partnershipId: string, kind?: OrganizationKind): Promise<OrganizationRow[]> =>
  ctx.store.organizations.list(partnershipId, kind);

/** The cycles (school years), oldest first. */
export const cyclesOf = (ctx: ServiceContext, partnershipId: string): Promise<CycleRow[]> => ctx.store.cycles.list(partnershipId);

/** The roster, or the part of it in one district, organization or role group, or with a value of an attribute. */
export async function participantsOf(
  ctx: ServiceContext,
  partnershipId: string,
  filter: Parameters<ParticipantRepository['list']>[1] & { attribute?: { attribute: string; value: string } } = {},
): Promise<ParticipantRow[]> {
  const { attribute, ...rest } = filter;
  const rows = await ctx.store.participants.list(partnershipId, rest);
  if (!attribute) return rows;
  const def = await attributeNamed(ctx, partnershipId, attribute.attribute);
  const values = await attributeValuesOf(ctx, partnershipId);
  return rows.filter((r) => attributeMatches(def, values.get(r.id)?.[def.id], attribute.value));
}
