import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, ApiError } from '../../api/client';
import { useSession } from '../../api/session';
import type { Excerpt, Interview, Isf, IsfField } from '../../api/types';
import { ErrorState } from '../../components/states';
import { History } from '../history/History';
import type { PassageSelection } from '../transcript/selection';

interface Props {
  interview: Interview;
  isf: Isf;
  selection: PassageSelection | null;
  onShowPassage: (start: number, end: number) => void;
}

/** The Interview Summary Form beside its transcript: one editor per field of the district's template. */
export function IsfEditor({ interview, isf, selection, onShowPassage }: Props) {
  const { can } = useSession();
  const client = useQueryClient();
  const status = useMutation({
    mutationFn: (next: 'draft' | 'complete') => api<Isf>(`/api/isfs/${isf.id}/status`, { method: 'PUT', body: { status: next } }),
    onSuccess: (updated) => client.setQueryData(['isf', isf.id], updated),
  });
  const written = isf.fields.filter((f) => f.entry).length;
  return (
    <section className="isf" aria-labelledby="isf-title">
      <header>
        <h2 id="isf-title">Interview Summary Form</h2>
        <p className="muted">
          {written} of {isf.fields.length} fields written · <span className={`status ${isf.status}`}>{isf.status}</span>
        </p>
        {can.write && (
          <button type="button" onClick={() => status.mutate(isf.status === 'complete' ? 'draft' : 'complete')} disabled={status.isPending}>
            {isf.status === 'complete' ? 'Reopen as draft' : 'Mark complete'}
          </button>
        )}
        {status.isError && <ErrorState error={status.error} />}
        <History id={isf.id} />
      </header>
      {isf.fields.map((f) => (
        <FieldEditor key={f.field.id} interview={interview} isf={isf} field={f} selection={selection} onShowPassage={onShowPassage} />
      ))}
    </section>
  );
}

interface Conflict {
  theirs: string;
  version: number;
}

function FieldEditor({ interview, isf, field, selection, onShowPassage }: { interview: Interview; isf: Isf; field: IsfField; selection: PassageSelection | null; onShowPassage: Props['onShowPassage'] }) {
  const { can, partnership } = useSession();
  const client = useQueryClient();
  const entry = field.entry;
  const [draft, setDraft] = useState(entry?.text ?? '');
  const [pending, setPending] = useState<Excerpt[]>([]);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const dirty = draft.trim() !== (entry?.text ?? '');
  useEffect(() => {
    if (!dirty) setDraft(entry?.text ?? '');
    // Only follow the saved text while the analyst has no unsaved words of their own.
  }, [entry?.text, entry?.version]);

  const refresh = (updated: Isf) => client.setQueryData(['isf', isf.id], updated);

  async function save(version = entry?.version) {
    setBusy(true);
    setError(null);
    try {
      const updated = await api<Isf>(`/api/isfs/${isf.id}/entries/${field.field.key}`, {
        method: 'PUT',
        body: { text: draft, ...(version !== undefined && { expectedVersion: version }), cite: pending.map((p) => ({ excerptId: p.id })) },
      });
      setPending([]);
      setConflict(null);
      refresh(updated);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        const current = e.details?.current as { text?: string } | undefined;
        setConflict({ theirs: current?.text ?? '', version: Number(e.details?.currentVersion) });
      } else setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function citeSelection() {
    if (!selection) return;
    setBusy(true);
    setError(null);
    try {
      const excerpt = await api<Excerpt>(`/api/partnerships/${partnership!.id}/excerpts`, { method: 'POST', body: { interview: interview.id, start: selection.start, end: selection.end } });
      if (entry) {
        await api(`/api/citations`, { method: 'POST', body: { citingId: entry.id, citedId: excerpt.id } });
        refresh(await api<Isf>(`/api/isfs/${isf.id}`));
      } else {
        setPending((p) => [...p, excerpt]);
      }
      window.getSelection()?.removeAllRanges();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const id = `field-${field.field.key}`;
  const evidence = [...(entry?.evidence.map((e) => e.excerpt) ?? []), ...pending];
  return (
    <div className="isf-field">
      <label htmlFor={id}>{field.field.label}</label>
      {field.field.guidance && <p className="guidance">{field.field.guidance}</p>}
      <textarea id={id} value={draft} onChange={(e) => setDraft(e.target.value)} readOnly={!can.write} rows={Math.max(2, Math.ceil(draft.length / 70))} />
      <ul className="evidence" aria-label={`Passages cited for ${field.field.label}`}>
        {evidence.map((x) => (
          <li key={x.id}>
            <button type="button" className="quote" onClick={() => onShowPassage(x.start, x.end)} title="Show the passage in the transcript">
              “{x.quote}”
            </button>
            {pending.includes(x) && <span className="muted"> (cited when you save)</span>}
          </li>
        ))}
      </ul>
      {can.write && (
        <div className="actions">
          <button type="button" onClick={() => void save()} disabled={busy || (!dirty && pending.length === 0) || !draft.trim()}>
            Save
          </button>
          <button type="button" onClick={() => void citeSelection()} disabled={busy || !selection} aria-describedby="cite-help">
            Cite the selected passage
          </button>
        </div>
      )}
      {conflict && (
        <div className="conflict" role="alert">
          <p>Someone else saved this field while you were writing. Their version:</p>
          <blockquote>{conflict.theirs}</blockquote>
          <p>Your text is still in the box: merge what matters from theirs, then save over it, or take theirs.</p>
          <button type="button" onClick={() => void save(conflict.version)}>
            Save mine over theirs
          </button>
          <button
            type="button"
            onClick={() => {
              setDraft(conflict.theirs);
              setConflict(null);
              void client.invalidateQueries({ queryKey: ['isf', isf.id] });
            }}
          >
            Take theirs
          </button>
        </div>
      )}
      {error !== null && <ErrorState error={error} />}
    </div>
  );
}
