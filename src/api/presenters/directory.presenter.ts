import type { AttributeValue } from '../../domain/participant-attributes.js';
import type { RoleGroup } from '../../domain/roles.js';
import type { EditedParticipant } from '../../services/participants.js';
import type { CycleRow } from '../../storage/repositories/cycle.repository.js';
import type { OrganizationRow } from '../../storage/repositories/organization.repository.js';
import type { ParticipantRow } from '../../storage/repositories/participant.repository.js';
import type { PartnershipRow } from '../../storage/repositories/partnership.repository.js';

export const presentPartnership = (p: PartnershipRow) => ({
  id: p.id,
  name: p.name,
  createdAt: p.created_at,
  quoteMinimum: p.quote_min_participants,
  quoteMinimumVersion: p.quote_min_version,
});

export const presentOrganization = (o: OrganizationRow) => ({ id: o.id, kind: o.kind, name: o.name, districtId: o.district_id });

export const presentCycle = (c: CycleRow) => ({ id: c.id, label: c.label });

export const presentParticipant = (r: ParticipantRow, attributes: Record<string, AttributeValue> = {}) => ({
  id: r.id,
  code: r.code,
  pseudonym: r.pseudonym,
  role: r.role as RoleGroup,
  districtId: r.district_id,
  organizationId: r.organization_id,
  unitId: r.unit_id,
  attributes,
  version: r.version,
});

const interviews = (n: number) => `${n} earlier interview${n === 1 ? '' : 's'}`;

export const presentEditedParticipant = (e: EditedParticipant, attributes: Record<string, AttributeValue> = {}) => ({
  participant: presentParticipant(e.participant, attributes),
  interviewsKept: e.interviewsKept,
  interviewsCorrected: e.interviewsCorrected,
  message: [
    `${e.participant.code} saved as version ${e.participant.version}`,
    e.interviewsCorrected > 0 && `${interviews(e.interviewsCorrected)} corrected to the new role and school`,
    e.interviewsKept > 0 && `${interviews(e.interviewsKept)} keep the role and school given at the time`,
  ]
    .filter(Boolean)
    .join('; '),
});
