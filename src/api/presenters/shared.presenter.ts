import type { z } from '@hono/zod-openapi';
import { answeredBy, sharedAnything, type SharedWithDistrict } from '../../services/shared-documents.js';
import type { SharedWithDistrictSchema } from '../schemas/shared.schemas.js';

/** What was shared with a district, cycle by cycle; the member checks as they concern the caller. */
export function presentSharedWithDistrict(shared: SharedWithDistrict, accountId: string): z.infer<typeof SharedWithDistrictSchema> {
  const cycles = shared.cycles.map((c) => ({
    cycle: { id: c.cycle.id, label: c.cycle.label },
    designDocument: {
      versions: c.versions.map((v) => ({ id: v.id, number: v.number, issuedOn: v.issued_on, createdAt: v.created_at })),
      status: c.status,
    },
    memberChecks: c.checks.map((view) => {
      const { answered, sections } = answeredBy(view, c.versions, accountId);
      return {
        id: view.check.id,
        versionNumber: view.versionNumber,
        sentAt: view.check.sent_at,
        sentOn: view.check.sent_on,
        sentBy: view.check.sent_by,
        status: view.status,
        superseded: c.versions.some((v) => v.number > view.versionNumber),
        sentToYou: view.recipients.some((r) => r.accountId === accountId),
        youAnswered: answered,
        sections,
      };
    }),
    feedbackReports: c.reports.map((r) => ({ number: r.number, sentOn: r.sent_on, reason: r.reason })),
    shared: sharedAnything(c),
  }));
  return {
    district: { id: shared.district.id, name: shared.district.name },
    cycles,
    newestShared: cycles.find((c) => c.shared)?.cycle.label ?? null,
  };
}
