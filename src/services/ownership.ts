import { notFound } from '../domain/errors.js';
import type { ServiceContext } from './context.js';

/** The partnership a record belongs to, whatever its kind (undefined when no such record exists). */
export const partnershipOfRecord = (ctx: ServiceContext, id: string): Promise<string | undefined> => ctx.store.ownership.partnershipOf(id);

/** The district a record belongs to, when it belongs to one. */
export const districtOfRecord = (ctx: ServiceContext, id: string): Promise<string | undefined> => ctx.store.ownership.districtOf(id);

/** The partnership of a district named by ID, for routes addressed by the district. */
export async function partnershipOfDistrict(ctx: ServiceContext, districtId: string): Promise<string> {
  const partnershipId = await partnershipOfRecord(ctx, districtId);
  if (!partnershipId) throw notFound('district', JSON.stringify(districtId));
  return partnershipId;
}
