import { useEffect, useId, useRef, useState } from 'react';
import { answer, api } from '../../api/client';
import type { Interview, StrategyEvidence } from '../../api/types';
import { Empty, ErrorState, Loading } from '../../components/states';
import { type PassageSelection, passageSelection } from '../transcript/selection';
import { useArtifacts, useLeaderInterviews, useRefreshStrategies, useScope, useTranscript } from './scope';
import { formatDate } from '../../components/dates';

interface Props {
  /** The strategy or element that cites. */
  citingId: string;
  /** What it is, for the control's label: "the strategy", "the intended support". */
  what: string;
  evidence: readonly StrategyEvidence[];
}

/**
 * "Cite evidence" for a strategy or one of its elements: one of the district's documents of the
 * cycle, or a passage of one of its leaders' interviews of that cycle: a whole turn, or the words
 * selected in one (widened to whole words, as the server stores them).
 */
export function EvidencePicker({ citingId, what, evidence }: Props) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="evidence-picker">
      <button type="button" className="secondary" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        {open ? 'Close the evidence' : 'Cite evidence'}
      </button>
      {open && <Picker id={panelId} citingId={citingId} what={what} evidence={evidence} />}
    </div>
  );
}

function Picker({ id, citingId, what, evidence }: Props & { id: string }) {
  const scope = useScope();
  const refresh = useRefreshStrategies();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const noteId = useId();

  const cite = async (citedId: () => Promise<string>, description: string) => {
    setBusy(true);
    setError(null);
    setDone('');
    try {
      await answer(api.POST('/api/strategy-evidence', { body: { citingId, citedId: await citedId(), ...(note.trim() && { note: note.trim() }) } }));
      await refresh();
      setNote('');
      setDone(`Cited ${description}.`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  /** A whole turn (by its number) or the words selected in one. */
  const citePassage = (interview: Interview, passage: number | PassageSelection) =>
    cite(
      async () =>
        (
          await answer(
            api.POST('/api/partnerships/{partnershipId}/excerpts', {
              params: { path: { partnershipId: scope.partnershipId } },
              body:
                typeof passage === 'number' ? { interview: interview.id, turn: passage } : { interview: interview.id, start: passage.start, end: passage.end },
            }),
          )
        ).id,
      typeof passage === 'number' ? `turn ${passage + 1} of ${interview.code}` : `“${excerpt(passage.quote)}” from ${interview.code}`,
    );

  return (
    <div id={id} className="picker" role="group" aria-label={`Cite evidence for ${what}`}>
      <p className="field">
        <label htmlFor={noteId}>Note on the evidence (optional)</label>
        <input id={noteId} value={note} onChange={(e) => setNote(e.target.value)} />
      </p>
      <ArtifactChoices evidence={evidence} busy={busy} onCite={(artifactId, title) => void cite(async () => artifactId, `“${title}”`)} />
      <InterviewChoices evidence={evidence} busy={busy} onCite={(interview, passage) => void citePassage(interview, passage)} />
      <p role="status" className="muted">
        {done}
      </p>
      {error !== null && <ErrorState error={error} />}
    </div>
  );
}

function ArtifactChoices({ evidence, busy, onCite }: { evidence: readonly StrategyEvidence[]; busy: boolean; onCite: (id: string, title: string) => void }) {
  const scope = useScope();
  const artifacts = useArtifacts(scope, true);
  const cited = new Set(evidence.map((e) => e.citedId));
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>The district's documents</h4>
      {artifacts.isPending && <Loading what="the documents" />}
      {artifacts.isError && <ErrorState error={artifacts.error} />}
      {artifacts.data?.length === 0 && (
        <Empty>
          No documents of {scope.district} for {scope.cycle} yet.
        </Empty>
      )}
      {artifacts.data && artifacts.data.length > 0 && (
        <ul className="choices">
          {artifacts.data.map((a) => (
            <li key={a.id}>
              <span id={`${headingId}-${a.id}`}>
                <cite>{a.title}</cite> <span className="muted">({a.fileName})</span>
              </span>{' '}
              <button type="button" disabled={busy || cited.has(a.id)} aria-describedby={`${headingId}-${a.id}`} onClick={() => onCite(a.id, a.title)}>
                {cited.has(a.id) ? 'Cited' : 'Cite this document'}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function InterviewChoices({
  evidence,
  busy,
  onCite,
}: {
  evidence: readonly StrategyEvidence[];
  busy: boolean;
  onCite: (interview: Interview, passage: number | PassageSelection) => void;
}) {
  const scope = useScope();
  const interviews = useLeaderInterviews(scope, true);
  const [chosen, setChosen] = useState('');
  const [opened, setOpened] = useState('');
  const headingId = useId();
  const selectId = useId();
  const list = interviews.data ?? [];
  const selected = chosen || list[0]?.id || '';
  const interview = list.find((i) => i.id === opened);
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId}>Passages of the district leaders' interviews</h4>
      {interviews.isPending && <Loading what="the district leaders' interviews" />}
      {interviews.isError && <ErrorState error={interviews.error} />}
      {interviews.data?.length === 0 && (
        <Empty>
          No district leader interviews of {scope.district} in {scope.cycle}.
        </Empty>
      )}
      {list.length > 0 && (
        <form
          className="open-interview"
          onSubmit={(e) => {
            e.preventDefault();
            setOpened(selected);
          }}
        >
          <span className="field">
            <label htmlFor={selectId}>Interview</label>
            <select id={selectId} value={selected} onChange={(e) => setChosen(e.target.value)}>
              {list.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.code} · {i.participant.pseudonym}, {i.organization.name}, {formatDate(i.date)}
                </option>
              ))}
            </select>
          </span>
          <button type="submit">Show its turns</button>
        </form>
      )}
      {interview && <Turns interview={interview} evidence={evidence} busy={busy} onCite={(passage) => onCite(interview, passage)} />}
    </section>
  );
}

const excerpt = (quote: string) => (quote.length > 120 ? `${quote.slice(0, 120)}…` : quote);

/** The interview's turns: each of the leader's own citable whole, or the words selected in one of them. */
function Turns({
  interview,
  evidence,
  busy,
  onCite,
}: {
  interview: Interview;
  evidence: readonly StrategyEvidence[];
  busy: boolean;
  onCite: (passage: number | PassageSelection) => void;
}) {
  const transcript = useTranscript(interview.id);
  const prefix = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<PassageSelection | null>(null);
  useEffect(() => {
    const report = () => ref.current && setSelection(passageSelection(ref.current));
    document.addEventListener('selectionchange', report);
    return () => document.removeEventListener('selectionchange', report);
  }, []);
  if (transcript.isPending) return <Loading what={`the transcript of ${interview.code}`} />;
  if (transcript.isError) return <ErrorState error={transcript.error} />;
  // A turn already cited from this interview (its words quoted whole) is not offered again.
  const quoted = new Set(evidence.filter((e) => e.kind === 'excerpt' && e.source === interview.code).map((e) => e.text.trim()));
  const turns = transcript.data.turns;
  // Only a leader's own words are evidence of the district's strategy: a selection stays within one of their turns.
  const within = selection && turns.find((t) => t.speakerRole === 'participant' && t.textStart <= selection.start && selection.end <= t.end);
  return (
    <>
      <p className="hint" id={`${prefix}-selection`} role="status">
        {!selection
          ? 'Select words in one of the leader’s turns to cite them, or cite a whole turn.'
          : within
            ? `Selected: “${excerpt(selection.quote)}”`
            : 'Select words within one of the leader’s turns (not the interviewer’s, nor across turns).'}
      </p>
      <button
        type="button"
        disabled={busy || !within}
        aria-describedby={`${prefix}-selection`}
        onClick={() => {
          if (!selection) return;
          onCite(selection);
          window.getSelection()?.removeAllRanges();
        }}
      >
        Cite the selected words
      </button>
      <div className="turns" role="region" aria-label={`Transcript of ${interview.code}`} tabIndex={0} ref={ref}>
        <ol>
          {turns.map((t) => (
            <li key={t.seq} className={t.speakerRole}>
              <p className="speaker">{t.speaker}</p>
              <p id={`${prefix}-${t.seq}`} data-text-offset={t.textStart}>
                {t.text}
              </p>
              {t.speakerRole === 'participant' && (
                <button type="button" disabled={busy || quoted.has(t.text.trim())} aria-describedby={`${prefix}-${t.seq}`} onClick={() => onCite(t.seq)}>
                  {quoted.has(t.text.trim()) ? 'Cited' : 'Cite this turn'}
                </button>
              )}
            </li>
          ))}
        </ol>
      </div>
    </>
  );
}
