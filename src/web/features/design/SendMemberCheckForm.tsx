import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { answer, api } from '../../api/client';
import type { DesignVersion } from '../../api/types';
import { Empty, ErrorState, Loading } from '../../components/states';
import { HappenedOn, localToday } from '../../components/HappenedOn';
import { useUnsavedChanges } from '../../components/unsaved';
import { refreshDesign } from './queries';

/** Sending the latest version to named partner leaders of the district for their member check. */
export function SendMemberCheckForm({ districtId, version }: { districtId: string; version: DesignVersion }) {
  const client = useQueryClient();
  const id = useId();
  const leaders = useQuery({
    queryKey: ['partner-leaders', districtId],
    queryFn: () => answer(api.GET('/api/districts/{id}/partner-leaders', { params: { path: { id: districtId } } })),
  });
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState('');
  const [sentOn, setSentOn] = useState(localToday);
  const [sentTo, setSentTo] = useState<string[] | null>(null);
  useUnsavedChanges(message.trim() !== '');
  const send = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/api/ddd-versions/{id}/member-checks', {
          params: { path: { id: version.id } },
          body: { recipients: [...chosen], ...(message.trim() && { message: message.trim() }), sentOn },
        }),
      ),
    onSuccess: async (check) => {
      setSentTo(check.recipients.map((r) => r.name));
      setChosen(new Set());
      setMessage('');
      await refreshDesign(client);
    },
  });
  const toggle = (accountId: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(accountId);
    else next.delete(accountId);
    setChosen(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSentTo(null);
    if (chosen.size > 0) send.mutate();
  };
  const title = `Send version ${version.number} for member check`;
  return (
    <section className="ddd-send" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="hint">The partner leaders you choose read version {version.number} and confirm, correct or comment on each strategy.</p>
      {leaders.isPending && <Loading what="the district's partner leaders" />}
      {leaders.isError && <ErrorState error={leaders.error} />}
      {leaders.data?.length === 0 && (
        <Empty>
          No partner leader of this district has an account yet: invite one from the <Link to="/account">account page</Link>.
        </Empty>
      )}
      {leaders.data && leaders.data.length > 0 && (
        <form className="ddd-form" aria-labelledby={`${id}-title`} onSubmit={submit}>
          <fieldset>
            <legend>Partner leaders to send it to</legend>
            {leaders.data.map((l) => (
              <label key={l.accountId} className="ddd-check">
                <input type="checkbox" checked={chosen.has(l.accountId)} onChange={(e) => toggle(l.accountId, e.target.checked)} /> {l.name} ({l.email})
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${id}-message`}>Message to them</label>
          <textarea id={`${id}-message`} rows={3} value={message} onChange={(e) => setMessage(e.target.value)} />
          <HappenedOn id={id} label="Sent on" value={sentOn} onChange={setSentOn} notBefore={version.issuedOn} className="" />
          <div className="actions">
            <button type="submit" disabled={send.isPending || chosen.size === 0}>
              {title}
            </button>
          </div>
          {sentTo && (
            <p className="done" role="status">
              Version {version.number} sent to {sentTo.join(', ')}.
            </p>
          )}
          {send.isError && <ErrorState error={send.error} />}
        </form>
      )}
    </section>
  );
}
