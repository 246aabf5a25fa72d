import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import type { Excerpt, Interview, Isf, IsfField } from '../../api/types';
import { ConflictPanel, useVersionedDraft } from '../../components/ConflictPanel';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges, useUnsavedSet } from '../../components/unsaved';
import { History } from '../history/History';
import type { PassageSelection } from '../transcript/selection';
import { ChangeReason } from '../../components/ChangeReason';
import { shortened, Uncite } from '../citing/Uncite';
import { completionCheck, inWords } from '../../../domain/isf-template.js';

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
    mutationFn: (next: 'draft' | 'complete') => answer(api.PUT('/api/isfs/{id}/status', { params: { path: { id: isf.id } }, body: { status: next } })),
    onSuccess: (updated) => {
      client.setQueryData(['isf', isf.id], updated);
      void client.invalidateQueries({ queryKey: ['history', isf.id] });
    },
  });
  const written = isf.fields.filter((f) => f.entry).length;
  const [unsaved, onUnsaved] = useUnsavedSet();
  useUnsavedChanges(unsaved.size > 0);
  const completing = isf.status !== 'complete';
  const check = completionCheck(
    isf.fields.map((f) => ({ label: f.field.label, required: f.field.required && f.field.retiredInVersion === null, written: f.entry !== null })),
  );
  const [confirming, setConfirming] = useState(false);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    setConfirming(false);
    setRefused(false);
  }, [isf.version, written]);
  const markComplete = () => {
    if (check.missingRequired.length) return setRefused(true);
    if (check.emptyOptional.length) return setConfirming(true);
    status.mutate('complete');
  };
  return (
    <section className="isf" aria-labelledby="isf-title">
      <header>
        <h2 id="isf-title">Interview Summary Form</h2>
        <p className="muted">
          {written} of {isf.fields.length} fields written · <span className={`status ${isf.status}`}>{isf.status}</span>
        </p>
        {can.write && (
          <button
            type="button"
            onClick={() => (completing ? markComplete() : status.mutate('draft'))}
            disabled={status.isPending || (completing && (unsaved.size > 0 || confirming))}
            aria-describedby="isf-unsaved"
          >
            {completing ? 'Mark complete' : 'Reopen as draft'}
          </button>
        )}
        {can.write && completing && unsaved.size > 0 && (
          <p id="isf-unsaved" className="muted">
            Save or undo the changes in {unsaved.size === 1 ? 'one field' : `${unsaved.size} fields`} before marking the form complete.
          </p>
        )}
        {completing && refused && check.missingRequired.length > 0 && (
          <p className="error" role="alert">
            The template requires {check.missingRequired.length === 1 ? 'the field' : 'the fields'} {inWords(check.missingRequired)}: write{' '}
            {check.missingRequired.length === 1 ? 'it' : 'them'} before marking the form complete.
          </p>
        )}
        {completing && confirming && (
          <div className="confirm" role="alertdialog" aria-labelledby="isf-confirm">
            <p id="isf-confirm">
              {check.emptyOptional.length} of {check.total} fields are empty ({inWords(check.emptyOptional)}): mark complete anyway?
            </p>
            <button
              type="button"
              disabled={status.isPending}
              onClick={() => {
                setConfirming(false);
                status.mutate('complete');
              }}
            >
              Mark complete anyway
            </button>{' '}
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              Keep writing
            </button>
          </div>
        )}
        {status.isError && <ErrorState error={status.error} />}
        <History id={isf.id} labels={new Map(isf.fields.flatMap((f) => (f.entry ? [[f.entry.id, f.field.label]] : [])))} />
      </header>
      {isf.fields.map((f) => (
        <FieldEditor key={f.field.id} interview={interview} isf={isf} field={f} selection={selection} onShowPassage={onShowPassage} onUnsaved={onUnsaved} />
      ))}
    </section>
  );
}

interface FieldProps {
  interview: Interview;
  isf: Isf;
  field: IsfField;
  selection: PassageSelection | null;
  onShowPassage: Props['onShowPassage'];
  onUnsaved: (key: string, unsaved: boolean) => void;
}

function FieldEditor({ interview, isf, field, selection, onShowPassage, onUnsaved }: FieldProps) {
  const { can, partnership } = useSession();
  const client = useQueryClient();
  const entry = field.entry;
  const saved = entry?.text ?? '';
  // The entry as the edit started from it: its text and version (none before it is first written).
  const { busy, error, conflict, run, base, setBase, draft, setDraft, takeTheirs } = useVersionedDraft<string>(
    () => ({ values: saved, version: entry?.version }),
    { read: (current) => String(current.text ?? ''), refresh: () => client.invalidateQueries({ queryKey: ['isf', isf.id] }) },
  );
  const [pending, setPending] = useState<Excerpt[]>([]);
  const [reason, setReason] = useState('');
  const dirty = draft.trim() !== base.values;
  useEffect(() => onUnsaved(field.field.key, dirty || pending.length > 0), [onUnsaved, field.field.key, dirty, pending.length]);
  useEffect(() => {
    // Only follow the saved text while the analyst has no unsaved words of their own.
    if (dirty && draft.trim() !== saved) return;
    setBase({ values: saved, version: entry?.version });
    setDraft(saved);
  }, [entry?.text, entry?.version]);

  const refresh = (updated: Isf) => {
    client.setQueryData(['isf', isf.id], updated);
    void client.invalidateQueries({ queryKey: ['history', isf.id] });
  };

  const save = (version = base.version) =>
    run(async () => {
      const updated = await answer(
        api.PUT('/api/isfs/{id}/entries/{field}', {
          params: { path: { id: isf.id, field: field.field.key } },
          body: {
            text: draft,
            ...(version !== undefined && { expectedVersion: version }),
            ...(reason.trim() && { reason }),
            cite: pending.map((p) => ({ excerptId: p.id })),
          },
        }),
      );
      setPending([]);
      setReason('');
      const written = updated.fields.find((f) => f.field.key === field.field.key)?.entry;
      if (written) setBase({ values: written.text, version: written.version });
      refresh(updated);
    });

  const citeSelection = () =>
    run(async () => {
      if (!selection) return;
      const excerpt = await answer(
        api.POST('/api/partnerships/{partnershipId}/excerpts', {
          params: { path: { partnershipId: partnership!.id } },
          body: { interview: interview.id, start: selection.start, end: selection.end },
        }),
      );
      if (entry) {
        await answer(api.POST('/api/citations', { body: { citingId: entry.id, citedId: excerpt.id } }));
        refresh(await answer(api.GET('/api/isfs/{id}', { params: { path: { id: isf.id } } })));
      } else {
        setPending((p) => [...p, excerpt]);
      }
      window.getSelection()?.removeAllRanges();
    });

  const id = `field-${field.field.key}`;
  const cited = entry?.evidence ?? [];
  const reload = async () => refresh(await answer(api.GET('/api/isfs/{id}', { params: { path: { id: isf.id } } })));
  const show = (x: Excerpt) => (
    <button type="button" className="quote" onClick={() => onShowPassage(x.start, x.end)} title="Show the passage in the transcript">
      “{x.quote}”
    </button>
  );
  return (
    <div className="isf-field">
      <label htmlFor={id}>
        {field.field.label}
        {field.field.required && field.field.retiredInVersion === null && <span className="required"> (required)</span>}
      </label>
      {field.field.guidance && <p className="guidance">{field.field.guidance}</p>}
      <textarea id={id} value={draft} onChange={(e) => setDraft(e.target.value)} readOnly={!can.write} rows={Math.max(2, Math.ceil(draft.length / 70))} />
      <ul className="evidence" aria-label={`Passages cited for ${field.field.label}`}>
        {cited.map(({ citation, excerpt }) => (
          <li key={citation.id}>
            {show(excerpt)}
            {can.write && (
              <Uncite
                id={citation.id}
                cited={`the passage “${shortened(excerpt.quote)}” from ${field.field.label}`}
                warning={
                  cited.length === 1 ? 'It is the only passage this entry cites: the chain check lists the entry as broken until it cites another.' : undefined
                }
                onRemoved={reload}
              />
            )}
          </li>
        ))}
        {pending.map((x) => (
          <li key={x.id}>
            {show(x)}
            <span className="muted"> (cited when you save{draft.trim() ? '' : ': write the entry first'})</span>
            <button type="button" className="uncite secondary" onClick={() => setPending((p) => p.filter((y) => y !== x))}>
              Do not cite
            </button>
          </li>
        ))}
      </ul>
      {can.write && entry && dirty && <ChangeReason id={id} value={reason} onChange={setReason} className="field reason" />}
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
      {conflict && <ConflictPanel conflict={conflict} onSaveMine={(version) => void save(version)} onTakeTheirs={takeTheirs} />}
      {error !== null && <ErrorState error={error} />}
    </div>
  );
}
