import type SQLite from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import type { Checkpoints } from './checkpoints.js';
import type { Connection } from './database.js';
import type { DialectName } from './dialect.js';
import { AccountRepository } from './repositories/account.repository.js';
import { ArtifactRepository } from './repositories/artifact.repository.js';
import { AssessmentRepository } from './repositories/assessment.repository.js';
import { DesignDocumentRepository } from './repositories/design-document.repository.js';
import { FeedbackRepository } from './repositories/feedback.repository.js';
import { TheoryRepository } from './repositories/theory.repository.js';
import { StrategyRepository } from './repositories/strategy.repository.js';
import { SupportTypeRepository } from './repositories/support-type.repository.js';
import { AuditRepository } from './repositories/audit.repository.js';
import { CitationRepository } from './repositories/citation.repository.js';
import { CodeRepository } from './repositories/code.repository.js';
import { CodingAssignmentRepository } from './repositories/coding-assignment.repository.js';
import { RetrievalRepository } from './repositories/retrieval.repository.js';
import { ExchangeRepository } from './repositories/exchange.repository.js';
import { ExchangeGuidRepository } from './repositories/exchange-guid.repository.js';
import { UnassignedDocumentRepository } from './repositories/unassigned-document.repository.js';
import { CodingRepository } from './repositories/coding.repository.js';
import { InstrumentRepository } from './repositories/instrument.repository.js';
import { LessonScoreRepository } from './repositories/lesson-score.repository.js';
import { AchievementRepository } from './repositories/achievement.repository.js';
import { ReliabilityRepository } from './repositories/reliability.repository.js';
import { MemoRepository } from './repositories/memo.repository.js';
import { RubricRepository } from './repositories/rubric.repository.js';
import { ScoreRepository } from './repositories/score.repository.js';
import { CycleRepository } from './repositories/cycle.repository.js';
import { ExcerptRepository } from './repositories/excerpt.repository.js';
import { FindingRepository } from './repositories/finding.repository.js';
import { InterviewRepository } from './repositories/interview.repository.js';
import { IsfTemplateRepository } from './repositories/isf-template.repository.js';
import { IsfRepository } from './repositories/isf.repository.js';
import { OrganizationRepository } from './repositories/organization.repository.js';
import { OwnershipRepository } from './repositories/ownership.repository.js';
import { ParticipantAttributeRepository } from './repositories/participant-attribute.repository.js';
import { ParticipantRepository } from './repositories/participant.repository.js';
import { PartnershipRepository } from './repositories/partnership.repository.js';
import { SearchRepository } from './repositories/search.repository.js';
import { SessionRepository } from './repositories/session.repository.js';
import { StatsRepository } from './repositories/stats.repository.js';
import { SummaryRepository } from './repositories/summary.repository.js';
import { TraceRepository } from './repositories/trace.repository.js';
import { TranscriptRepository } from './repositories/transcript.repository.js';
import type { Database } from './schema.js';
import { translateStorageError } from './storage-errors.js';

/**
 * All repositories over one database handle. `transaction` gives a Store whose repositories all
 * work inside one transaction, so a service composes several of them atomically.
 */
export class Store {
  readonly partnerships: PartnershipRepository;
  readonly organizations: OrganizationRepository;
  readonly cycles: CycleRepository;
  readonly participants: ParticipantRepository;
  readonly participantAttributes: ParticipantAttributeRepository;
  readonly interviews: InterviewRepository;
  readonly transcripts: TranscriptRepository;
  readonly search: SearchRepository;
  readonly excerpts: ExcerptRepository;
  readonly templates: IsfTemplateRepository;
  readonly isfs: IsfRepository;
  readonly summaries: SummaryRepository;
  readonly findings: FindingRepository;
  readonly citations: CitationRepository;
  readonly audit: AuditRepository;
  readonly stats: StatsRepository;
  readonly trace: TraceRepository;
  readonly accounts: AccountRepository;
  readonly sessions: SessionRepository;
  readonly ownership: OwnershipRepository;
  readonly supportTypes: SupportTypeRepository;
  readonly strategies: StrategyRepository;
  readonly artifacts: ArtifactRepository;
  readonly assessments: AssessmentRepository;
  readonly designDocuments: DesignDocumentRepository;
  readonly feedback: FeedbackRepository;
  readonly theory: TheoryRepository;
  readonly codes: CodeRepository;
  readonly codings: CodingRepository;
  readonly instruments: InstrumentRepository;
  readonly lessonScores: LessonScoreRepository;
  readonly achievement: AchievementRepository;
  readonly memos: MemoRepository;
  readonly codingAssignments: CodingAssignmentRepository;
  readonly retrieval: RetrievalRepository;
  readonly rubrics: RubricRepository;
  readonly scores: ScoreRepository;
  readonly reliability: ReliabilityRepository;
  readonly exchange: ExchangeRepository;
  readonly exchangeGuids: ExchangeGuidRepository;
  readonly unassignedDocuments: UnassignedDocumentRepository;

  /**
   * @param sqlite the raw SQLite handle, passed only to a Store bound to a transaction (raw
   *   statements outside one could land in another caller's transaction on the shared connection).
   */
  constructor(
    readonly db: Kysely<Database>,
    readonly dialect: DialectName,
    private readonly inTransaction = false,
    private readonly sqlite?: SQLite.Database,
    private readonly checkpoints?: Checkpoints,
  ) {
    this.partnerships = new PartnershipRepository(db);
    this.organizations = new OrganizationRepository(db);
    this.cycles = new CycleRepository(db);
    this.participants = new ParticipantRepository(db);
    this.participantAttributes = new ParticipantAttributeRepository(db);
    this.interviews = new InterviewRepository(db);
    // Raw statements only inside a transaction: outside one they could land in another caller's on the shared connection.
    const raw = inTransaction ? sqlite : undefined;
    this.transcripts = new TranscriptRepository(db, dialect, raw);
    this.search = new SearchRepository(db, dialect);
    this.excerpts = new ExcerptRepository(db, raw);
    this.templates = new IsfTemplateRepository(db);
    this.isfs = new IsfRepository(db);
    this.summaries = new SummaryRepository(db);
    this.findings = new FindingRepository(db);
    this.citations = new CitationRepository(db);
    this.audit = new AuditRepository(db, dialect, raw);
    this.stats = new StatsRepository(db);
    this.trace = new TraceRepository(db);
    this.accounts = new AccountRepository(db);
    this.sessions = new SessionRepository(db);
    this.ownership = new OwnershipRepository(db);
    this.supportTypes = new SupportTypeRepository(db);
    this.strategies = new StrategyRepository(db);
    this.artifacts = new ArtifactRepository(db, dialect);
    this.assessments = new AssessmentRepository(db);
    this.designDocuments = new DesignDocumentRepository(db);
    this.feedback = new FeedbackRepository(db);
    this.theory = new TheoryRepository(db);
    this.codes = new CodeRepository(db);
    this.codings = new CodingRepository(db, raw);
    this.instruments = new InstrumentRepository(db, raw);
    this.lessonScores = new LessonScoreRepository(db, raw);
    this.achievement = new AchievementRepository(db, raw);
    this.memos = new MemoRepository(db);
    this.codingAssignments = new CodingAssignmentRepository(db);
    this.retrieval = new RetrievalRepository(db);
    this.rubrics = new RubricRepository(db);
    this.scores = new ScoreRepository(db);
    this.reliability = new ReliabilityRepository(db);
    this.exchange = new ExchangeRepository(db);
    this.exchangeGuids = new ExchangeGuidRepository(db, raw);
    this.unassignedDocuments = new UnassignedDocumentRepository(db);
  }

  static of(connection: Connection): Store {
    return new Store(connection.db, connection.dialect, false, connection.sqlite, connection.checkpoints);
  }

  /**
   * Runs `work` in one transaction (joining the current one if there is one): all or nothing.
   * Races with other writers come back as WarrantErrors (conflict, busy) the caller can report.
   */
  async transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this);
    this.checkpoints?.began();
    try {
      return await this.db.transaction().execute((trx) => work(new Store(trx, this.dialect, true, this.sqlite, this.checkpoints)));
    } catch (e) {
      throw translateStorageError(e);
    } finally {
      this.checkpoints?.ended();
    }
  }

  /** Database-level checks: SQLite's integrity_check and the search index against its content. */
  async verifyIntegrity(): Promise<string[]> {
    const problems: string[] = [];
    if (this.dialect === 'sqlite') {
      const rows = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(this.db);
      for (const r of rows.rows) if (r.integrity_check !== 'ok') problems.push(r.integrity_check);
    }
    try {
      await this.search.verify();
    } catch (e) {
      problems.push(`search index: ${e instanceof Error ? e.message : String(e)}`);
    }
    return problems;
  }

  async destroy(): Promise<void> {
    await this.checkpoints?.settled();
    return this.db.destroy();
  }
}
