import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, qs } from '../../api/client';
import { useDirectory } from '../../api/queries';
import { useSession } from '../../api/session';
import type { Finding, Summary } from '../../api/types';
import { Empty, ErrorState, Loading } from '../../components/states';
import { History } from '../history/History';

type Stance = 'supports' | 'contradicts';

/** District findings of a cycle, each resting on claims of the district's mid-level summaries. */
export function FindingsPage() {
  const { partnership, can } = useSession();
  const { districts, cycles } = useDirectory();
  const [params, setParams] = useSearchParams();
  const district = params.get('district') ?? districts[0]?.name ?? '';
  const cycle = params.get('cycle') ?? cycles.at(-1)?.label ?? '';
  const ready = Boolean(partnership && district && cycle);
  const findings = useQuery({
    queryKey: ['findings', partnership?.id, district, cycle],
    queryFn: () => api<Finding[]>(`/api/partnerships/${partnership!.id}/findings${qs({ district, cycle })}`),
    enabled: ready,
  });
  const summaries = useQuery({
    queryKey: ['summaries', partnership?.id, district, cycle],
    queryFn: () => api<Summary[]>(`/api/partnerships/${partnership!.id}/summaries${qs({ district, cycle })}`),
    enabled: ready,
  });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  return (
    <>
      <h1>District findings</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <span className="field">
          <label htmlFor="f-district">District</label>
          <select id="f-district" value={district} onChange={(e) => set('district', e.target.value)}>
            {districts.map((d) => (
              <option key={d.id}>{d.name}</option>
            ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor="f-cycle">Cycle</label>
          <select id="f-cycle" value={cycle} onChange={(e) => set('cycle', e.target.value)}>
            {cycles.map((c) => (
              <option key={c.id}>{c.label}</option>
            ))}
          </select>
        </span>
      </form>
      {findings.isPending && ready && <Loading what="the findings" />}
      {findings.isError && <ErrorState error={findings.error} />}
      {findings.data?.length === 0 && <Empty>No finding for this district and cycle yet.</Empty>}
      <ol className="findings">
        {findings.data?.map((f) => (
          <li key={f.id} className="finding">
            <p className="claim-text">{f.text}</p>
            <ul className="claim-evidence">
              {f.evidence.map((e) => (
                <li key={e.citation.id} className={e.citation.stance}>
                  <span className="stance">{e.citation.stance === 'supports' ? 'Supports' : 'Contradicts'}</span> {e.claim.text}{' '}
                  <span className="muted">({e.claim.summaryTitle})</span>
                </li>
              ))}
            </ul>
            <p>
              <Link to={`/trace/${f.id}`}>Trace to the transcripts</Link>
            </p>
            <History id={f.id} />
          </li>
        ))}
      </ol>
      {can.write && summaries.data && <NewFinding district={district} cycle={cycle} summaries={summaries.data} />}
    </>
  );
}

function NewFinding({ district, cycle, summaries }: { district: string; cycle: string; summaries: Summary[] }) {
  const { partnership } = useSession();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const [stances, setStances] = useState<Record<string, Stance>>({});
  const add = useMutation({
    mutationFn: () =>
      api<Finding>(`/api/partnerships/${partnership!.id}/findings`, {
        method: 'POST',
        body: { district, cycle, text, cite: Object.entries(stances).map(([claimId, stance]) => ({ claimId, stance })) },
      }),
    onSuccess: async () => {
      setText('');
      setStances({});
      await client.invalidateQueries({ queryKey: ['findings'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  const claims = summaries.flatMap((s) => s.claims.map((c) => ({ ...c, summaryTitle: s.title })));
  const cited = Object.keys(stances).length;
  return (
    <section className="new-claim" aria-labelledby="new-finding-title">
      <h2 id="new-finding-title">Write a finding</h2>
      <form onSubmit={submit}>
        <label htmlFor="finding-text">Finding</label>
        <textarea id="finding-text" required rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        <fieldset>
          <legend>Claims it rests on</legend>
          {claims.length === 0 && <Empty>The district's summaries for {cycle} have no claims yet.</Empty>}
          {claims.map((c) => (
            <div key={c.id} className="pick">
              <select
                aria-label={`Cite the claim: ${c.text}`}
                value={stances[c.id] ?? ''}
                onChange={(e) =>
                  setStances((s) => {
                    const next = { ...s };
                    if (e.target.value) next[c.id] = e.target.value as Stance;
                    else delete next[c.id];
                    return next;
                  })
                }
              >
                <option value="">not cited</option>
                <option value="supports">supports</option>
                <option value="contradicts">contradicts</option>
              </select>{' '}
              {c.text} <span className="muted">({c.summaryTitle})</span>
            </div>
          ))}
        </fieldset>
        <button type="submit" disabled={add.isPending || cited === 0 || !text.trim()}>
          Add the finding
        </button>
        {add.isError && <ErrorState error={add.error} />}
      </form>
    </section>
  );
}
