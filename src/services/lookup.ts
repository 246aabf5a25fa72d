import { splitWithDistrict, withDistrict } from '../domain/directory.js';
import { invalid, notFound } from '../domain/errors.js';
import type { CycleRow } from '../storage/repositories/cycle.repository.js';
import type { InstrumentRow } from '../storage/repositories/instrument.repository.js';
import type { InterviewRow } from '../storage/repositories/interview.repository.js';
import type { OrganizationRow } from '../storage/repositories/organization.repository.js';
import type { ParticipantRow } from '../storage/repositories/participant.repository.js';
import type { OrganizationKind } from '../storage/schema.js';
import type { ServiceContext } from './context.js';

/** Finds records by the ID or the name a user types, within one partnership. */

const KIND_NAMES: Record<OrganizationKind, string> = { district: 'district', school: 'school', unit: 'unit' };

export async function organizationOf(
  ctx: ServiceContext,
  partnershipId: string,
  kind: OrganizationKind,
  idOrName: string,
  districtId?: string,
): Promise<OrganizationRow> {
  let found = await ctx.store.organizations.resolve(partnershipId, kind, idOrName.trim());
  // A school or unit may be named with its district: "Oak Ridge Middle School (Riverton)".
  const split = kind !== 'district' && found.length === 0 ? splitWithDistrict(idOrName) : undefined;
  if (split) {
    const districts = await ctx.store.organizations.resolve(partnershipId, 'district', split.district);
    const inDistricts = new Set(districts.map((d) => d.id));
    found = (await ctx.store.organizations.resolve(partnershipId, kind, split.name)).filter((o) => o.district_id !== null && inDistricts.has(o.district_id));
  }
  if (districtId) found = found.filter((o) => o.district_id === districtId);
  if (found.length === 1) return found[0]!;
  if (found.length === 0) throw notFound(KIND_NAMES[kind], JSON.stringify(idOrName));
  const names = new Map((await ctx.store.organizations.list(partnershipId, 'district')).map((d) => [d.id, d.name]));
  const choices = found.map((o) => (o.district_id && names.has(o.district_id) ? `"${withDistrict(o.name, names.get(o.district_id)!)}"` : o.id)).sort();
  throw invalid(`${found.length} ${KIND_NAMES[kind]}s are called "${idOrName}": name one with its district (${choices.join(' or ')})`, {
    field: kind === 'unit' ? 'unit' : kind,
  });
}

export const districtOf = (ctx: ServiceContext, partnershipId: string, idOrName: string) => organizationOf(ctx, partnershipId, 'district', idOrName);

export async function cycleOf(ctx: ServiceContext, partnershipId: string, idOrLabel: string): Promise<CycleRow> {
  const found = (await ctx.store.cycles.byId(idOrLabel)) ?? (await ctx.store.cycles.byLabel(partnershipId, idOrLabel.trim()));
  if (!found || found.partnership_id !== partnershipId) throw notFound('cycle', JSON.stringify(idOrLabel));
  return found;
}

export async function latestCycle(ctx: ServiceContext, partnershipId: string): Promise<CycleRow> {
  const cycles = await ctx.store.cycles.list(partnershipId);
  const latest = cycles.at(-1);
  if (!latest) throw invalid('the partnership has no cycles yet: import interviews first');
  return latest;
}

export async function interviewOf(ctx: ServiceContext, partnershipId: string, idOrCode: string): Promise<InterviewRow> {
  const found = (await ctx.store.interviews.byId(idOrCode)) ?? (await ctx.store.interviews.byCode(partnershipId, idOrCode.trim()));
  if (!found || found.partnership_id !== partnershipId) throw notFound('interview', JSON.stringify(idOrCode));
  return found;
}

/** The fields of `o` that have a value (for options under exactOptionalPropertyTypes). */
export const withDefined = <T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };

/** Optional filters given by name or ID, resolved to IDs (unknown names are errors, not empty results). */
export async function resolveFilters(
  ctx: ServiceContext,
  partnershipId: string,
  f: { district?: string; school?: string; cycle?: string; role?: string },
): Promise<{ districtId?: string; organizationId?: string; cycleId?: string; role?: string }> {
  const district = f.district ? await districtOf(ctx, partnershipId, f.district) : undefined;
  const school = f.school ? await organizationOf(ctx, partnershipId, 'school', f.school, district?.id) : undefined;
  const cycle = f.cycle ? await cycleOf(ctx, partnershipId, f.cycle) : undefined;
  return {
    ...(district && { districtId: district.id }),
    ...(school && { organizationId: school.id }),
    ...(cycle && { cycleId: cycle.id }),
    ...(f.role && { role: f.role }),
  };
}

export async function participantOf(ctx: ServiceContext, partnershipId: string, idOrCode: string): Promise<ParticipantRow> {
  const found = (await ctx.store.participants.byId(idOrCode)) ?? (await ctx.store.participants.byCode(partnershipId, idOrCode.trim()));
  if (!found || found.partnership_id !== partnershipId) throw notFound('participant', JSON.stringify(idOrCode));
  return found;
}

export async function instrumentOf(ctx: ServiceContext, partnershipId: string, idOrName: string): Promise<InstrumentRow> {
  const found = (await ctx.store.instruments.byId(idOrName)) ?? (await ctx.store.instruments.byName(partnershipId, idOrName.trim().replace(/\s+/g, ' ')));
  if (!found || found.partnership_id !== partnershipId) throw notFound('instrument', JSON.stringify(idOrName));
  return found;
}
