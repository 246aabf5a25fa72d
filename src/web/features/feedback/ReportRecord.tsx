import { Link } from 'react-router';
import { type FormEvent, useId, useState } from 'react';
import { answer, api } from '../../api/client';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { onDay, useRefreshFeedback } from './queries';
import { useFeedbackScope } from './scope';
import { ChangeReason } from '../../components/ChangeReason';
import { FormActions } from '../../components/FormActions';
import { HappenedOn, localToday } from '../../components/HappenedOn';

/** The record of the report sent to the district and of the meeting that discussed it, with forms to record them. */
export function ReportRecord() {
  const { feedback, canWrite } = useFeedbackScope();
  return (
    <section className="report-record" aria-labelledby="report-record-title">
      <h2 id="report-record-title">The report sent and the meeting</h2>
      <div className="record-part">
        <h3>Report sent</h3>
        {feedback.sent.length === 0 ? (
          <p className="muted">Not recorded as sent yet.</p>
        ) : (
          <ul className="sent">
            {feedback.sent.map((s) => (
              <li key={s.id}>
                Version {s.number}, sent to the district on <time dateTime={s.sentOn}>{onDay(s.sentOn)}</time>
                {s.number > 1 && <span>: {s.reason}</span>}
                {s.note && <span> — {s.note}</span>} <span className="muted">(recorded by {s.createdBy})</span>
              </li>
            ))}
          </ul>
        )}
        {feedback.lostSinceSent.length > 0 && (
          <div className="warning" role="status" aria-labelledby="lost-since-sent-title">
            <p id="lost-since-sent-title">
              The district still reads these statements as sent, but what they rest on has been retired or unlinked since. Tell the district, and send a
              corrected report:
            </p>
            <ul aria-label="Statements of the report sent that lost their evidence">
              {feedback.lostSinceSent.map((i) => (
                <li key={i.id}>
                  {i.label}
                  <ul>
                    {(i.why ?? i.reasons.map((text) => ({ text, mendAt: undefined }))).map((r) => (
                      <li key={r.text} className="muted">
                        {r.mendAt ? <Link to={`/trace/${r.mendAt.id}`}>{r.text}</Link> : r.text}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </div>
        )}
        {canWrite && <SentForm />}
      </div>
      <div className="record-part">
        <h3>Feedback meeting</h3>
        {feedback.meetings.length === 0 ? (
          <p className="muted">No meeting recorded yet.</p>
        ) : (
          feedback.meetings.map((m) => (
            <article key={m.id} className="meeting" aria-label={`Meeting of ${onDay(m.heldOn)}`}>
              <p>
                Held on <time dateTime={m.heldOn}>{onDay(m.heldOn)}</time> <span className="muted">(recorded by {m.createdBy})</span>
              </p>
              <dl className="facts">
                <dt>Attended</dt>
                <dd>{m.attendees.join(', ')}</dd>
                <dt>Notes of the discussion</dt>
                <dd className="notes">{m.notes}</dd>
              </dl>
            </article>
          ))
        )}
        {canWrite && <MeetingForm />}
      </div>
    </section>
  );
}

/** Posts a record (by the call given) for the page's district and cycle; keeps what was typed when the server refuses it. */
function useRecording() {
  const { place } = useFeedbackScope();
  const refresh = useRefreshFeedback();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const record = async (
    post: (district: string, cycle: string) => Promise<{ data?: unknown; error?: unknown; response: Response }>,
    said: string,
  ): Promise<boolean> => {
    setBusy(true);
    setError(null);
    setDone('');
    try {
      await answer(post(place.districtId, place.cycle));
      await refresh();
      setDone(said);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, done, record };
}

function SentForm() {
  const { feedback, place } = useFeedbackScope();
  const { busy, error, done, record } = useRecording();
  const [on, setOn] = useState(localToday);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  useUnsavedChanges(note.trim() !== '' || reason.trim() !== '');
  const id = useId();
  const next = Math.max(0, ...feedback.sent.map((s) => s.number)) + 1;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (
      await record(
        (id, cycle) =>
          api.POST('/api/districts/{id}/feedback-reports', {
            params: { path: { id } },
            body: { cycle, on, ...(note.trim() && { note: note.trim() }), ...(next > 1 && { reason: reason.trim() }) },
          }),
        `Version ${next} recorded as sent on ${onDay(on)}: the district reads it as it stands now, whatever is edited later.`,
      )
    ) {
      setOn(localToday());
      setNote('');
      setReason('');
    }
  };
  return (
    <form className="feedback-form record-form" onSubmit={(e) => void submit(e)} aria-label="Record that the report was sent">
      <p className="hint">
        Recording the report sent keeps its partner version as version {next}, exactly as it stands now: the district reads that version, and later edits are a
        draft of the next.
      </p>
      {next > 1 && <ChangeReason id={id} value={reason} onChange={setReason} label={`What version ${next} changes (kept with it)`} required="form" rows={2} />}
      <HappenedOn id={id} label="Sent on" value={on} onChange={setOn} cycle={place.cycle} />
      <span className="field grow">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <input id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </span>
      <FormActions submit="Record the report sent" busy={busy}>
        <span role="status" className="muted">
          {done}
        </span>
      </FormActions>
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}

function MeetingForm() {
  const { place } = useFeedbackScope();
  const { busy, error, done, record } = useRecording();
  const [on, setOn] = useState(localToday);
  const [attendees, setAttendees] = useState('');
  const [notes, setNotes] = useState('');
  useUnsavedChanges(attendees.trim() !== '' || notes.trim() !== '');
  const id = useId();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const names = attendees
      .split('\n')
      .map((a) => a.trim())
      .filter(Boolean);
    if (
      await record(
        (id, cycle) => api.POST('/api/districts/{id}/feedback-meetings', { params: { path: { id } }, body: { cycle, on, attendees: names, notes } }),
        `Meeting of ${onDay(on)} recorded.`,
      )
    ) {
      setOn(localToday());
      setAttendees('');
      setNotes('');
    }
  };
  return (
    <form className="feedback-form record-form" onSubmit={(e) => void submit(e)} aria-label="Record the meeting">
      <HappenedOn id={id} label="Held on" value={on} onChange={setOn} cycle={place.cycle} />
      <span className="field wide">
        <label htmlFor={`${id}-attendees`}>Who attended (one name a line)</label>
        <textarea id={`${id}-attendees`} rows={3} value={attendees} onChange={(e) => setAttendees(e.target.value)} />
      </span>
      <span className="field wide">
        <label htmlFor={`${id}-notes`}>Notes of the discussion</label>
        <textarea id={`${id}-notes`} rows={4} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </span>
      <FormActions submit="Record the meeting" busy={busy}>
        <span role="status" className="muted">
          {done}
        </span>
      </FormActions>
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
