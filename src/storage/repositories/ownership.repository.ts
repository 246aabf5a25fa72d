import type { Kysely } from 'kysely';
import { type EntityKind, kindOfId } from '../../domain/ids.js';
import type { Database } from '../schema.js';

/** Which partnership a record belongs to, from its ID alone: the basis of every access decision on an item. */
export class OwnershipRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async partnershipOf(id: string): Promise<string | undefined> {
    const kind: EntityKind | undefined = kindOfId(id);
    const db = this.db;
    const viaInterview = async (interviewId: string | undefined) =>
      interviewId && (await db.selectFrom('interview').select('partnership_id').where('id', '=', interviewId).executeTakeFirst())?.partnership_id;
    switch (kind) {
      case 'partnership':
        return (await db.selectFrom('partnership').select('id').where('id', '=', id).executeTakeFirst())?.id;
      case 'organization':
      case 'cycle':
      case 'participant':
      case 'interview':
      case 'summary':
      case 'finding':
      case 'citation':
        return (await db.selectFrom(TABLE[kind]).select('partnership_id').where('id', '=', id).executeTakeFirst())?.partnership_id;
      case 'isfTemplate':
        return (await db.selectFrom('isf_template').select('partnership_id').where('id', '=', id).executeTakeFirst())?.partnership_id;
      case 'transcript':
        return viaInterview((await db.selectFrom('transcript').select('interview_id').where('id', '=', id).executeTakeFirst())?.interview_id);
      case 'excerpt':
        return viaInterview((await db.selectFrom('excerpt').select('interview_id').where('id', '=', id).executeTakeFirst())?.interview_id);
      case 'isf':
        return viaInterview((await db.selectFrom('isf').select('interview_id').where('id', '=', id).executeTakeFirst())?.interview_id);
      case 'isfEntry':
        return viaInterview(
          (await db.selectFrom('isf_entry as e').innerJoin('isf as f', 'f.id', 'e.isf_id').select('f.interview_id').where('e.id', '=', id).executeTakeFirst())?.interview_id,
        );
      case 'supportType':
      case 'strategy':
      case 'artifact':
      case 'assessment':
      case 'dddVersion':
      case 'memberCheck':
      case 'strategyEvidence':
      case 'implementation':
      case 'explanation':
      case 'toaComponent':
      case 'conjecture':
      case 'literature':
      case 'retrospective':
      case 'toaIteration':
      case 'recommendation':
      case 'feedbackReport':
      case 'feedbackMeeting':
      case 'uptake':
      case 'evidenceLink':
        return (await db.selectFrom(TABLE[kind]).select('partnership_id').where('id', '=', id).executeTakeFirst())?.partnership_id;
      case 'conjectureRevision':
        return (
          await db.selectFrom('conjecture_revision as r').innerJoin('conjecture as c', 'c.id', 'r.conjecture_id').select('c.partnership_id').where('r.id', '=', id).executeTakeFirst()
        )?.partnership_id;
      case 'strategyElement':
        return (
          await db.selectFrom('strategy_element as e').innerJoin('strategy as s', 's.id', 'e.strategy_id').select('s.partnership_id').where('e.id', '=', id).executeTakeFirst()
        )?.partnership_id;
      case 'memberCheckResponse':
        return (
          await db
            .selectFrom('member_check_response as r')
            .innerJoin('member_check as c', 'c.id', 'r.member_check_id')
            .select('c.partnership_id')
            .where('r.id', '=', id)
            .executeTakeFirst()
        )?.partnership_id;
      case 'claim':
        return (await db.selectFrom('claim as c').innerJoin('summary as s', 's.id', 'c.summary_id').select('s.partnership_id').where('c.id', '=', id).executeTakeFirst())
          ?.partnership_id;
      default:
        return undefined;
    }
  }

  /**
   * The district a record is shared with, for what partner leaders may see: a district itself, or
   * an issued design-document version, its member check, or a response to it.
   */
  async districtOf(id: string): Promise<string | undefined> {
    const db = this.db;
    switch (kindOfId(id)) {
      case 'organization':
        return (await db.selectFrom('organization').select('id').where('id', '=', id).where('kind', '=', 'district').executeTakeFirst())?.id;
      case 'dddVersion':
        return (await db.selectFrom('ddd_version').select('district_id').where('id', '=', id).executeTakeFirst())?.district_id;
      case 'memberCheck':
        return (
          await db.selectFrom('member_check as c').innerJoin('ddd_version as v', 'v.id', 'c.ddd_version_id').select('v.district_id').where('c.id', '=', id).executeTakeFirst()
        )?.district_id;
      default:
        return undefined;
    }
  }
}

const TABLE = {
  supportType: 'support_type',
  strategy: 'strategy',
  artifact: 'artifact',
  assessment: 'assessment',
  dddVersion: 'ddd_version',
  memberCheck: 'member_check',
  strategyEvidence: 'strategy_evidence',
  implementation: 'implementation',
  explanation: 'explanation',
  toaComponent: 'toa_component',
  conjecture: 'conjecture',
  literature: 'literature',
  retrospective: 'retrospective',
  toaIteration: 'toa_iteration',
  recommendation: 'recommendation',
  feedbackReport: 'feedback_report',
  feedbackMeeting: 'feedback_meeting',
  uptake: 'uptake',
  evidenceLink: 'evidence_link',
  organization: 'organization',
  cycle: 'cycle',
  participant: 'participant',
  interview: 'interview',
  summary: 'summary',
  finding: 'finding',
  citation: 'citation',
} as const;
