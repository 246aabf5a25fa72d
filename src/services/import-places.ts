import type { OrganizationRow } from '../storage/repositories/organization.repository.js';
import type { OrganizationKind } from '../storage/schema.js';
import type { ServiceContext } from './context.js';

/** Writes an import's audit entry for what it added (`action`, `entityKind`, `entityId`, `data`). */
type Record = (action: string, entityKind: string, entityId: string, data: unknown) => void;

const keyOf = (kind: string, name: string, districtId: string | null) => `${kind}\u0000${districtId ?? ''}\u0000${name}`;

/**
 * The districts, schools, central-office units and cycles an import names: found among the
 * partnership's, or added (each audited through `record`) and counted.
 */
export class ImportPlaces {
  private readonly organizations = new Map<string, OrganizationRow>();
  private readonly cycles = new Map<string, string>();
  readonly added = { organizations: 0, cycles: 0 };

  constructor(
    private readonly ctx: ServiceContext,
    private readonly partnershipId: string,
    private readonly at: string,
    private readonly record: Record,
  ) {}

  /** Reads the partnership's organizations and cycles; before any other call. */
  async load(): Promise<void> {
    for (const o of await this.ctx.store.organizations.list(this.partnershipId)) this.organizations.set(keyOf(o.kind, o.name, o.district_id), o);
    for (const c of await this.ctx.store.cycles.list(this.partnershipId)) this.cycles.set(c.label, c.id);
  }

  districts(): OrganizationRow[] {
    return [...this.organizations.values()].filter((o) => o.kind === 'district');
  }

  cycleLabels(): string[] {
    return [...this.cycles.keys()];
  }

  /** One of the partnership's, named exactly, or (with ignoreCase) in any case. */
  find(kind: OrganizationKind, name: string, districtId: string | null, ignoreCase = false): OrganizationRow | undefined {
    const exact = this.organizations.get(keyOf(kind, name, districtId));
    if (exact || !ignoreCase) return exact;
    const lower = name.toLowerCase();
    return [...this.organizations.values()].find((o) => o.kind === kind && o.district_id === districtId && o.name.toLowerCase() === lower);
  }

  async organization(kind: OrganizationKind, name: string, districtId: string | null, ignoreCase = false): Promise<OrganizationRow> {
    const found = this.find(kind, name, districtId, ignoreCase);
    if (found) return found;
    const row: OrganizationRow = {
      id: this.ctx.ids.next('organization'),
      partnership_id: this.partnershipId,
      kind,
      name,
      district_id: districtId,
      created_at: this.at,
    };
    await this.ctx.store.organizations.insert(row);
    this.organizations.set(keyOf(kind, name, districtId), row);
    this.added.organizations++;
    this.record('organization.create', 'organization', row.id, row);
    return row;
  }

  /** The cycle's ID, the cycle added if the partnership has none of that label. */
  async cycle(label: string): Promise<string> {
    const found = this.cycles.get(label);
    if (found) return found;
    const id = this.ctx.ids.next('cycle');
    await this.ctx.store.cycles.insert({ id, partnership_id: this.partnershipId, label, created_at: this.at });
    this.cycles.set(label, id);
    this.added.cycles++;
    this.record('cycle.create', 'cycle', id, { label });
    return id;
  }
}
