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
      case 'claim':
        return (await db.selectFrom('claim as c').innerJoin('summary as s', 's.id', 'c.summary_id').select('s.partnership_id').where('c.id', '=', id).executeTakeFirst())
          ?.partnership_id;
      default:
        return undefined;
    }
  }
}

const TABLE = {
  organization: 'organization',
  cycle: 'cycle',
  participant: 'participant',
  interview: 'interview',
  summary: 'summary',
  finding: 'finding',
  citation: 'citation',
} as const;
