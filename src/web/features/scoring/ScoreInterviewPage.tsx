import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import { ChangeReason } from '../../components/ChangeReason';
import { FormActions } from '../../components/FormActions';
import { Empty, ErrorState, Loading } from '../../components/states';
import { type Rubric, type Score, useInterviewScores } from './scoring';
import './scoring.css';

/**
 * Scoring an interview beside its transcript: for each dimension of each rubric, the level given and
 * the passages cited, and a form to score it (or re-score it, as the score's next version) citing the
 * words selected in the transcript. A scorer assigned to the interview sees only their own scores
 * until their work on it is done.
 */
export function ScoreInterviewPage() {
  const { id = '' } = useParams();
  const { can } = useSession();
  const interview = useQuery({ queryKey: ['interview', id], queryFn: () => answer(api.GET('/api/interviews/{id}', { params: { path: { id } } })) });
  const transcript = useQuery({
    queryKey: ['transcript', id],
    queryFn: () => answer(api.GET('/api/interviews/{id}/transcript', { params: { path: { id }, query: {} } })),
  });
  const scores = useInterviewScores(id);
  return (
    <div className="scoring-page score-interview">
      <h1>
        Scoring <Link to={`/interviews/${id}`}>{interview.data?.code ?? id}</Link>
      </h1>
      <div className="beside">
        <section className="transcript-column" aria-label="Transcript">
          {transcript.isPending && <Loading what="the transcript" />}
          {transcript.isError && <ErrorState error={transcript.error} />}
          {transcript.data?.turns.map((t) => (
            <p key={t.seq} className={`turn ${t.speakerRole}`} data-seq={t.seq}>
              <strong>{t.speaker}:</strong> {t.text}
            </p>
          ))}
        </section>
        <section className="scores-column" aria-label="Scores">
          {scores.isPending && <Loading what="the scores" />}
          {scores.isError && <ErrorState error={scores.error} />}
          {scores.data?.rubrics.length === 0 && <Empty>The partnership has no rubric yet.</Empty>}
          {scores.data?.rubrics.map(({ rubric, scores: given, hidden }) => (
            <div key={rubric.id}>
              <h2>{rubric.name}</h2>
              {hidden > 0 && (
                <p className="hint">
                  {hidden} score{hidden === 1 ? '' : 's'} by other scorers stay hidden until your own scoring of this interview is done.
                </p>
              )}
              {rubric.dimensions.map((d) => (
                <Dimension
                  key={d.id}
                  interviewId={id}
                  rubric={rubric}
                  dimension={d}
                  scores={given.filter((s) => s.dimensionId === d.id)}
                  canScore={can.write}
                />
              ))}
            </div>
          ))}
        </section>
      </div>
    </div>
  );
}

function Dimension({
  interviewId,
  rubric,
  dimension,
  scores,
  canScore,
}: {
  interviewId: string;
  rubric: Rubric;
  dimension: Rubric['dimensions'][number];
  scores: Score[];
  canScore: boolean;
}) {
  const { me } = useSession();
  const mine = scores.find((s) => s.scorer === me.account.id);
  const client = useQueryClient();
  const [level, setLevel] = useState<number | ''>(mine?.level ?? '');
  const [quote, setQuote] = useState('');
  const [note, setNote] = useState(mine?.note ?? '');
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/api/interviews/{id}/scores', {
          params: { path: { id: interviewId } },
          body: {
            rubric: rubric.id,
            dimension: dimension.id,
            level: Number(level),
            note,
            ...(quote.trim() && { cite: [{ quote: quote.trim() }] }),
            ...(mine && { expectedVersion: mine.version, reason }),
          },
        }),
      ),
    onSuccess: async () => {
      setQuote('');
      setReason('');
      await client.invalidateQueries({ queryKey: ['scores', interviewId] });
      await client.invalidateQueries({ queryKey: ['score-distributions'] });
      await client.invalidateQueries({ queryKey: ['trajectory'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const field = `score-${dimension.id}`;
  return (
    <section className="dimension" aria-labelledby={`${field}-name`}>
      <h3 id={`${field}-name`}>{dimension.name}</h3>
      {scores.length === 0 && <p className="hint">Not scored yet.</p>}
      <ul className="given">
        {scores.map((s) => (
          <li key={s.id}>
            <strong>
              {s.level} {s.levelLabel}
            </strong>{' '}
            by {s.scorerName} <span className="hint">(version {s.version})</span>
            {s.note && <span className="note"> {s.note}</span>}
            <ul>
              {s.passages.map((p) => (
                <li key={p.id} className={p.retired ? 'retired' : undefined}>
                  {p.stance === 'contradicts' ? 'Against: ' : ''}“{p.quote}”{p.retired && ' (withdrawn)'}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {canScore && (
        <form onSubmit={submit} aria-label={`Score ${dimension.name}`}>
          <fieldset className="levels">
            <legend>{mine ? 'Re-score' : 'Level'}</legend>
            {dimension.levels.map((l) => (
              <label key={l.value} title={l.descriptor}>
                <input type="radio" name={field} value={l.value} checked={level === l.value} onChange={() => setLevel(l.value)} /> {l.value} {l.label}
              </label>
            ))}
          </fieldset>
          <p className="field wide">
            <label htmlFor={`${field}-quote`}>Passage that justifies it (words of the transcript, occurring once)</label>
            <textarea id={`${field}-quote`} rows={2} value={quote} onChange={(e) => setQuote(e.target.value)} />
            <button type="button" className="secondary" onClick={() => setQuote(window.getSelection()?.toString().trim() ?? '')}>
              Use the words selected in the transcript
            </button>
          </p>
          <p className="field wide">
            <label htmlFor={`${field}-note`}>Note (optional)</label>
            <input id={`${field}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
          </p>
          {mine && <ChangeReason id={field} value={reason} onChange={setReason} />}
          <FormActions submit={mine ? 'Save the re-score' : 'Save the score'} busy={save.isPending} nothingToSave={level === '' || (!mine && !quote.trim())} />
          {save.isError && <ErrorState error={save.error} />}
        </form>
      )}
    </section>
  );
}
