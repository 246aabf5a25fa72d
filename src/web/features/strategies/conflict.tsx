import { Fragment, useState } from 'react';
import { ApiError } from '../../api/client';

/** The record as someone else saved it, from the API's 409 answer to an edit made on an older version. */
export interface VersionConflict {
  current: Record<string, unknown>;
  version: number;
}

function conflictOf(error: unknown): VersionConflict | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const current = error.details?.current;
  return { current: current && typeof current === 'object' ? (current as Record<string, unknown>) : {}, version: Number(error.details?.currentVersion) };
}

/**
 * An edit of a record with several fields: busy while it runs, then the conflict (someone saved a
 * newer version, whose values come with it) or the error it met (e.g. the server's 400 naming the field).
 */
export function useVersionedEdit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<VersionConflict | null>(null);
  /** Runs the edit; resolves with what it gave, or null when it met a conflict or an error. */
  const run = async <T,>(work: () => Promise<T>): Promise<T | null> => {
    setBusy(true);
    setError(null);
    try {
      const result = await work();
      setConflict(null);
      return result;
    } catch (e) {
      const found = conflictOf(e);
      if (found) setConflict(found);
      else setError(e);
      return null;
    } finally {
      setBusy(false);
    }
  };
  const reset = () => {
    setError(null);
    setConflict(null);
  };
  return { busy, error, conflict, run, reset };
}

/**
 * Told to the second of two people editing one record: the values now saved are shown, one's own
 * stay in the form; re-apply one's changes over them, or take theirs. Neither is lost.
 */
export function ConflictValues({ values, onSaveMine, onTakeTheirs, busy }: { values: readonly (readonly [string, string])[]; onSaveMine: () => void; onTakeTheirs: () => void; busy: boolean }) {
  return (
    <div className="conflict" role="alert">
      <p>Someone else saved this while you were editing. As it stands now:</p>
      <dl className="facts">
        {values.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value || '—'}</dd>
          </Fragment>
        ))}
      </dl>
      <p>Your changes are still in the form: re-apply them over these values, or take these values.</p>
      <button type="button" disabled={busy} onClick={onSaveMine}>
        Save mine over theirs
      </button>
      <button type="button" disabled={busy} onClick={onTakeTheirs}>
        Take theirs
      </button>
    </div>
  );
}
