import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import { ChangeReason } from '../../components/ChangeReason';
import { ConflictPanel, useVersionedDraft } from '../../components/ConflictPanel';
import { FormActions } from '../../components/FormActions';
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
  const invalidate = (queries: readonly unknown[][]) => Promise.all(queries.map((queryKey) => client.invalidateQueries({ queryKey })));
  // The revision starts from the text and version shown when it is opened.
  const { busy, error, conflict, run, reset, base, setBase, draft, setDraft, takeTheirs } = useVersionedDraft<string, number>(
    () => ({ values: text, version }),
    { read: (current) => String(current.text ?? ''), refresh: () => invalidate(refresh) },
  );
  const [reason, setReason] = useState('');
  const saved = useSavedWarnings();
  useUnsavedChanges(mode === 'revise' && draft.trim() !== base.values);
  if (!can.write) return null;

  const close = async () => {
    setMode('idle');
    setReason('');
    reset();
    await invalidate([...refresh, ['history', id]]);
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
  const retire = () =>
    run(async () => {
      await answer(api.POST('/api/retirements', { body: { id, reason } }));
      await close();
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'revise') void save(base.version);
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
              setBase({ values: text, version });
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
      <ChangeReason
        id={`revise-${id}`}
        label={mode === 'revise' ? 'Why (kept in the history)' : 'Why retire it (kept in the history)'}
        required="form"
        value={reason}
        onChange={setReason}
        className=""
      />
      <FormActions
        submit={mode === 'revise' ? 'Save the revision' : `Retire the ${kind}`}
        busy={busy}
        nothingToSave={!reason.trim() || (mode === 'revise' && (!draft.trim() || draft.trim() === base.values))}
        onCancel={() => void close()}
      />
      {conflict && <ConflictPanel conflict={conflict} onSaveMine={(over) => void save(over)} onTakeTheirs={takeTheirs} />}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
