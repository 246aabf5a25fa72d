import { Fragment, useState } from 'react';
import { ApiError } from '../api/client';

export interface Conflict {
  /** The record's text as the other person saved it (for records that are one text). */
  theirs: string;
  /** Every value of the record as it stands now (for records with several fields). */
  current: Record<string, unknown>;
  version: number;
}

/** The other person's newer record, from the API's 409 answer to an edit made on an older version. */
export function conflictOf(error: unknown): Conflict | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const details = error.details?.current;
  const current = details && typeof details === 'object' ? (details as Record<string, unknown>) : {};
  return { theirs: typeof current.text === 'string' ? current.text : '', current, version: Number(error.details?.currentVersion) };
}

/**
 * Told to the second of two people editing one text: theirs is shown, one's own stays in the box;
 * save one's own (merged) over theirs, or take theirs. Neither text is lost.
 */
export function ConflictPanel({
  conflict,
  onSaveMine,
  onTakeTheirs,
}: {
  conflict: Conflict;
  onSaveMine: (overVersion: number) => void;
  onTakeTheirs: (theirs: string) => void;
}) {
  return (
    <div className="conflict" role="alert">
      <p>Someone else saved this while you were writing. Their version:</p>
      <blockquote>{conflict.theirs}</blockquote>
      <p>Your text is still in the box: merge what matters from theirs, then save over it, or take theirs.</p>
      <button type="button" onClick={() => onSaveMine(conflict.version)}>
        Save mine over theirs
      </button>
      <button type="button" onClick={() => onTakeTheirs(conflict.theirs)}>
        Take theirs
      </button>
    </div>
  );
}

/**
 * Told to the second of two people editing a record of several fields: the values now saved are
 * shown, one's own stay in the form; re-apply one's changes over them, or take theirs.
 */
export function ConflictValues({
  values,
  onSaveMine,
  onTakeTheirs,
  busy,
}: {
  values: readonly (readonly [string, string])[];
  onSaveMine: () => void;
  onTakeTheirs: () => void;
  busy: boolean;
}) {
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

/**
 * The state of an edit sent to the server: busy while it runs, then the conflict (someone saved a
 * newer version) or the error it met. `run` clears both before trying again, and resolves with
 * what the edit gave, or null when it met a conflict or an error.
 */
export function useEditing() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
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
 * An edit of a versioned record: the draft, the values and version it started from; `save` sends
 * it and, once the server took it, makes it the new start; after a conflict, `takeTheirs` takes
 * the other person's newer values (read from the 409 answer by `read`) as both. `refresh` reads
 * the page's data again after either.
 */
export function useVersionedDraft<T, V extends number | undefined = number | undefined>(
  start: () => { values: T; version: V },
  { read, refresh }: { read: (current: Record<string, unknown>) => T; refresh: () => Promise<unknown> | void },
) {
  const editing = useEditing();
  const [base, setBase] = useState(start);
  const [draft, setDraft] = useState<T>(() => start().values);
  const save = async (version: V, send: () => Promise<unknown>): Promise<boolean> => {
    const ok = await editing.run(async () => {
      await send();
      await refresh();
      return true;
    });
    if (ok) setBase({ values: draft, version });
    return ok === true;
  };
  const takeTheirs = () => {
    const conflict = editing.conflict;
    if (!conflict) return;
    const theirs = read(conflict.current);
    setBase({ values: theirs, version: conflict.version as V });
    setDraft(theirs);
    editing.reset();
    void refresh();
  };
  return { ...editing, base, setBase, draft, setDraft, save, takeTheirs };
}
