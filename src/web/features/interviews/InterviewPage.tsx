import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { answer, api } from '../../api/client';
import { ROLE_LABELS } from '../../api/labels';
import { useSession } from '../../api/session';
import { ErrorState, Loading } from '../../components/states';
import { IsfEditor } from '../isf/IsfEditor';
import { PassagesToReview } from '../trace/PassagesToReview';
import type { PassageSelection } from '../transcript/selection';
import { type CitedPassage, TranscriptReader } from '../transcript/TranscriptReader';
import { CodePicker, type CodingTarget, CodingActions, useCodings } from '../transcript/CodingPanel';
import { formatDate } from '../../components/dates';
import { UploadTranscript } from './UploadTranscript';

/** An interview: its transcript on the left, its Interview Summary Form on the right. */
export function InterviewPage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const { partnership, can } = useSession();
  const client = useQueryClient();
  const interview = useQuery({ queryKey: ['interview', id], queryFn: () => answer(api.GET('/api/interviews/{id}', { params: { path: { id } } })) });
  const transcript = useQuery({
    queryKey: ['transcript', id],
    queryFn: () => answer(api.GET('/api/interviews/{id}/transcript', { params: { path: { id } } })),
    enabled: Boolean(interview.data?.transcript),
  });
  const isfId = interview.data?.isf?.id;
  const isf = useQuery({
    queryKey: ['isf', isfId],
    queryFn: () => answer(api.GET('/api/isfs/{id}', { params: { path: { id: isfId! } } })),
    enabled: Boolean(isfId),
  });
  const start = useMutation({
    mutationFn: () =>
      answer(api.POST('/api/partnerships/{partnershipId}/isfs', { params: { path: { partnershipId: partnership!.id } }, body: { interview: id } })),
    onSuccess: async (created) => {
      client.setQueryData(['isf', created.id], created);
      await client.invalidateQueries({ queryKey: ['interview', id] });
    },
  });
  const [selection, setSelection] = useState<PassageSelection | null>(null);
  const onSelect = useCallback((s: PassageSelection | null) => setSelection(s), []);
  const fromUrl = params.get('passage')?.split('-').map(Number);
  const { codings, codes } = useCodings(id, Boolean(interview.data?.transcript));
  const [coding, setCoding] = useState<CodingTarget | null>(null);
  const [onlyCode, setOnlyCode] = useState('');
  const onCodeTurn = useCallback((seq: number) => setCoding({ kind: 'turn', seq }), []);
  const [shown, setShown] = useState<{ start: number; end: number } | null>(fromUrl?.length === 2 ? { start: fromUrl[0]!, end: fromUrl[1]! } : null);

  const cited = useMemo<CitedPassage[]>(() => {
    const byExcerpt = new Map<string, CitedPassage>();
    for (const f of isf.data?.fields ?? []) {
      for (const { excerpt } of f.entry?.evidence ?? []) {
        if (excerpt.transcriptId !== transcript.data?.id) continue;
        const passage = byExcerpt.get(excerpt.id) ?? { id: excerpt.id, start: excerpt.start, end: excerpt.end, usedBy: [] };
        passage.usedBy.push(f.field.label);
        byExcerpt.set(excerpt.id, passage);
      }
    }
    return [...byExcerpt.values()];
  }, [isf.data, transcript.data?.id]);

  if (interview.isPending) return <Loading what="the interview" />;
  if (interview.isError) return <ErrorState error={interview.error} />;
  const i = interview.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/interviews">Interviews</Link> › {i.code} · <Link to={`/scoring/interviews/${i.id}`}>Scores</Link>
      </p>
      <h1>
        {i.code}{' '}
        <span className="muted">
          · {i.participant.pseudonym}, {ROLE_LABELS[i.role] ?? i.role}, {i.organization.name} · {i.cycle} · {formatDate(i.date)}
        </span>
      </h1>
      <PassagesToReview interview={id} />
      <div className="split">
        <section className="reader" aria-labelledby="transcript-title">
          <h2 id="transcript-title">
            Transcript{' '}
            {transcript.data && (
              <span className="muted">
                · version {transcript.data.version} · {transcript.data.words.toLocaleString('en-US')} words
              </span>
            )}
          </h2>
          {can.write && <UploadTranscript interviewId={id} />}
          <p id="cite-help" className="hint">
            {selection
              ? `Selected: “${selection.quote.slice(0, 120)}${selection.quote.length > 120 ? '…' : ''}” — cite it into a field of the form.`
              : 'Select a passage to cite it into a field of the form (from the keyboard: move through the turns with the arrow keys, Enter selects one).'}
          </p>
          {transcript.isPending && i.transcript && <Loading what="the transcript" />}
          {transcript.isError && <ErrorState error={transcript.error} />}
          {transcript.data && (
            <div className="coding-bar">
              {can.write && (
                <button type="button" disabled={!selection} onClick={() => selection && setCoding({ kind: 'selection', selection })}>
                  Code the selection…
                </button>
              )}
              <label>
                Show only turns coded{' '}
                <select value={onlyCode} onChange={(e) => setOnlyCode(e.target.value)}>
                  <option value="">(any code: every turn)</option>
                  {(codes.data ?? []).map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </label>
              {codings.data && !codings.data.othersShown && (
                <span className="muted">You are coding this interview blind: only your own codings show until you mark yours done.</span>
              )}
            </div>
          )}
          {can.write && (
            <p className="hint" id="coding-keys">
              To code: select words and choose Code the selection, or focus a turn (arrow keys) and press C to code the whole turn. In the picker, type to find
              a code, Enter picks the one found, Escape closes. The bars beside each turn are its codes: open one to see its code and coder, and to uncode or
              recode your own.
            </p>
          )}
          {coding && codes.data && <CodePicker on={{ interviewId: id }} target={coding} codes={codes.data} onDone={() => setCoding(null)} />}
          {codings.isError && <ErrorState error={codings.error} />}
          {transcript.data && (
            <TranscriptReader
              turns={transcript.data.turns}
              cited={cited}
              focus={shown}
              onSelect={onSelect}
              codings={codings.data?.codings}
              onlyCode={onlyCode || null}
              onCodeTurn={can.write ? onCodeTurn : undefined}
              renderCodingActions={(c) => <CodingActions coding={c} codes={codes.data ?? []} on={{ interviewId: id }} />}
            />
          )}
        </section>
        <div className="form-pane">
          {!isfId && (
            <section className="isf">
              <h2>Interview Summary Form</h2>
              <p>No one has started the ISF of this interview yet.</p>
              {can.write && (
                <button type="button" onClick={() => start.mutate()} disabled={start.isPending}>
                  Start the ISF
                </button>
              )}
              {start.isError && <ErrorState error={start.error} />}
            </section>
          )}
          {isf.isPending && isfId && <Loading what="the form" />}
          {isf.isError && <ErrorState error={isf.error} />}
          {isf.data && <IsfEditor interview={i} isf={isf.data} selection={selection} onShowPassage={(s, e) => setShown({ start: s, end: e })} />}
        </div>
      </div>
    </>
  );
}
