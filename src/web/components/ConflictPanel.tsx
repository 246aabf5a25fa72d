import { useState } from 'react';
import { ApiError } from '../api/client';

export interface Conflict {
  theirs: string;
  version: number;
}

/** The other person's newer text, from the API's 409 answer to an edit made on an older version. */
export function conflictOf(error: unknown): Conflict | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const current = error.details?.current as { text?: string } | undefined;
  return { theirs: current?.text ?? '', version: Number(error.details?.currentVersion) };
}

/**
 * Told to the second of two people editing one text: theirs is shown, one's own stays in the box;
 * save one's own (merged) over theirs, or take theirs. Neither text is lost.
 */
export function ConflictPanel({ conflict, onSaveMine, onTakeTheirs }: { conflict: Conflict; onSaveMine: (overVersion: number) => void; onTakeTheirs: (theirs: string) => void }) {
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
 * The state of an edit sent to the server: busy while it runs, then the conflict (someone saved a
 * newer version) or the error it met. `run` clears both before trying again.
 */
export function useEditing() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setConflict(null);
    } catch (e) {
      const found = conflictOf(e);
      if (found) setConflict(found);
      else setError(e);
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
