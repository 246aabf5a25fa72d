import { versionConflict, versionRequired } from '../domain/errors.js';
import { audit, now, type ServiceContext } from './context.js';

type AuditOfEdit = Pick<Parameters<typeof audit>[1], 'action' | 'entityKind' | 'reason' | 'data'>;

export interface NextVersion {
  /** What the record is called in messages ("explanation", "ISF entry"). */
  what: string;
  current: { id: string; version: number };
  /** The record's current values, as a refused edit answers them (409). */
  shown: unknown;
  /** The version the edit was made on. */
  expectedVersion: number | undefined;
  /** Writes the next version if the record is still at `fromVersion`; false if it moved on meanwhile. */
  write: (fromVersion: number, at: string) => Promise<boolean>;
  audit: AuditOfEdit;
  /** The time of the change, when the operation has already read the clock. */
  at?: string;
}

/**
 * Saves an edit as the next version of a record: the one way every versioned record changes. An
 * edit must name the version it was made on; one made on another version, or one that loses the
 * race to another writer (the compare-and-swap in `write`), is refused with the record's current
 * values; the change is audited with its reason. Returns the time of the change.
 */
export async function saveNextVersion(tx: ServiceContext, edit: NextVersion): Promise<string> {
  const { what, current, shown, expectedVersion } = edit;
  if (expectedVersion === undefined) throw versionRequired(what, current.id, current.version, shown);
  const at = edit.at ?? now(tx);
  if (expectedVersion !== current.version || !(await edit.write(expectedVersion, at)))
    throw versionConflict(what, current.id, expectedVersion, current.version, shown);
  await audit(tx, { ...edit.audit, entityId: current.id, version: current.version + 1, at });
  return at;
}
