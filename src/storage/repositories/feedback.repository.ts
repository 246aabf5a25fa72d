import type { Insertable, Kysely, Selectable } from 'kysely';
import type {
  Database,
  EvidenceLinkTable,
  ExplanationTable,
  FeedbackMeetingTable,
  FeedbackNarrativeTable,
  FeedbackReportTable,
  ImplementationTable,
  RecommendationTable,
  UptakeTable,
} from '../schema.js';
import { type Retirement, retireRow } from './retire.js';
import { updateIfVersion } from './versioned.js';

export type ImplementationRow = Selectable<ImplementationTable>;
export type ExplanationRow = Selectable<ExplanationTable>;
export type RecommendationRow = Selectable<RecommendationTable>;
export type FeedbackReportRow = Selectable<FeedbackReportTable>;
export type FeedbackMeetingRow = Selectable<FeedbackMeetingTable>;
export type UptakeRow = Selectable<UptakeTable>;
export type FeedbackNarrativeRow = Selectable<FeedbackNarrativeTable>;

/** A live evidence link with what its cited record says (the columns of the cited record's kind; null for the others or when it is missing). */
export interface LinkWithCitedRow extends Selectable<EvidenceLinkTable> {
  finding_text: string | null;
  finding_retired_at: string | null;
  aspect: string | null;
  judgement: string | null;
  rationale: string | null;
  conjecture_text: string | null;
  conjecture_retired_at: string | null;
  explanation_text: string | null;
  organization_name: string | null;
  literature_authors: string | null;
  literature_year: number | null;
  literature_title: string | null;
  literature_source: string | null;
  retrospective_title: string | null;
  retrospective_summary: string | null;
  quote: string | null;
  excerpt_retired_at: string | null;
  uptake_status: string | null;
  recommendation_text: string | null;
  score_level: number | null;
  score_dimension: string | null;
  score_rubric: string | null;
  score_retired_at: string | null;
}
export type EvidenceLinkRow = Selectable<EvidenceLinkTable>;

/** From findings to feedback: implementation, explanations, recommendations, the report's sending and meeting, uptake, and what each rests on. */
export class FeedbackRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insertImplementation(row: Insertable<ImplementationTable>): Promise<void> {
    await this.db.insertInto('implementation').values(row).execute();
  }

  implementationOf(elementId: string, cycleId: string): Promise<ImplementationRow | undefined> {
    return this.db.selectFrom('implementation').selectAll().where('element_id', '=', elementId).where('cycle_id', '=', cycleId).executeTakeFirst();
  }

  implementationById(id: string): Promise<ImplementationRow | undefined> {
    return this.db.selectFrom('implementation').selectAll().where('id', '=', id).executeTakeFirst();
  }

  implementations(districtId: string, cycleId: string): Promise<ImplementationRow[]> {
    return this.db
      .selectFrom('implementation')
      .selectAll()
      .where('district_id', '=', districtId)
      .where('cycle_id', '=', cycleId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  updateImplementation(id: string, changes: Partial<ImplementationRow>, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'implementation', id, changes, { fromVersion, by, at });
  }

  async insertExplanation(row: Insertable<ExplanationTable>): Promise<void> {
    await this.db.insertInto('explanation').values(row).execute();
  }

  explanationById(id: string): Promise<ExplanationRow | undefined> {
    return this.db.selectFrom('explanation').selectAll().where('id', '=', id).executeTakeFirst();
  }

  explanations(strategyIds: readonly string[]): Promise<ExplanationRow[]> {
    if (strategyIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('explanation')
      .selectAll()
      .where('strategy_id', 'in', [...strategyIds])
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  updateExplanation(id: string, changes: Partial<ExplanationRow>, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'explanation', id, changes, { fromVersion, by, at });
  }

  async insertRecommendation(row: Insertable<RecommendationTable>): Promise<void> {
    await this.db.insertInto('recommendation').values(row).execute();
  }

  recommendationById(id: string): Promise<RecommendationRow | undefined> {
    return this.db.selectFrom('recommendation').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Live recommendations of the strategies, in their order; all of the partnership when no strategies are named. */
  recommendations(partnershipId: string, strategyIds?: readonly string[]): Promise<RecommendationRow[]> {
    let q = this.db.selectFrom('recommendation').selectAll().where('partnership_id', '=', partnershipId).where('retired_at', 'is', null);
    if (strategyIds) {
      if (strategyIds.length === 0) return Promise.resolve([]);
      q = q.where('strategy_id', 'in', [...strategyIds]);
    }
    return q.orderBy('strategy_id').orderBy('position').orderBy('created_at').execute();
  }

  async nextRecommendationPosition(strategyId: string): Promise<number> {
    const row = await this.db
      .selectFrom('recommendation')
      .select((eb) => eb.fn.max<number>('position').as('p'))
      .where('strategy_id', '=', strategyId)
      .executeTakeFirst();
    return Number(row?.p ?? 0) + 1;
  }

  updateRecommendation(id: string, changes: Partial<RecommendationRow>, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'recommendation', id, changes, { fromVersion, by, at, live: true });
  }

  retireRecommendation(id: string, r: Retirement): Promise<void> {
    return retireRow(this.db, 'recommendation', id, r);
  }

  async insertReport(row: Insertable<FeedbackReportTable>): Promise<void> {
    await this.db.insertInto('feedback_report').values(row).execute();
  }

  reports(partnershipId: string, f: { districtId?: string; cycleId?: string } = {}): Promise<FeedbackReportRow[]> {
    let q = this.db.selectFrom('feedback_report').selectAll().where('partnership_id', '=', partnershipId);
    if (f.districtId) q = q.where('district_id', '=', f.districtId);
    if (f.cycleId) q = q.where('cycle_id', '=', f.cycleId);
    return q.orderBy('number').orderBy('id').execute();
  }

  async insertMeeting(row: Insertable<FeedbackMeetingTable>): Promise<void> {
    await this.db.insertInto('feedback_meeting').values(row).execute();
  }

  meetings(partnershipId: string, f: { districtId?: string; cycleId?: string } = {}): Promise<FeedbackMeetingRow[]> {
    let q = this.db.selectFrom('feedback_meeting').selectAll().where('partnership_id', '=', partnershipId);
    if (f.districtId) q = q.where('district_id', '=', f.districtId);
    if (f.cycleId) q = q.where('cycle_id', '=', f.cycleId);
    return q.orderBy('held_on').orderBy('id').execute();
  }

  async insertNarrative(row: Insertable<FeedbackNarrativeTable>): Promise<void> {
    await this.db.insertInto('feedback_narrative').values(row).execute();
  }

  narrativeById(id: string): Promise<FeedbackNarrativeRow | undefined> {
    return this.db.selectFrom('feedback_narrative').selectAll().where('id', '=', id).executeTakeFirst();
  }

  narrativeOf(districtId: string, cycleId: string, section: string): Promise<FeedbackNarrativeRow | undefined> {
    return this.db
      .selectFrom('feedback_narrative')
      .selectAll()
      .where('district_id', '=', districtId)
      .where('cycle_id', '=', cycleId)
      .where('section', '=', section)
      .executeTakeFirst();
  }

  narratives(districtId: string, cycleId: string): Promise<FeedbackNarrativeRow[]> {
    return this.db
      .selectFrom('feedback_narrative')
      .selectAll()
      .where('district_id', '=', districtId)
      .where('cycle_id', '=', cycleId)
      .orderBy('section')
      .execute();
  }

  updateNarrative(id: string, changes: Partial<FeedbackNarrativeRow>, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'feedback_narrative', id, changes, { fromVersion, by, at });
  }

  async insertUptake(row: Insertable<UptakeTable>): Promise<void> {
    await this.db.insertInto('uptake').values(row).execute();
  }

  uptakeOf(recommendationId: string, cycleId: string): Promise<UptakeRow | undefined> {
    return this.db.selectFrom('uptake').selectAll().where('recommendation_id', '=', recommendationId).where('cycle_id', '=', cycleId).executeTakeFirst();
  }

  uptakeById(id: string): Promise<UptakeRow | undefined> {
    return this.db.selectFrom('uptake').selectAll().where('id', '=', id).executeTakeFirst();
  }

  uptakes(partnershipId: string): Promise<UptakeRow[]> {
    return this.db.selectFrom('uptake').selectAll().where('partnership_id', '=', partnershipId).orderBy('created_at').orderBy('id').execute();
  }

  updateUptake(id: string, changes: Partial<UptakeRow>, fromVersion: number, by: string, at: string): Promise<boolean> {
    return updateIfVersion(this.db, 'uptake', id, changes, { fromVersion, by, at });
  }

  async insertLink(row: Insertable<EvidenceLinkTable>): Promise<void> {
    await this.db.insertInto('evidence_link').values(row).execute();
  }

  linkById(id: string): Promise<EvidenceLinkRow | undefined> {
    return this.db.selectFrom('evidence_link').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Live links from the given records, in the order they were made. */
  links(citingIds: readonly string[]): Promise<EvidenceLinkRow[]> {
    if (citingIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('evidence_link')
      .selectAll()
      .where('citing_id', 'in', [...citingIds])
      .where('retired_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  /** Live links from the given records, in the order they were made, each with what it cites: one query however many links. */
  linksWithCited(citingIds: readonly string[]): Promise<LinkWithCitedRow[]> {
    if (citingIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('evidence_link as l')
      .leftJoin('finding as f', (j) => j.onRef('f.id', '=', 'l.cited_id').on('l.cited_kind', '=', 'finding'))
      .leftJoin('assessment as a', (j) => j.onRef('a.id', '=', 'l.cited_id').on('l.cited_kind', '=', 'assessment'))
      .leftJoin('conjecture as c', (j) => j.onRef('c.id', '=', 'l.cited_id').on('l.cited_kind', '=', 'conjecture'))
      .leftJoin('explanation as e', (j) => j.onRef('e.id', '=', 'l.cited_id').on('l.cited_kind', '=', 'explanation'))
      .leftJoin('organization as o', (j) => j.onRef('o.id', '=', 'l.cited_id').on('l.cited_kind', '=', 'organization'))
      .leftJoin('literature as lit', (j) =>
        j.onRef('lit.id', '=', 'l.cited_id').onRef('lit.partnership_id', '=', 'l.partnership_id').on('l.cited_kind', '=', 'literature'),
      )
      .leftJoin('retrospective as r', (j) =>
        j.onRef('r.id', '=', 'l.cited_id').onRef('r.partnership_id', '=', 'l.partnership_id').on('l.cited_kind', '=', 'retrospective'),
      )
      .leftJoin('excerpt as x', (j) => j.onRef('x.id', '=', 'l.cited_id').on('l.cited_kind', '=', 'excerpt'))
      .leftJoin('uptake as u', (j) => j.onRef('u.id', '=', 'l.cited_id').on('l.cited_kind', '=', 'uptake'))
      .leftJoin('recommendation as rec', 'rec.id', 'u.recommendation_id')
      .leftJoin('score as sc', (j) => j.onRef('sc.id', '=', 'l.cited_id').on('l.cited_kind', '=', 'score'))
      .leftJoin('rubric_dimension as scd', 'scd.id', 'sc.rubric_dimension_id')
      .leftJoin('rubric as scr', 'scr.id', 'sc.rubric_id')
      .selectAll('l')
      .select([
        'f.text as finding_text',
        'f.retired_at as finding_retired_at',
        'a.aspect',
        'a.judgement',
        'a.rationale',
        'c.text as conjecture_text',
        'c.retired_at as conjecture_retired_at',
        'e.text as explanation_text',
        'o.name as organization_name',
        'lit.authors as literature_authors',
        'lit.year as literature_year',
        'lit.title as literature_title',
        'lit.source as literature_source',
        'r.title as retrospective_title',
        'r.summary as retrospective_summary',
        'x.quote',
        'x.retired_at as excerpt_retired_at',
        'u.status as uptake_status',
        'rec.text as recommendation_text',
        'sc.level as score_level',
        'scd.name as score_dimension',
        'scr.name as score_rubric',
        'sc.retired_at as score_retired_at',
      ])
      .where('l.citing_id', 'in', [...citingIds])
      .where('l.retired_at', 'is', null)
      .orderBy('l.created_at')
      .orderBy('l.id')
      .execute();
  }

  /** Every link of the partnership, live or withdrawn, with when it was withdrawn (what a sent report rested on). */
  allLinks(partnershipId: string): Promise<EvidenceLinkRow[]> {
    return this.db.selectFrom('evidence_link').selectAll().where('partnership_id', '=', partnershipId).orderBy('created_at').orderBy('id').execute();
  }

  /** Live links to the given records (what rests on them). */
  linksTo(citedIds: readonly string[]): Promise<EvidenceLinkRow[]> {
    if (citedIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('evidence_link')
      .selectAll()
      .where('cited_id', 'in', [...citedIds])
      .where('retired_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  retireLink(id: string, r: Retirement): Promise<void> {
    return retireRow(this.db, 'evidence_link', id, r);
  }
}
