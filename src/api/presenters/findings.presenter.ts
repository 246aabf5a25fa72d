import type { z } from '@hono/zod-openapi';
import type { FindingView } from '../../services/findings.js';
import type { FindingSchema } from '../schemas/findings.schemas.js';
import { presentCitation } from './citations.presenter.js';
import { retired, versionInfo } from './common.presenter.js';

export const presentFinding = ({ finding, evidence }: FindingView): z.infer<typeof FindingSchema> => ({
  id: finding.id,
  districtId: finding.district_id,
  cycleId: finding.cycle_id,
  text: finding.text,
  retired: retired(finding),
  evidence: evidence.map(({ citation, claim }) => ({
    citation: presentCitation(citation),
    claim: { id: claim.id, text: claim.text, summaryId: claim.summary_id, summaryTitle: claim.summary_title },
  })),
  ...versionInfo(finding),
});

// ----- district design -----
