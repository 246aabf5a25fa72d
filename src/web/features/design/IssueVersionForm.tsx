import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { answer, api } from '../../api/client';
import type { DesignDocument } from '../../api/types';
import { ErrorState } from '../../components/states';
import { HappenedOn, localToday } from '../../components/HappenedOn';
import { useUnsavedChanges } from '../../components/unsaved';
import { refreshDesign } from './queries';

/**
 * Issuing the strategies as they stand as the next version, frozen for sharing: after the first, with
 * the reason, and marking the member-check corrections it takes in.
 */
export function IssueVersionForm({ doc }: { doc: DesignDocument }) {
  const client = useQueryClient();
  const id = useId();
  const latest = doc.versions.at(-1);
  const next = (latest?.number ?? 0) + 1;
  const [reason, setReason] = useState('');
  const [issuedOn, setIssuedOn] = useState(localToday);
  const [applies, setApplies] = useState<ReadonlySet<string>>(new Set());
  const [issued, setIssued] = useState<number | null>(null);
  useUnsavedChanges(reason.trim() !== '');
  const corrections = doc.checks.flatMap((c) =>
    c.responses.filter((r) => r.response === 'correct' && r.appliedInVersion === null).map((r) => ({ response: r, check: c })),
  );
  const sectionTitle = (versionId: string, key: string) => {
    const s = doc.versions.find((v) => v.id === versionId)?.sections.find((x) => x.key === key);
    return s ? `strategy ${s.number}, ${s.name}` : key;
  };
  const issue = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/api/districts/{id}/design-document/versions', {
          params: { path: { id: doc.district.id } },
          body: { cycle: doc.cycle.id, ...(reason.trim() && { reason: reason.trim() }), applies: [...applies], issuedOn },
        }),
      ),
    onSuccess: async (v) => {
      setIssued(v.number);
      setReason('');
      setIssuedOn(localToday());
      setApplies(new Set());
      await refreshDesign(client);
    },
  });
  const toggle = (responseId: string, on: boolean) => {
    const nextSet = new Set(applies);
    if (on) nextSet.add(responseId);
    else nextSet.delete(responseId);
    setApplies(nextSet);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setIssued(null);
    issue.mutate();
  };
  const title = `Issue version ${next}`;
  return (
    <section className="ddd-issue" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p>
        {!latest &&
          'No version has been issued yet. Version 1 freezes the strategies as they stand, so that partner leaders read and check exactly what was issued.'}
        {latest && doc.draft?.changedSinceIssued && (
          <>
            The strategies have changed since version {latest.number}: issue them as version {next} to share the change.
          </>
        )}
        {latest && !doc.draft?.changedSinceIssued && <>The strategies have not changed since version {latest.number}.</>}{' '}
        <Link to={`/strategies?district=${encodeURIComponent(doc.district.name)}&cycle=${encodeURIComponent(doc.cycle.label)}`}>Edit the strategies</Link>
      </p>
      <form className="ddd-form" aria-labelledby={`${id}-title`} onSubmit={submit}>
        {latest && (
          <>
            <label htmlFor={`${id}-reason`}>What this version changes (kept with it)</label>
            <textarea id={`${id}-reason`} rows={2} required value={reason} onChange={(e) => setReason(e.target.value)} />
          </>
        )}
        <HappenedOn id={id} label="Issued to the district on" value={issuedOn} onChange={setIssuedOn} cycle={doc.cycle.label} className="" />
        {corrections.length > 0 && (
          <fieldset>
            <legend>Member-check corrections this version applies</legend>
            {corrections.map(({ response: r, check }) => (
              <label key={r.id} className="ddd-check">
                <input type="checkbox" checked={applies.has(r.id)} onChange={(e) => toggle(r.id, e.target.checked)} /> {r.name} on{' '}
                {sectionTitle(check.versionId, r.section)} (version {check.versionNumber}): “{r.text}”
              </label>
            ))}
          </fieldset>
        )}
        <div className="actions">
          <button type="submit" disabled={issue.isPending || (Boolean(latest) && !reason.trim())}>
            {title}
          </button>
        </div>
        {issued !== null && (
          <p className="done" role="status">
            Version {issued} issued.
          </p>
        )}
        {issue.isError && <ErrorState error={issue.error} />}
      </form>
    </section>
  );
}
