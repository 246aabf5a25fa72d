import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react';
import { ApiError, upload } from '../../api/client';
import { ErrorState } from '../../components/states';

const TRANSCRIPT = '/api/interviews/{id}/transcript';
type Uploaded = Awaited<ReturnType<typeof send>>;
type SpeakerRole = 'interviewer' | 'participant' | 'other';

/** A speaker label the server could not place, as it lists it (details.speakers). */
interface AskedLabel {
  speaker: string;
  turns: number;
  firstWords: string;
}

const ROLE_CHOICES: { value: SpeakerRole; label: string }[] = [
  { value: 'interviewer', label: 'Interviewer' },
  { value: 'participant', label: 'Participant' },
  { value: 'other', label: 'Someone else' },
];

function send(id: string, file: File, speakers?: Record<string, SpeakerRole>) {
  const query = { fileName: file.name, ...(speakers && { speakers: JSON.stringify(speakers) }) };
  return upload(TRANSCRIPT, { path: { id }, query }, file, () => {}, 'application/octet-stream');
}

/** What a new interview is, beside its transcript file. */
export interface NewInterview {
  participant: string;
  cycle: string;
  date: string;
  interviewer: string;
}

function sendNew(partnershipId: string, interview: NewInterview, file: File, speakers?: Record<string, SpeakerRole>) {
  const query = { ...interview, fileName: file.name, ...(speakers && { speakers: JSON.stringify(speakers) }) };
  return upload('/api/partnerships/{partnershipId}/interviews', { path: { partnershipId }, query }, file, () => {}, 'application/octet-stream');
}

const askedLabels = (e: unknown): AskedLabel[] | null =>
  e instanceof ApiError && Array.isArray(e.details?.speakers) ? (e.details.speakers as AskedLabel[]) : null;

/**
 * Adding a transcript file to the interview (its first, or a corrected version). When its speaker
 * labels do not say who is who ("Speaker 1", "Speaker 2"), a second step shows each label with its
 * first words and asks whose it is; the server remembers the answer for the file.
 */
export function UploadTranscript(
  props:
    | { interviewId: string; newInterview?: undefined }
    | { interviewId?: undefined; newInterview: { partnershipId: string; details: NewInterview; fields: ReactNode; onAdded: (interviewId: string) => void } },
) {
  const { interviewId, newInterview } = props;
  const client = useQueryClient();
  const ids = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [asked, setAsked] = useState<AskedLabel[] | null>(null);
  const [roles, setRoles] = useState<Record<string, SpeakerRole | ''>>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Uploaded | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function store(chosen: File, speakers?: Record<string, SpeakerRole>) {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const stored = newInterview
        ? await sendNew(newInterview.partnershipId, newInterview.details, chosen, speakers)
        : await send(interviewId, chosen, speakers);
      setDone(stored);
      setAsked(null);
      setFile(null);
      if (input.current) input.current.value = '';
      if (newInterview) {
        await client.invalidateQueries({ queryKey: ['interviews'] });
        newInterview.onAdded(stored.interviewId);
      } else
        await Promise.all([
          client.invalidateQueries({ queryKey: ['interview', interviewId] }),
          client.invalidateQueries({ queryKey: ['transcript', interviewId] }),
        ]);
    } catch (e) {
      const labels = askedLabels(e);
      if (labels && !speakers) {
        setAsked(labels);
        setRoles(Object.fromEntries(labels.map((l) => [l.speaker, ''])));
      } else setError(e);
    } finally {
      setBusy(false);
    }
  }

  function submitFile(e: FormEvent) {
    e.preventDefault();
    const chosen = input.current?.files?.[0];
    if (!chosen) return;
    setFile(chosen);
    setAsked(null);
    void store(chosen);
  }

  function submitSpeakers(e: FormEvent) {
    e.preventDefault();
    if (!file || !asked) return;
    const chosen = Object.entries(roles);
    if (chosen.some(([, role]) => role === '')) return setError(new Error('Say whose each speaker label is.'));
    void store(file, Object.fromEntries(chosen) as Record<string, SpeakerRole>);
  }

  return (
    <details className="new upload-transcript">
      <summary>{newInterview ? 'Add an interview' : 'Upload a transcript'}</summary>
      <form className="filters" aria-label={newInterview ? 'Add an interview with its transcript' : 'Upload a transcript'} onSubmit={submitFile}>
        {newInterview?.fields}
        <span className="field">
          <label htmlFor={`${ids}-file`}>Transcript file</label>
          <input id={`${ids}-file`} ref={input} type="file" accept=".txt,.docx,.vtt,.srt" required aria-describedby={`${ids}-hint`} />
        </span>
        <button type="submit" disabled={busy}>
          {newInterview ? 'Add the interview' : 'Upload'}
        </button>
        <p id={`${ids}-hint`} className="hint">
          Text, Word (.docx), WebVTT or SRT, as typed or as Otter.ai, Rev or f4/f5transkript export it. A corrected file becomes the next version; passages
          cited from the current one keep their words.
        </p>
      </form>
      {asked && file && (
        <form aria-label="Whose is each speaker label?" onSubmit={submitSpeakers}>
          <fieldset>
            <legend>Whose is each speaker label of {file.name}?</legend>
            <p className="hint">The labels do not say who is the interviewer. Your answer is remembered for this file, for when a corrected version comes.</p>
            <table>
              <thead>
                <tr>
                  <th scope="col">Label</th>
                  <th scope="col">Turns</th>
                  <th scope="col">First words</th>
                  <th scope="col">Who</th>
                </tr>
              </thead>
              <tbody>
                {asked.map((l, n) => (
                  <tr key={l.speaker}>
                    <th scope="row">{l.speaker}</th>
                    <td className="number">{l.turns}</td>
                    <td>“{l.firstWords}”</td>
                    <td>
                      <select
                        id={`${ids}-role-${n}`}
                        aria-label={`Who is ${l.speaker}`}
                        required
                        value={roles[l.speaker] ?? ''}
                        onChange={(e) => setRoles({ ...roles, [l.speaker]: e.target.value as SpeakerRole | '' })}
                      >
                        <option value="">Choose…</option>
                        {ROLE_CHOICES.map((c) => (
                          <option key={c.value} value={c.value}>
                            {c.label}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </fieldset>
          <button type="submit" disabled={busy}>
            Store the transcript
          </button>{' '}
          <button type="button" onClick={() => setAsked(null)} disabled={busy}>
            Cancel
          </button>
        </form>
      )}
      <div aria-live="polite">
        {busy && <p role="status">Reading the transcript…</p>}
        {done && (
          <p className="done">
            {newInterview
              ? 'Interview added with its transcript.'
              : done.stored
                ? `Transcript version ${done.version} stored.`
                : 'This file holds the current transcript already: nothing new was stored.'}
          </p>
        )}
      </div>
      {error !== null && <ErrorState error={error} />}
    </details>
  );
}
