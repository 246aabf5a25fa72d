import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { type Answer, answer, api, upload } from '../../api/client';
import { useSession } from '../../api/session';
import { Empty, ErrorState, Loading } from '../../components/states';
import { FormActions } from '../../components/FormActions';
import { formatDate } from '../../components/dates';
import { useCodebook } from '../codebook/codes';
import './reliability.css';

type Assignment = Answer<'/api/partnerships/{partnershipId}/coding-assignments'>[number];
type Disagreement = Answer<'/api/partnerships/{partnershipId}/reliability/disagreements'>['disagreements'][number];
type Level = 'nominal' | 'ordinal' | 'interval' | 'ratio';

const figure = (x: number | null | undefined, digits = 3) => (x === null || x === undefined ? '—' : x.toFixed(digits));
const percent = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);

/**
 * Double coding and reliability: who codes which interviews (blind until done), agreement per code
 * (Krippendorff's α, Cohen's κ, percent agreement, unitizing α), the disagreements side by side with
 * their reconciliation, and a calculator for ratings made outside Warrant.
 */
export function ReliabilityPage() {
  const { partnership, can, me } = useSession();
  const partnershipId = partnership!.id;
  const path = { partnershipId };
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: ['reliability', partnershipId] });
  const assignments = useQuery({
    queryKey: ['reliability', partnershipId, 'assignments'],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/coding-assignments', { params: { path } })),
  });
  const agreement = useQuery({
    queryKey: ['reliability', partnershipId, 'agreement'],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/reliability/agreement', { params: { path } })),
  });
  const [code, setCode] = useState('');
  const disagreements = useQuery({
    queryKey: ['reliability', partnershipId, 'disagreements', code],
    queryFn: () =>
      answer(api.GET('/api/partnerships/{partnershipId}/reliability/disagreements', { params: { path, query: { limit: 200, ...(code && { code }) } } })),
  });
  // Codes in the codebook's reading order, as the codebook and the coding picker list them.
  const codebook = useCodebook();
  const order = new Map((codebook.data ?? []).map((c, i) => [c.id, i]));
  const codes = [...(agreement.data?.codes ?? [])].sort((a, b) => (order.get(a.codeId) ?? Infinity) - (order.get(b.codeId) ?? Infinity));
  const mark = useMutation({
    mutationFn: ({ a, done }: { a: Assignment; done: boolean }) =>
      answer(api.POST(`/api/partnerships/{partnershipId}/coding-assignments/${done ? 'done' : 'reopen'}`, { params: { path }, body: { assignmentId: a.id } })),
    onSuccess: refresh,
  });

  return (
    <div className="reliability">
      <h1>Double coding and reliability</h1>
      <p className="hint">
        Interviews assigned to two or more coders are coded blind: a coder sees no one else&apos;s codings on an interview until they mark their own done.
        Agreement counts the coders who are done, with the transcript&apos;s turns as units.
      </p>

      <section aria-labelledby="assignments-heading">
        <h2 id="assignments-heading">Assignments</h2>
        {can.lead && <AssignForm partnershipId={partnershipId} onAssigned={refresh} />}
        {assignments.isPending && <Loading what="the assignments" />}
        {assignments.isError && <ErrorState error={assignments.error} />}
        {assignments.data?.length === 0 && <Empty>No interview is assigned for coding yet.</Empty>}
        {assignments.data && assignments.data.length > 0 && (
          <table>
            <caption className="visually-hidden">Assignments, one interview to a row</caption>
            <thead>
              <tr>
                <th>Interview</th>
                <th>Coders</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {byInterview(assignments.data).map(([interviewId, coders]) => {
                const mine = coders.find((a) => a.coder === me.account.id);
                return (
                  <tr key={interviewId}>
                    <th scope="row">
                      <Link to={`/interviews/${interviewId}`}>{coders[0]!.interviewCode}</Link>
                    </th>
                    <td>
                      <ul className="coders">
                        {coders.map((a) => (
                          <li key={a.id}>
                            {a.coderName}: {a.doneAt ? `done ${formatDate(a.doneAt)}` : 'coding'}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      {mine && can.write && (
                        <button type="button" className="secondary" disabled={mark.isPending} onClick={() => mark.mutate({ a: mine, done: !mine.doneAt })}>
                          {mine.doneAt ? 'Reopen my coding' : 'Mark my coding done'}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {mark.isError && <ErrorState error={mark.error} />}
      </section>

      <section aria-labelledby="agreement-heading">
        <h2 id="agreement-heading">Agreement per code</h2>
        {agreement.isPending && <Loading what="agreement" />}
        {agreement.isError && <ErrorState error={agreement.error} />}
        {agreement.data && agreement.data.interviews.length === 0 && <Empty>No interview has two coders done with it yet.</Empty>}
        {agreement.data && agreement.data.interviews.length > 0 && (
          <>
            <p>
              {agreement.data.interviews.length} double-coded interview{agreement.data.interviews.length === 1 ? '' : 's'}, coders{' '}
              {agreement.data.coders.map((c) => c.name).join(', ')}. Overall α {figure(agreement.data.overall.alpha)}, κ {figure(agreement.data.overall.kappa)},{' '}
              {percent(agreement.data.overall.percentAgreement)} agreement.
            </p>
            <table className="agreement">
              <caption className="visually-hidden">Agreement per code</caption>
              <thead>
                <tr>
                  <th>Code</th>
                  <th>α</th>
                  <th>κ</th>
                  <th>% agreement</th>
                  <th>unitizing α</th>
                  <th>Units</th>
                  <th>Disagreements</th>
                </tr>
              </thead>
              <tbody>
                {codes.map((c) => (
                  <tr key={c.codeId}>
                    <th scope="row">{c.code}</th>
                    <td>{figure(c.alpha)}</td>
                    <td>{figure(c.kappa)}</td>
                    <td>{percent(c.percentAgreement)}</td>
                    <td>{figure(c.unitizingAlpha)}</td>
                    <td>{c.units}</td>
                    <td>
                      {c.disagreements} ({c.reconciled} reconciled)
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>

      <section aria-labelledby="disagreements-heading">
        <h2 id="disagreements-heading">Disagreements</h2>
        <label htmlFor="disagreements-code">Code</label>{' '}
        <select id="disagreements-code" value={code} onChange={(e) => setCode(e.target.value)}>
          <option value="">every code</option>
          {codes.map((c) => (
            <option key={c.codeId} value={c.codeId}>
              {c.code}
            </option>
          ))}
        </select>
        {disagreements.isPending && <Loading what="the disagreements" />}
        {disagreements.isError && <ErrorState error={disagreements.error} />}
        {disagreements.data?.total === 0 && <Empty>No disagreement.</Empty>}
        {disagreements.data?.disagreements.map((d) => (
          <DisagreementCard key={`${d.interviewId}-${d.codeId}-${d.turnSeq}`} d={d} partnershipId={partnershipId} canDecide={can.write} onDecided={refresh} />
        ))}
      </section>

      <RatingCalculator />
    </div>
  );
}

function AssignForm({ partnershipId, onAssigned }: { partnershipId: string; onAssigned: () => void }) {
  const members = useQuery({
    queryKey: ['members', partnershipId],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/members', { params: { path: { partnershipId } } })),
  });
  const [interviews, setInterviews] = useState('');
  const [coders, setCoders] = useState<string[]>([]);
  const assign = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/api/partnerships/{partnershipId}/coding-assignments', {
          params: { path: { partnershipId } },
          body: { interviews: interviews.split(/[\s,]+/).filter(Boolean), coders },
        }),
      ),
    onSuccess: () => {
      setInterviews('');
      onAssigned();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    assign.mutate();
  };
  const eligible = (members.data ?? []).filter((m) => ['admin', 'lead', 'analyst'].includes(m.role) && !m.disabled);
  return (
    <form onSubmit={submit} aria-label="Assign interviews">
      <label>
        Interviews (codes, separated by commas) <input value={interviews} onChange={(e) => setInterviews(e.target.value)} placeholder="T01-0910, T02-0910" />
      </label>
      <fieldset>
        <legend>Coders</legend>
        {eligible.map((m) => (
          <label key={m.accountId}>
            <input
              type="checkbox"
              checked={coders.includes(m.accountId)}
              onChange={(e) => setCoders(e.target.checked ? [...coders, m.accountId] : coders.filter((c) => c !== m.accountId))}
            />{' '}
            {m.displayName}
          </label>
        ))}
      </fieldset>
      <FormActions submit="Assign" busy={assign.isPending} nothingToSave={!interviews.trim() || coders.length === 0} />
      {assign.isError && <ErrorState error={assign.error} />}
    </form>
  );
}

function DisagreementCard({ d, partnershipId, canDecide, onDecided }: { d: Disagreement; partnershipId: string; canDecide: boolean; onDecided: () => void }) {
  const [decision, setDecision] = useState<'applied' | 'not_applied'>('applied');
  const key = `${d.interviewId}-${d.codeId}-${d.turnSeq}`;
  const [reason, setReason] = useState('');
  const decide = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/api/partnerships/{partnershipId}/reliability/reconciliations', {
          params: { path: { partnershipId } },
          body: { interview: d.interviewId, codeId: d.codeId, turnSeq: d.turnSeq, decision, reason },
        }),
      ),
    onSuccess: () => {
      setReason('');
      onDecided();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    decide.mutate();
  };
  return (
    <article className="disagreement" aria-label={`${d.code} on ${d.interviewCode}, turn ${d.turnSeq}`}>
      <h3>
        {d.code} · {d.interviewCode}, turn {d.turnSeq} ({d.speaker})
      </h3>
      <blockquote>{d.text}</blockquote>
      <div className="side-by-side">
        <section className="applied" aria-label="Applied">
          <h4>Applied by</h4>
          <p>{d.applied.map((a) => a.name).join(', ')}</p>
        </section>
        <section className="not-applied" aria-label="Not applied">
          <h4>Not applied by</h4>
          <p>{d.notApplied.map((a) => a.name).join(', ')}</p>
        </section>
      </div>
      {d.reconciliation && (
        <p className="said">
          Decided: {d.reconciliation.decision === 'applied' ? 'the code applies' : 'the code does not apply'}, by {d.reconciliation.decidedByName} on{' '}
          {formatDate(d.reconciliation.decidedAt)}: {d.reconciliation.reason}
        </p>
      )}
      {canDecide && (
        <form onSubmit={submit} aria-label="Reconcile" className="reconcile">
          <fieldset>
            <legend>The reconciled coding</legend>
            <label>
              <input type="radio" name={`decision-${key}`} checked={decision === 'applied'} onChange={() => setDecision('applied')} /> The code applies
            </label>
            <label>
              <input type="radio" name={`decision-${key}`} checked={decision === 'not_applied'} onChange={() => setDecision('not_applied')} /> It does not apply
            </label>
          </fieldset>
          <span className="field wide">
            <label htmlFor={`why-${key}`}>Why (kept with the decision)</label>
            <textarea id={`why-${key}`} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
          </span>
          <FormActions submit={d.reconciliation ? 'Decide again' : 'Record the decision'} busy={decide.isPending} nothingToSave={!reason.trim()} />
          {decide.isError && <ErrorState error={decide.error} />}
        </form>
      )}
    </article>
  );
}

function RatingCalculator() {
  const [file, setFile] = useState<File | null>(null);
  const [level, setLevel] = useState<Level>('nominal');
  const compute = useMutation({
    mutationFn: (f: File) => upload('/api/reliability', { query: { level, file: f.name } }, f, () => undefined, 'text/csv'),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file) compute.mutate(file);
  };
  const r = compute.data;
  return (
    <section aria-labelledby="calculator-heading">
      <h2 id="calculator-heading">Ratings made outside Warrant</h2>
      <p className="hint">A CSV table with a header line naming the coders, one line per unit and one column per coder, blank where a coder gave no value.</p>
      <form onSubmit={submit} aria-label="Compute agreement on a CSV">
        <label>
          CSV file <input type="file" accept=".csv,.tsv,.txt,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>{' '}
        <label>
          Level{' '}
          <select value={level} onChange={(e) => setLevel(e.target.value as Level)}>
            {(['nominal', 'ordinal', 'interval', 'ratio'] as const).map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
        <FormActions submit="Compute" busy={compute.isPending} nothingToSave={!file} />
      </form>
      {compute.isError && <ErrorState error={compute.error} />}
      {r && (
        <dl role="status">
          <dt>Krippendorff&apos;s α ({r.level})</dt>
          <dd>{figure(r.alpha)}</dd>
          <dt>Cohen&apos;s κ</dt>
          <dd>{r.coders.length === 2 ? figure(r.kappa) : '— (two coders only)'}</dd>
          <dt>Percent agreement</dt>
          <dd>{percent(r.percentAgreement)}</dd>
          <dt>Units</dt>
          <dd>
            {r.pairableUnits} of {r.units} pairable; {r.pairableValues} pairable values; coders {r.coders.join(', ')}
          </dd>
        </dl>
      )}
    </section>
  );
}

/** The assignments by interview, in the order the interviews first come. */
function byInterview(assignments: readonly Assignment[]): [string, Assignment[]][] {
  const groups = new Map<string, Assignment[]>();
  for (const a of assignments) groups.set(a.interviewId, [...(groups.get(a.interviewId) ?? []), a]);
  return [...groups];
}
