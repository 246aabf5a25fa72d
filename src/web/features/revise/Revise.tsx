import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import { ConflictPanel, useEditing } from '../../components/ConflictPanel';
import { SavedWarnings, useSavedWarnings } from '../../components/SavedWarnings';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';

interface Props {
  kind: 'claim' | 'finding';
  id: string;
  text: string;
  version: number;
  /** Queries to refresh once the text is revised or retired. */
  refresh: readonly unknown[][];
}

/**
 * Revising a claim's or a finding's text (on the version one read, with the reason kept in its
 * history) or retiring it (kept, never deleted; what cites it is then flagged by the check).
 */
export function Revise({ kind, id, text, version, refresh }: Props) {
  const { can } = useSession();
  const client = useQueryClient();
  const [mode, setMode] = useState<'idle' | 'revise' | 'retire'>('idle');
  const [draft, setDraft] = useState(text);
  const [reason, setReason] = useState('');
  const { busy, error, conflict, run, reset } = useEditing();
  const saved = useSavedWarnings();
  useUnsavedChanges(mode === 'revise' && draft.trim() !== text);
  if (!can.write) return null;

  const close = async () => {
    setMode('idle');
    setReason('');
    reset();
    await Promise.all([...refresh, ['history', id]].map((queryKey) => client.invalidateQueries({ queryKey })));
  };
  const save = (expectedVersion: number) =>
    run(async () => {
      // A finding's text is read by partners: the answer says whom it names, if anyone.
      const revision = { params: { path: { id } }, body: { text: draft, expectedVersion, reason } };
      let warnings: readonly string[] = [];
      if (kind === 'finding') ({ warnings } = await answer(api.PATCH('/api/findings/{id}', revision)));
      else await answer(api.PATCH('/api/claims/{id}', revision));
      await close();
      saved.heed(warnings);
    });
  const takeTheirs = (theirs: string) => {
    setDraft(theirs);
    reset();
    void Promise.all(refresh.map((queryKey) => client.invalidateQueries({ queryKey })));
  };
  const retire = () =>
    run(async () => {
      await answer(api.POST('/api/retirements', { body: { id, reason } }));
      await close();
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'revise') void save(version);
    else void retire();
  };

  if (mode === 'idle') {
    return (
      <>
        <SavedWarnings warnings={saved.warnings} />
        <p className="actions">
          <button
            type="button"
            onClick={() => {
              setDraft(text);
              setMode('revise');
            }}
          >
            Revise the {kind}
          </button>
          <button type="button" onClick={() => setMode('retire')}>
            Retire the {kind}
          </button>
        </p>
      </>
    );
  }
  return (
    <form className="revise" onSubmit={submit}>
      {mode === 'revise' && (
        <>
          <label htmlFor={`revise-${id}`}>The {kind}, revised</label>
          <textarea id={`revise-${id}`} required rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} />
        </>
      )}
      {mode === 'retire' && <p>Retiring keeps the {kind} and its history; whatever cites it is flagged on the Check page until it is revised.</p>}
      <label htmlFor={`reason-${id}`}>{mode === 'revise' ? 'Why (kept in the history)' : 'Why retire it (kept in the history)'}</label>
      <input id={`reason-${id}`} required value={reason} onChange={(e) => setReason(e.target.value)} />
      <p className="actions">
        <button type="submit" disabled={busy || !reason.trim() || (mode === 'revise' && (!draft.trim() || draft.trim() === text))}>
          {mode === 'revise' ? 'Save the revision' : `Retire the ${kind}`}
        </button>
        <button type="button" className="secondary" onClick={() => void close()}>
          Cancel
        </button>
      </p>
      {conflict && <ConflictPanel conflict={conflict} onSaveMine={(version) => void save(version)} onTakeTheirs={takeTheirs} />}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
