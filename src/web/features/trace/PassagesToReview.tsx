import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import type { Excerpt } from '../../api/types';
import { FormActions } from '../../components/FormActions';
import { ErrorState, Loading } from '../../components/states';

type Settling = 'reanchor' | 'withdraw' | null;

/**
 * Passages whose transcript was corrected after they were cited and whose words changed (those
 * whose words did not change moved to the new version by themselves). Each is settled here: its
 * words kept as they were said, re-anchored to the corrected words, or withdrawn.
 */
export function PassagesToReview({ interview }: { interview?: string }) {
  const { partnership, can } = useSession();
  const passages = useQuery({
    queryKey: ['passages-to-review', partnership?.id, interview],
    queryFn: () =>
      answer(
        api.GET('/api/partnerships/{partnershipId}/excerpts/to-review', {
          params: { path: { partnershipId: partnership!.id }, query: interview ? { interview } : {} },
        }),
      ),
    enabled: Boolean(partnership) && can.read,
  });
  if (!can.read) return null;
  if (passages.isPending) return <Loading what="the passages to review" />;
  if (passages.isError) return <ErrorState error={passages.error} />;
  if (passages.data.length === 0) return null;
  return (
    <section aria-labelledby="passages-to-review">
      <h2 id="passages-to-review">Passages of corrected transcripts to review</h2>
      <p>
        The words of these passages changed when their transcript was corrected. Keep the words as they were said, re-anchor the passage to the corrected words,
        or withdraw it; what cites it follows.
      </p>
      <ul className="passages-to-review">
        {passages.data.map((e) => (
          <PassageToReview key={e.id} excerpt={e} canWrite={can.write} />
        ))}
      </ul>
    </section>
  );
}

function PassageToReview({ excerpt: e, canWrite }: { excerpt: Excerpt; canWrite: boolean }) {
  const client = useQueryClient();
  const [settling, setSettling] = useState<Settling>(null);
  const [words, setWords] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const wordsField = useId();
  const reasonField = useId();
  const settled = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      await Promise.all([client.invalidateQueries({ queryKey: ['passages-to-review'] }), client.invalidateQueries({ queryKey: ['check'] })]);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const path = { params: { path: { id: e.id } } };
  const accept = () => settled(() => answer(api.POST('/api/excerpts/{id}/accept', { ...path, body: { expectedVersion: e.version } })));
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    void settled(() =>
      settling === 'reanchor'
        ? answer(api.POST('/api/excerpts/{id}/reanchor', { ...path, body: { expectedVersion: e.version, quote: words, ...(reason.trim() && { reason }) } }))
        : answer(api.POST('/api/excerpts/{id}/withdraw', { ...path, body: { reason } })),
    );
  };
  return (
    <li>
      <blockquote>“{e.quote}”</blockquote>
      <p className="muted">
        {e.pseudonym}, <Link to={`/interviews/${e.interviewId}`}>interview {e.interviewCode}</Link>: as cited in transcript version {e.transcriptVersion}, since
        corrected
      </p>
      {canWrite && settling === null && (
        <p className="actions">
          <button type="button" disabled={busy} onClick={() => void accept()}>
            Keep the words as they were said
          </button>{' '}
          <button type="button" onClick={() => setSettling('reanchor')}>
            Re-anchor to the corrected words
          </button>{' '}
          <button type="button" onClick={() => setSettling('withdraw')}>
            Withdraw the passage
          </button>
        </p>
      )}
      {canWrite && settling !== null && (
        <form onSubmit={submit}>
          {settling === 'reanchor' && (
            <>
              <label htmlFor={wordsField}>The corrected words, exactly as the new transcript has them</label>
              <textarea id={wordsField} required value={words} onChange={(ev) => setWords(ev.target.value)} autoFocus />
            </>
          )}
          <label htmlFor={reasonField}>{settling === 'withdraw' ? 'Why withdraw it (kept in the history)' : 'Why (kept in the history, optional)'}</label>
          <input id={reasonField} required={settling === 'withdraw'} value={reason} onChange={(ev) => setReason(ev.target.value)} />
          <FormActions
            submit={settling === 'reanchor' ? 'Re-anchor the passage' : 'Withdraw the passage'}
            busy={busy}
            nothingToSave={settling === 'reanchor' ? !words.trim() : !reason.trim()}
            onCancel={() => setSettling(null)}
          />
        </form>
      )}
      {error !== null && <ErrorState error={error} />}
    </li>
  );
}
