import type { Migration, MigrationProvider } from 'kysely';
import type { DialectName } from '../dialect.js';
import * as evidenceChain from './0001-evidence-chain.js';
import * as liveCitationsUnique from './0002-live-citations-unique.js';
import * as auditLogAppendOnly from './0003-audit-log-append-only.js';
import * as accounts from './0004-accounts.js';
import * as auditHashChain from './0005-audit-hash-chain.js';
import * as districtDesign from './0006-district-design.js';
import * as feedback from './0007-feedback.js';
import * as turnSegments from './0008-turn-segments.js';
import * as foreignKeys from './0009-foreign-keys.js';
import * as feedbackReportVersions from './0010-feedback-report-versions.js';
import * as participantAttributes from './0011-participant-attributes.js';
import * as feedbackNarratives from './0012-feedback-narratives.js';
import * as excerptVersions from './0013-excerpt-versions.js';
import * as datesChosen from './0014-dates-chosen.js';
import * as speakerMappings from './0015-speaker-mappings.js';
import * as requiredIsfFields from './0016-required-isf-fields.js';
import * as coding from './0017-coding.js';
import * as reconciliation from './0018-reconciliation.js';
import * as constructScores from './0019-construct-scores.js';
import * as codeGuids from './0020-code-guids.js';
import * as retrievalIndexes from './0022-retrieval-indexes.js';
import * as exchange from './0023-exchange.js';
import * as agreementAndExportIndexes from './0024-agreement-and-export-indexes.js';
import * as codingsFollowPassages from './0025-codings-follow-passages.js';
import * as segmentTextOnce from './0026-segment-text-once.js';
import * as attributePositions from './0027-attribute-positions.js';
import * as instruments from './0028-instruments.js';
import * as instrumentScales from './0029-instrument-scales.js';
import * as lessonScores from './0030-lesson-scores.js';
import * as achievementResults from './0031-achievement-results.js';
import * as itemComparability from './0032-item-comparability.js';

/** Migrations in order; names sort by their number. Never edit one that has shipped: add the next. */
const MIGRATIONS = {
  '0001-evidence-chain': evidenceChain,
  '0002-live-citations-unique': liveCitationsUnique,
  '0003-audit-log-append-only': auditLogAppendOnly,
  '0004-accounts': accounts,
  '0005-audit-hash-chain': auditHashChain,
  '0006-district-design': districtDesign,
  '0007-feedback': feedback,
  '0008-turn-segments': turnSegments,
  '0009-foreign-keys': foreignKeys,
  '0010-feedback-report-versions': feedbackReportVersions,
  '0011-participant-attributes': participantAttributes,
  '0012-feedback-narratives': feedbackNarratives,
  '0013-excerpt-versions': excerptVersions,
  '0014-dates-chosen': datesChosen,
  '0015-speaker-mappings': speakerMappings,
  '0016-required-isf-fields': requiredIsfFields,
  '0017-coding': coding,
  '0018-reconciliation': reconciliation,
  '0019-construct-scores': constructScores,
  '0020-code-guids': codeGuids,
  '0022-retrieval-indexes': retrievalIndexes,
  '0023-exchange': exchange,
  '0024-agreement-and-export-indexes': agreementAndExportIndexes,
  '0025-codings-follow-passages': codingsFollowPassages,
  '0026-segment-text-once': segmentTextOnce,
  '0027-attribute-positions': attributePositions,
  '0028-instruments': instruments,
  '0029-instrument-scales': instrumentScales,
  '0030-lesson-scores': lessonScores,
  '0031-achievement-results': achievementResults,
  '0032-item-comparability': itemComparability,
};

export const migrationNames = (): string[] => Object.keys(MIGRATIONS);

export function migrationProvider(dialect: DialectName): MigrationProvider {
  return {
    async getMigrations() {
      const migrations: Record<string, Migration> = {};
      for (const [name, m] of Object.entries(MIGRATIONS)) {
        migrations[name] = { up: (db) => m.up(db, dialect), down: (db) => m.down(db, dialect) };
      }
      return migrations;
    },
  };
}
