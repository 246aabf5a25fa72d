import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { UPTAKE_LABELS, UPTAKE_STATUSES, type UptakeStatus } from '../../../domain/theory-of-action.js';
import { answer, api } from '../../api/client';
import { useDirectory } from '../../api/queries';
import type { UptakeLine } from '../../api/types';
import { ChangeReason } from '../../components/ChangeReason';
import { ConflictValues, useVersionedDraft } from '../../components/ConflictPanel';
import { FormActions } from '../../components/FormActions';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { useLeaderInterviews, useTranscript } from '../strategies/scope';
import { useUptake } from '../theory/theory';
import '../strategies/strategies.css';
import { valueIn } from './labels';
import { useFeedbackScope } from './scope';

type Uptake = NonNullable<UptakeLine['uptake']>;

interface UptakeDraft {
  cycle: string;
  status: UptakeStatus | '';
  note: string;
}

const statusIn = (values: Record<string, unknown>): UptakeStatus | '' => {
  const v = valueIn(values, 'status');
  return (UPTAKE_STATUSES as readonly string[]).includes(v) ? (v as UptakeStatus) : '';
};

/**
 * Whether the district acted on a recommendation, as a later cycle's leader interviews tell: the
 * record, and for those who write a form to record it or change it (a new version).
 */
export function UptakeRecord({ recommendationId, number }: { recommendationId: string; number: number }) {
  const { canWrite, place } = useFeedbackScope();
  const { cycles } = useDirectory();
  const uptake = useUptake();
  const [editing, setEditing] = useState(false);
  const line = uptake.data?.find((u) => u.recommendationId === recommendationId);
  const later = cycles.map((c) => c.label).filter((label) => label > place.cycle);
  const record = line?.uptake ?? null;
  return (
    <div className="uptake-record" role="group" aria-label={`Uptake of recommendation ${number}`}>
      {uptake.isError && <ErrorState error={uptake.error} />}
      {record ? (
        <p className="uptake">
          <span className="label">Uptake:</span> {UPTAKE_LABELS[record.status]} <span className="muted">(seen in {record.cycle})</span>
          {record.note && <span className="note"> — {record.note}</span>} <span className="muted">version {record.version}</span>
        </p>
      ) : (
        <p className="uptake muted">Uptake not recorded yet.</p>
      )}
      {record && record.passages.length > 0 && (
        <ul className="cited" aria-label={`Passages the uptake of recommendation ${number} cites`}>
          {record.passages.map((p) => (
            <li key={p.id}>“{p.quote}”</li>
          ))}
        </ul>
      )}
      {canWrite && !editing && line && later.length > 0 && (
        <p className="actions">
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {record ? `Change the uptake of recommendation ${number}` : `Record the uptake of recommendation ${number}`}
          </button>
        </p>
      )}
      {canWrite && line && later.length === 0 && (
        <p className="hint">
          Uptake is recorded in a later cycle, from the next autumn's leader interviews: add the next cycle on the <Link to="/setup">Set-up page</Link> first.
        </p>
      )}
      {canWrite && record && !editing && <CitePassage recommendationId={recommendationId} number={number} record={record} />}
      {editing && <UptakeForm recommendationId={recommendationId} number={number} record={record} cycles={later} onDone={() => setEditing(false)} />}
    </div>
  );
}

function UptakeForm({
  recommendationId,
  number,
  record,
  cycles,
  onDone,
}: {
  recommendationId: string;
  number: number;
  record: Uptake | null;
  cycles: readonly string[];
  onDone: () => void;
}) {
  const client = useQueryClient();
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: ['uptake'] });
    await client.invalidateQueries({ queryKey: ['progress'] });
  };
  const start = (): { values: UptakeDraft; version: number | undefined } => ({
    values: { cycle: record?.cycle ?? cycles[0] ?? '', status: record?.status ?? '', note: record?.note ?? '' },
    version: record?.version,
  });
  const {
    busy,
    error,
    conflict,
    base,
    draft,
    setDraft,
    save: saveDraft,
    takeTheirs,
  } = useVersionedDraft<UptakeDraft>(start, {
    read: (v): UptakeDraft => ({ cycle: record?.cycle ?? cycles[0] ?? '', status: statusIn(v), note: valueIn(v, 'note') }),
    refresh,
  });
  const [reason, setReason] = useState('');
  const dirty = draft.cycle !== base.values.cycle || draft.status !== base.values.status || draft.note !== base.values.note;
  useUnsavedChanges(dirty);
  const id = useId();

  const save = async (version: number | undefined) => {
    if (!draft.status) return;
    const status = draft.status;
    // The same cycle's record gets its next version; another cycle's is a record of its own.
    const expected = record && record.cycle === draft.cycle ? version : undefined;
    const ok = await saveDraft(version, () =>
      answer(
        api.PUT('/api/recommendations/{id}/uptake', {
          params: { path: { id: recommendationId } },
          body: {
            cycle: draft.cycle,
            status,
            note: draft.note,
            ...(expected !== undefined && { expectedVersion: expected }),
            ...(reason.trim() && { reason: reason.trim() }),
          },
        }),
      ),
    );
    if (ok) onDone();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(base.version);
  };
  const theirs = conflict && { status: statusIn(conflict.current), note: valueIn(conflict.current, 'note') };

  return (
    <form className="feedback-form" onSubmit={submit} aria-label={`Uptake of recommendation ${number}`}>
      <span className="field">
        <label htmlFor={`${id}-cycle`}>Seen in the cycle</label>
        <select id={`${id}-cycle`} value={draft.cycle} onChange={(e) => setDraft((d) => ({ ...d, cycle: e.target.value }))}>
          {cycles.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </span>
      <span className="field">
        <label htmlFor={`${id}-status`}>Did the district act on it?</label>
        <select id={`${id}-status`} required value={draft.status} onChange={(e) => setDraft((d) => ({ ...d, status: e.target.value as UptakeStatus | '' }))}>
          <option value="">Choose…</option>
          {UPTAKE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {UPTAKE_LABELS[s].replace(/^./, (c) => c.toUpperCase())}
            </option>
          ))}
        </select>
      </span>
      <span className="field wide">
        <label htmlFor={`${id}-note`}>What the leaders said (note)</label>
        <textarea id={`${id}-note`} rows={2} value={draft.note} onChange={(e) => setDraft((d) => ({ ...d, note: e.target.value }))} />
      </span>
      {record && <ChangeReason id={id} value={reason} onChange={setReason} />}
      <FormActions submit="Save the uptake" busy={busy} nothingToSave={!dirty || !draft.status} onCancel={onDone} />
      {theirs && conflict && (
        <ConflictValues
          busy={busy}
          values={[
            ['Acted on', theirs.status ? UPTAKE_LABELS[theirs.status] : ''],
            ['Note', theirs.note],
          ]}
          onSaveMine={() => void save(conflict.version)}
          onTakeTheirs={takeTheirs}
        />
      )}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}

/**
 * Citing what the uptake rests on: a turn of one of the district leaders' interviews of the cycle
 * the uptake was seen in, taken as a passage and cited by the record (its status and note unchanged).
 */
function CitePassage({ recommendationId, number, record }: { recommendationId: string; number: number; record: Uptake }) {
  const { place } = useFeedbackScope();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState('');
  const [shown, setShown] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const id = useId();
  const interviews = useLeaderInterviews({ partnershipId: place.partnershipId, district: place.district, cycle: record.cycle }, open);
  const list = interviews.data ?? [];
  const selected = chosen || list[0]?.id || '';
  const interview = list.find((i) => i.id === shown);
  const quoted = new Set(record.passages.map((p) => p.quote.trim()));

  const cite = async (turn: number) => {
    if (!interview) return;
    setBusy(true);
    setError(null);
    setDone('');
    try {
      const passage = await answer(
        api.POST('/api/partnerships/{partnershipId}/excerpts', {
          params: { path: { partnershipId: place.partnershipId } },
          body: { interview: interview.id, turn },
        }),
      );
      await answer(
        api.PUT('/api/recommendations/{id}/uptake', {
          params: { path: { id: recommendationId } },
          body: { cycle: record.cycle, status: record.status, note: record.note, passages: [passage.id], expectedVersion: record.version },
        }),
      );
      await client.invalidateQueries({ queryKey: ['uptake'] });
      setDone(`Cited turn ${turn + 1} of ${interview.code}.`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (!open)
    return (
      <p className="actions">
        <button type="button" className="secondary" onClick={() => setOpen(true)}>
          Cite a passage for the uptake of recommendation {number}
        </button>
      </p>
    );
  return (
    <div className="picker" role="group" aria-label={`Cite a passage for the uptake of recommendation ${number}`}>
      {interviews.isPending && <Loading what="the district leaders' interviews" />}
      {interviews.isError && <ErrorState error={interviews.error} />}
      {interviews.data?.length === 0 && (
        <Empty>
          No district leader interviews of {place.district} in {record.cycle}.
        </Empty>
      )}
      {list.length > 0 && (
        <form
          className="open-interview"
          aria-label="Choose a leader interview"
          onSubmit={(e) => {
            e.preventDefault();
            setShown(selected);
          }}
        >
          <span className="field">
            <label htmlFor={`${id}-interview`}>Leader interview of {record.cycle}</label>
            <select id={`${id}-interview`} value={selected} onChange={(e) => setChosen(e.target.value)}>
              {list.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.code} · {i.participant.pseudonym}, {i.organization.name}, {i.date}
                </option>
              ))}
            </select>
          </span>
          <button type="submit">Show its turns</button>
        </form>
      )}
      {interview && <Turns interviewId={interview.id} code={interview.code} quoted={quoted} busy={busy} onCite={(turn) => void cite(turn)} />}
      <p className="actions">
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Close
        </button>{' '}
        <span role="status" className="muted">
          {done}
        </span>
      </p>
      {error !== null && <ErrorState error={error} />}
    </div>
  );
}

function Turns({
  interviewId,
  code,
  quoted,
  busy,
  onCite,
}: {
  interviewId: string;
  code: string;
  quoted: ReadonlySet<string>;
  busy: boolean;
  onCite: (turn: number) => void;
}) {
  const transcript = useTranscript(interviewId);
  const prefix = useId();
  if (transcript.isPending) return <Loading what={`the transcript of ${code}`} />;
  if (transcript.isError) return <ErrorState error={transcript.error} />;
  return (
    <div className="turns" role="region" aria-label={`Transcript of ${code}`} tabIndex={0}>
      <ol>
        {transcript.data.turns.map((t) => (
          <li key={t.seq} className={t.speakerRole}>
            <p className="speaker">{t.speaker}</p>
            <p id={`${prefix}-${t.seq}`}>{t.text}</p>
            {t.speakerRole === 'participant' && (
              <button type="button" disabled={busy || quoted.has(t.text.trim())} aria-describedby={`${prefix}-${t.seq}`} onClick={() => onCite(t.seq)}>
                {quoted.has(t.text.trim()) ? 'Cited' : 'Cite this turn'}
              </button>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
