import type { z } from '@hono/zod-openapi';
import type { MemberCheckResponseKind } from '../../domain/member-check.js';
import type { MemberCheckView } from '../../services/design-documents.js';
import type { MemberCheckSchema } from '../schemas/member-checks.schemas.js';

/** A member check; `versions` are all of its document's versions: the one a correction went into, and whether a later one superseded it. */
export const presentMemberCheck = (
  view: MemberCheckView,
  versions: readonly { id: string; number: number; district_id: string }[],
): z.infer<typeof MemberCheckSchema> => ({
  id: view.check.id,
  versionId: view.check.ddd_version_id,
  versionNumber: view.versionNumber,
  districtId: versions.find((v) => v.id === view.check.ddd_version_id)?.district_id ?? '',
  message: view.check.message,
  sentBy: view.check.sent_by,
  sentAt: view.check.sent_at,
  sentOn: view.check.sent_on,
  recipients: view.recipients.map((r) => ({ accountId: r.accountId, name: r.name, email: r.email })),
  responses: view.responses.map((r) => ({
    id: r.id,
    section: r.section,
    accountId: r.account_id,
    name: r.display_name,
    response: r.response as MemberCheckResponseKind,
    text: r.text,
    createdAt: r.created_at,
    appliedInVersion: r.applied_in_id ? (versions.find((v) => v.id === r.applied_in_id)?.number ?? null) : null,
  })),
  status: view.status,
  superseded: versions.some((v) => v.number > view.versionNumber),
});
