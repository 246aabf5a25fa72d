import { checkName } from '../domain/directory.js';
import { invalid, notFound, WarrantError } from '../domain/errors.js';
import type { OrganizationRow } from '../storage/repositories/organization.repository.js';
import type { OrganizationKind } from '../storage/schema.js';
import { audit, inTransaction, now, type ServiceContext } from './context.js';
import { districtOf } from './lookup.js';

const WHAT: Record<OrganizationKind, string> = { district: 'a district', school: 'a school', unit: 'a central-office unit' };
const KIND: Record<OrganizationKind, string> = { district: 'district', school: 'school', unit: 'central-office unit' };

function nameOf(value: string, kind: OrganizationKind): string {
  const name = checkName(value, 'name', WHAT[kind]);
  if (typeof name !== 'string') throw invalid(name.message, { field: name.field });
  return name;
}

/** Another organization of the kind with this name where names must differ: districts in the partnership, schools and units in their district. */
async function sameName(ctx: ServiceContext, partnershipId: string, kind: OrganizationKind, name: string, districtId: string | null) {
  const lower = name.toLowerCase();
  return (await ctx.store.organizations.list(partnershipId, kind)).find((o) => o.name.toLowerCase() === lower && o.district_id === districtId);
}

function duplicate(kind: OrganizationKind, name: string, district: OrganizationRow | null): never {
  throw invalid(`name: ${district ? `${district.name} already has a ${KIND[kind]}` : `the partnership already has a district`} named "${name}"`, {
    field: 'name',
  });
}

export interface NewOrganization {
  partnershipId: string;
  kind: OrganizationKind;
  name: string;
  /** The district of a school or unit (its ID or name). */
  district?: string;
}

/** Adds a district, or a school or central-office unit of a district, by hand (an import adds those its roster names). */
export function addOrganization(ctx: ServiceContext, input: NewOrganization): Promise<OrganizationRow> {
  return inTransaction(ctx, async (tx) => {
    const name = nameOf(input.name, input.kind);
    let district: OrganizationRow | null = null;
    if (input.kind === 'district') {
      if (input.district) throw invalid('district: a district belongs to no other district', { field: 'district' });
    } else {
      if (!input.district?.trim()) throw invalid(`district: ${WHAT[input.kind]} needs its district`, { field: 'district' });
      district = await districtOf(tx, input.partnershipId, input.district).catch((e: unknown) => {
        throw e instanceof WarrantError && e.code === 'not_found'
          ? invalid(`district: there is no district "${input.district!.trim()}" in the partnership: add it first`, { field: 'district' })
          : e;
      });
    }
    if (await sameName(tx, input.partnershipId, input.kind, name, district?.id ?? null)) duplicate(input.kind, name, district);
    const row: OrganizationRow = {
      id: tx.ids.next('organization'),
      partnership_id: input.partnershipId,
      kind: input.kind,
      name,
      district_id: district?.id ?? null,
      created_at: now(tx),
    };
    await tx.store.organizations.insert(row);
    await audit(tx, { action: 'organization.create', entityKind: 'organization', entityId: row.id, data: row });
    return row;
  });
}

/**
 * Renames a district, school or unit. Interviews name their organization by ID, so they follow the
 * new name; the audit trail keeps the old one and the reason.
 */
export function renameOrganization(ctx: ServiceContext, input: { id: string; name: string; reason?: string }): Promise<OrganizationRow> {
  return inTransaction(ctx, async (tx) => {
    const row = await tx.store.organizations.byId(input.id);
    if (!row) throw notFound('organization', JSON.stringify(input.id));
    const name = nameOf(input.name, row.kind);
    if (name === row.name) return row;
    const other = await sameName(tx, row.partnership_id, row.kind, name, row.district_id);
    if (other && other.id !== row.id) duplicate(row.kind, name, row.district_id ? ((await tx.store.organizations.byId(row.district_id)) ?? null) : null);
    await tx.store.organizations.rename(row.id, name);
    await audit(tx, {
      action: 'organization.rename',
      entityKind: 'organization',
      entityId: row.id,
      ...(input.reason?.trim() && { reason: input.reason.trim() }),
      data: { from: row.name, to: name },
    });
    return { ...row, name };
  });
}
