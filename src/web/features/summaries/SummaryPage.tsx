import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { answer, api } from '../../api/client';
import { ROLE_LABELS } from '../../api/labels';
import { useSession } from '../../api/session';
import type { Claim } from '../../api/types';
import { Empty, ErrorState, Loading } from '../../components/states';
import { History } from '../history/History';
import { type Stance, useStances } from '../citing/stances';
import { shortened, Uncite } from '../citing/Uncite';
import { Revise } from '../revise/Revise';
import { useUnsavedChanges } from '../../components/unsaved';

/**
 * A summary's claims, each with its evidence and triangulation; what each participant in scope said,
 * question by question, side by side; and, for those who write, a new claim on those accounts.
 */
export function SummaryPage() {
  const { id = '' } = useParams();
  const { can } = useSession();
  const summary = useQuery({ queryKey: ['summary', id], queryFn: () => answer(api.GET('/api/summaries/{id}', { params: { path: { id } } })) });
  if (summary.isPending) return <Loading what="the summary" />;
  if (summary.isError) return <ErrorState error={summary.error} />;
  const s = summary.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/summaries">Summaries</Link> › {s.title}
      </p>
      <h1>{s.title}</h1>
      <History id={s.id} />
      <h2>Claims</h2>
      {s.claims.length === 0 && <Empty>No claim yet.</Empty>}
      <ol className="claims">
        {s.claims.map((c) => (
          <ClaimView key={c.id} claim={c} />
        ))}
      </ol>
      {can.write ? <NewClaim summaryId={s.id} /> : <SideBySide summaryId={s.id} />}
    </>
  );
}

function ClaimView({ claim }: { claim: Claim }) {
  const { can } = useSession();
  const client = useQueryClient();
  const t = claim.triangulation;
  return (
    <li className="claim">
      <p className="claim-text">{claim.text}</p>
      <p className={`triangulation ${t.status.replace(' ', '-')}`}>
        <strong>{t.status}</strong>
        {t.agreeing.length > 0 && <> · agree: {t.agreeing.map((a) => a.pseudonym).join(', ')}</>}
        {t.disagreeing.length > 0 && <> · disagree: {t.disagreeing.map((a) => a.pseudonym).join(', ')}</>}
        {claim.triangulationNote && <span className="muted"> — {claim.triangulationNote}</span>}
      </p>
      <ul className="claim-evidence">
        {claim.evidence.map((e) => (
          <li key={e.citation.id} className={e.citation.stance}>
            <span className="stance">{e.citation.stance === 'supports' ? 'Supports' : 'Contradicts'}</span> {e.entry.pseudonym} (
            {ROLE_LABELS[e.entry.role] ?? e.entry.role}, {e.entry.school}), {e.entry.fieldLabel}: {e.entry.text}
            {can.write && !claim.retired && (
              <Uncite
                id={e.citation.id}
                cited={`${e.entry.pseudonym}’s ISF entry “${shortened(e.entry.text)}”`}
                warning={
                  claim.evidence.length === 1
                    ? 'It is the only ISF entry this claim cites: the chain check lists the claim as broken until it cites another.'
                    : undefined
                }
                onRemoved={() =>
                  Promise.all([
                    client.invalidateQueries({ queryKey: ['summary', claim.summaryId] }),
                    client.invalidateQueries({ queryKey: ['history', claim.id] }),
                  ])
                }
              />
            )}
          </li>
        ))}
      </ul>
      <p>
        <Link to={`/trace/${claim.id}`}>Trace to the transcripts</Link>
      </p>
      <History id={claim.id} />
      <Revise kind="claim" id={claim.id} text={claim.text} version={claim.version} refresh={[['summary', claim.summaryId]]} />
    </li>
  );
}

/**
 * Writing a claim: pick a question (an ISF field), read side by side what each participant in the
 * summary's scope said about it, and mark each account as supporting or contradicting the claim.
 */
function NewClaim({ summaryId }: { summaryId: string }) {
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [note, setNote] = useState('');
  const { stances, setStance, clear, count: cited } = useStances();
  useUnsavedChanges(text.trim() !== '' || cited > 0);
  const add = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/api/summaries/{id}/claims', {
          params: { path: { id: summaryId } },
          body: { text, triangulationNote: note, cite: Object.entries(stances).map(([entryId, stance]) => ({ entryId, stance })) },
        }),
      ),
    onSuccess: async () => {
      setText('');
      setNote('');
      clear();
      await client.invalidateQueries({ queryKey: ['summary', summaryId] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <section className="new-claim" aria-labelledby="new-claim-title">
      <h2 id="new-claim-title">Write a claim</h2>
      <form onSubmit={submit}>
        <label htmlFor="claim-text">Claim</label>
        <textarea id="claim-text" required rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        <label htmlFor="claim-note">Triangulation note: which accounts agree, which disagree</label>
        <textarea id="claim-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        <h3>Evidence from the ISFs in this summary's scope</h3>
        <Accounts summaryId={summaryId} stances={stances} onStance={setStance} />
        <p className="muted">{cited === 0 ? 'A claim needs evidence: cite at least one account.' : `${cited} account${cited === 1 ? '' : 's'} cited.`}</p>
        <button type="submit" disabled={add.isPending || cited === 0 || !text.trim()}>
          Add the claim
        </button>
        {add.isError && <ErrorState error={add.error} />}
      </form>
    </section>
  );
}

/** For those who read only: the accounts side by side, question by question. */
function SideBySide({ summaryId }: { summaryId: string }) {
  return (
    <section aria-labelledby="side-by-side-title">
      <h2 id="side-by-side-title">What each participant said, side by side</h2>
      <Accounts summaryId={summaryId} />
    </section>
  );
}

/**
 * The triangulation view: pick a question (an ISF field) and read what each participant in the
 * summary's scope said about it; with `onStance`, mark each account as supporting or contradicting.
 */
function Accounts({
  summaryId,
  stances = {},
  onStance,
}: {
  summaryId: string;
  stances?: Record<string, Stance>;
  onStance?: (entryId: string, stance: Stance | null) => void;
}) {
  const candidates = useQuery({
    queryKey: ['candidates', summaryId],
    queryFn: () => answer(api.GET('/api/summaries/{id}/evidence-candidates', { params: { path: { id: summaryId } } })),
  });
  const fields = useMemo(() => [...new Map((candidates.data ?? []).map((c) => [c.field, c.fieldLabel])).entries()], [candidates.data]);
  const [field, setField] = useState('');
  const chosenField = field || fields[0]?.[0] || '';
  if (candidates.isPending) return <Loading what="the ISF entries" />;
  if (candidates.isError) return <ErrorState error={candidates.error} />;
  if (candidates.data.length === 0) return <Empty>No ISF entry in this summary's scope yet: write the ISFs of its interviews first.</Empty>;
  return (
    <>
      <label htmlFor="question">Question</label>
      <select id="question" value={chosenField} onChange={(e) => setField(e.target.value)}>
        {fields.map(([key, label]) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
      </select>
      <div className="accounts" role="group" aria-label="What each participant said">
        {candidates.data
          .filter((c) => c.field === chosenField)
          .map((c) => (
            <div key={c.id} className={`account-card ${stances[c.id] ?? ''}`}>
              <p className="who">
                {c.pseudonym}{' '}
                <span className="muted">
                  ({ROLE_LABELS[c.role] ?? c.role}, {c.school}, {c.interviewCode})
                </span>
              </p>
              <p>{c.text}</p>
              {onStance && (
                <>
                  <label htmlFor={`stance-${c.id}`}>This account</label>
                  <select id={`stance-${c.id}`} value={stances[c.id] ?? ''} onChange={(e) => onStance(c.id, (e.target.value || null) as Stance | null)}>
                    <option value="">is not cited</option>
                    <option value="supports">supports the claim</option>
                    <option value="contradicts">contradicts the claim</option>
                  </select>
                </>
              )}
            </div>
          ))}
      </div>
    </>
  );
}
