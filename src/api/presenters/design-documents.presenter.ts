import type { z } from '@hono/zod-openapi';
import { contentOf, type DesignDocumentState } from '../../services/design-documents.js';
import type { DddVersionRow } from '../../storage/repositories/design-document.repository.js';
import type { DesignDocumentSchema, DesignVersionSchema } from '../schemas/design-documents.schemas.js';
import { presentMemberCheck } from './member-checks.presenter.js';

export const presentDesignVersion = (v: DddVersionRow): z.infer<typeof DesignVersionSchema> => ({
  id: v.id,
  districtId: v.district_id,
  cycleId: v.cycle_id,
  number: v.number,
  basedOnId: v.based_on_id,
  reason: v.reason,
  issuedOn: v.issued_on,
  createdBy: v.created_by,
  createdAt: v.created_at,
  sections: contentOf(v).sections,
});

/** The design document as the caller may see it: partners get issued versions and the member checks, never the team's draft. */
export const presentDesignDocument = (state: DesignDocumentState, forTeam: boolean): z.infer<typeof DesignDocumentSchema> => ({
  district: { id: state.scope.district.id, name: state.scope.district.name },
  cycle: { id: state.scope.cycle.id, label: state.scope.cycle.label },
  versions: state.versions.map(presentDesignVersion),
  checks: state.checks.map((c) => presentMemberCheck(c, state.versions)),
  status: state.status,
  draft: forTeam ? { changedSinceIssued: state.changedSinceIssued, sections: state.current.sections } : null,
});
