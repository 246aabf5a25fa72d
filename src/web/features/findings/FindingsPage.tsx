import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { answer, api } from '../../api/client';
import { useDirectory } from '../../api/queries';
import { useSession } from '../../api/session';
import type { Finding, Summary } from '../../api/types';
import { FilterSelect, useFilters } from '../../components/filters';
import { SavedWarnings } from '../../components/SavedWarnings';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { type Stance, useStances } from '../citing/stances';
import { shortened, Uncite } from '../citing/Uncite';
import { History } from '../history/History';
import { Revise } from '../revise/Revise';
import { formatDate } from '../../components/dates';

/** District findings of a cycle, each resting on claims of the district's mid-level summaries. */
export function FindingsPage() {
  const { partnership, can } = useSession();
  const client = useQueryClient();
  const { districts, cycles, error } = useDirectory();
  const filters = useFilters();
  const district = filters.get('district') || districts[0]?.name || '';
  const cycle = filters.get('cycle') || cycles.at(-1)?.label || '';
  const ready = Boolean(partnership && district && cycle);
  const findings = useQuery({
    queryKey: ['findings', partnership?.id, district, cycle],
    queryFn: () =>
      answer(api.GET('/api/partnerships/{partnershipId}/findings', { params: { path: { partnershipId: partnership!.id }, query: { district, cycle } } })),
    enabled: ready,
  });
  const summaries = useQuery({
    queryKey: ['summaries', partnership?.id, district, cycle],
    queryFn: () =>
      answer(api.GET('/api/partnerships/{partnershipId}/summaries', { params: { path: { partnershipId: partnership!.id }, query: { district, cycle } } })),
    enabled: ready,
  });
  if (error) return <ErrorState error={error} />;
  return (
    <>
      <h1>District findings</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          required
          label="District"
          value={district}
          onChange={(v) => filters.set('district', v)}
          options={districts.map((d) => [d.name, d.name])}
        />
        <FilterSelect required label="Cycle" value={cycle} onChange={(v) => filters.set('cycle', v)} options={cycles.map((c) => [c.label, c.label])} />
      </form>
      {findings.isPending && ready && <Loading what="the findings" />}
      {findings.isError && <ErrorState error={findings.error} />}
      {findings.data?.length === 0 && <Empty>No finding for this district and cycle yet.</Empty>}
      <ol className="findings">
        {findings.data?.map((f) => (
          <li key={f.id} className={f.retired ? 'finding retired' : 'finding'}>
            <p className="claim-text">{f.text}</p>
            {f.retired && (
              <p className="muted">
                Retired {formatDate(f.retired.at)} by {f.retired.by}: {f.retired.reason}
              </p>
            )}
            <ul className="claim-evidence" aria-label={`Claims the finding cites: ${shortened(f.text)}`}>
              {f.evidence.map((e) => (
                <li key={e.citation.id} className={e.citation.stance}>
                  <span className="stance">{e.citation.stance === 'supports' ? 'Supports' : 'Contradicts'}</span> {e.claim.text}{' '}
                  <span className="muted">({e.claim.summaryTitle})</span>
                  {can.write && !f.retired && (
                    <Uncite
                      id={e.citation.id}
                      cited={`the claim “${shortened(e.claim.text)}”`}
                      warning={
                        f.evidence.length === 1
                          ? 'It is the only claim this finding cites: the chain check lists the finding as broken until it cites another.'
                          : undefined
                      }
                      onRemoved={() =>
                        Promise.all([client.invalidateQueries({ queryKey: ['findings'] }), client.invalidateQueries({ queryKey: ['history', f.id] })])
                      }
                    />
                  )}
                </li>
              ))}
            </ul>
            {f.evidence.length === 0 && !f.retired && <p className="muted">It cites no claim yet: the chain check lists it as broken.</p>}
            {can.write && !f.retired && summaries.data && <CiteClaims finding={f} summaries={summaries.data} />}
            <p>
              <Link to={`/trace/${f.id}`}>Trace to the transcripts</Link>
            </p>
            <History id={f.id} />
            {!f.retired && <Revise kind="finding" id={f.id} text={f.text} version={f.version} refresh={[['findings']]} />}
          </li>
        ))}
      </ol>
      {can.write && summaries.data && <NewFinding district={district} cycle={cycle} summaries={summaries.data} />}
    </>
  );
}

/** Cites more claims of the district's summaries for a finding: each chosen with its stance. */
function CiteClaims({ finding, summaries }: { finding: Finding; summaries: Summary[] }) {
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const { stances, setStance, clear, count } = useStances();
  useUnsavedChanges(count > 0);
  const cite = useMutation({
    mutationFn: async () => {
      for (const [claimId, stance] of Object.entries(stances))
        await answer(api.POST('/api/citations', { body: { citingId: finding.id, citedId: claimId, stance } }));
    },
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: ['findings'] }), client.invalidateQueries({ queryKey: ['history', finding.id] })]),
    onSuccess: () => {
      clear();
      setOpen(false);
    },
  });
  const cited = new Set(finding.evidence.map((e) => e.claim.id));
  const claims = summaries.flatMap((s) => s.claims.filter((c) => !c.retired && !cited.has(c.id)).map((c) => ({ ...c, summaryTitle: s.title })));
  if (!open)
    return (
      <button type="button" className="secondary" onClick={() => setOpen(true)} aria-label={`Cite more claims for the finding: ${shortened(finding.text)}`}>
        Cite more claims
      </button>
    );
  return (
    <form
      className="cite-claims"
      onSubmit={(e) => {
        e.preventDefault();
        cite.mutate();
      }}
    >
      <fieldset>
        <legend>Claims to cite for this finding</legend>
        {claims.length === 0 && <Empty>The finding already cites every claim of the district's summaries.</Empty>}
        {claims.map((c) => (
          <div key={c.id} className="pick">
            <select
              aria-label={`Cite the claim: ${c.text}`}
              value={stances[c.id] ?? ''}
              onChange={(e) => setStance(c.id, (e.target.value || null) as Stance | null)}
            >
              <option value="">not cited</option>
              <option value="supports">supports</option>
              <option value="contradicts">contradicts</option>
            </select>{' '}
            {c.text} <span className="muted">({c.summaryTitle})</span>
          </div>
        ))}
      </fieldset>
      <p className="actions">
        <button type="submit" disabled={cite.isPending || count === 0}>
          Cite the chosen claims
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            clear();
            setOpen(false);
          }}
        >
          Cancel
        </button>
      </p>
      {cite.isError && <ErrorState error={cite.error} />}
    </form>
  );
}

function NewFinding({ district, cycle, summaries }: { district: string; cycle: string; summaries: Summary[] }) {
  const { partnership } = useSession();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const { stances, setStance, clear, count: cited } = useStances();
  useUnsavedChanges(text.trim() !== '' || cited > 0);
  const add = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/api/partnerships/{partnershipId}/findings', {
          params: { path: { partnershipId: partnership!.id } },
          body: { district, cycle, text, cite: Object.entries(stances).map(([claimId, stance]) => ({ claimId, stance })) },
        }),
      ),
    onSuccess: async () => {
      setText('');
      clear();
      await client.invalidateQueries({ queryKey: ['findings'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  const claims = summaries.flatMap((s) => s.claims.map((c) => ({ ...c, summaryTitle: s.title })));
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
                onChange={(e) => setStance(c.id, (e.target.value || null) as Stance | null)}
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
        {add.data && <SavedWarnings warnings={add.data.warnings} />}
        {add.isError && <ErrorState error={add.error} />}
      </form>
    </section>
  );
}
