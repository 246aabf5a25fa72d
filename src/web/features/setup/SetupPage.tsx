import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { answer, api } from '../../api/client';
import { useDirectory } from '../../api/queries';
import { useSession } from '../../api/session';
import type { Organization, Partnership } from '../../api/types';
import { ChangeReason } from '../../components/ChangeReason';
import { FormActions } from '../../components/FormActions';
import { Empty, ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { Members } from '../account/AccountPage';
import { AttributeDefinitions } from '../participants/ParticipantAttributes';
import { StartPartnership } from './StartPartnership';

type Kind = Organization['kind'];

const KINDS: { kind: Kind; title: string; one: string }[] = [
  { kind: 'district', title: 'Districts', one: 'district' },
  { kind: 'school', title: 'Schools', one: 'school' },
  { kind: 'unit', title: 'Central-office units', one: 'central-office unit' },
];

/**
 * Setting the partnership up by hand: its cycles, districts, schools and central-office units
 * (added and renamed), then its participants and the team's invitations. An import adds the same
 * from a roster.
 */
export function SetupPage() {
  const { partnership, can, me } = useSession();
  const { districts, schools, units, cycles, error } = useDirectory();
  if (!partnership) return me.account.isAdmin ? <StartPartnership /> : <Empty>You do not take part in a partnership yet.</Empty>;
  const lists = { district: districts, school: schools, unit: units };
  return (
    <>
      <h1>Set-up of {partnership.name}</h1>
      <p className="hint">
        Districts, schools and cycles come with an <Link to="/import">import</Link> too; here they are added by hand. Then add the{' '}
        <Link to="/participants">participants</Link> and invite the team.
      </p>
      {error && <ErrorState error={error} />}
      <section aria-labelledby="cycles-title">
        <h2 id="cycles-title">Cycles</h2>
        {cycles.length === 0 ? <Empty>No cycle yet.</Empty> : <p>{cycles.map((c) => c.label).join(', ')}</p>}
        {can.lead && <AddCycle partnershipId={partnership.id} />}
      </section>
      {KINDS.map(({ kind, title, one }) => (
        <section key={kind} aria-labelledby={`${kind}-title`}>
          <h2 id={`${kind}-title`}>{title}</h2>
          {lists[kind].length === 0 ? (
            <Empty>No {one} yet.</Empty>
          ) : (
            <ul className="organizations">
              {lists[kind].map((o) => (
                <OrganizationItem key={o.id} organization={o} districtName={districts.find((d) => d.id === o.districtId)?.name} canRename={can.lead} />
              ))}
            </ul>
          )}
          {can.lead && (kind === 'district' || districts.length > 0) && <AddOrganization partnershipId={partnership.id} kind={kind} one={one} />}
        </section>
      ))}
      <QuoteMinimum key={partnership.id} partnership={partnership} canChange={can.lead} />
      <AttributeDefinitions partnershipId={partnership.id} canDefine={can.lead} />
      {me.account.isAdmin && (
        <details className="new">
          <summary>Start another partnership</summary>
          <StartPartnership />
        </details>
      )}
      {can.lead && <Members partnershipId={partnership.id} />}
    </>
  );
}

function useRefreshDirectory() {
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: ['organizations'] });
    await client.invalidateQueries({ queryKey: ['cycles'] });
    await client.invalidateQueries({ queryKey: ['progress'] });
  };
}

function AddCycle({ partnershipId }: { partnershipId: string }) {
  const refresh = useRefreshDirectory();
  const [label, setLabel] = useState('');
  const add = useMutation({
    mutationFn: () => answer(api.POST('/api/partnerships/{partnershipId}/cycles', { params: { path: { partnershipId } }, body: { label } })),
    onSuccess: async () => {
      setLabel('');
      await refresh();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <form className="filters" aria-label="Add a cycle" onSubmit={submit}>
      <span className="field">
        <label htmlFor="new-cycle-label">New cycle (school year, e.g. 2010-11)</label>
        <input id="new-cycle-label" required value={label} onChange={(e) => setLabel(e.target.value)} />
      </span>
      <FormActions submit="Add the cycle" busy={add.isPending} />
      {add.isError && <ErrorState error={add.error} />}
    </form>
  );
}

function AddOrganization({ partnershipId, kind, one }: { partnershipId: string; kind: Kind; one: string }) {
  const { districts } = useDirectory();
  const refresh = useRefreshDirectory();
  const [name, setName] = useState('');
  const [district, setDistrict] = useState('');
  const id = `new-${kind}`;
  const add = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/api/partnerships/{partnershipId}/organizations', {
          params: { path: { partnershipId } },
          body: { kind, name, ...(kind !== 'district' && { district: district || districts[0]?.id }) },
        }),
      ),
    onSuccess: async () => {
      setName('');
      await refresh();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <form className="filters" aria-label={`Add a ${one}`} onSubmit={submit}>
      <span className="field grow">
        <label htmlFor={`${id}-name`}>New {one}</label>
        <input id={`${id}-name`} required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </span>
      {kind !== 'district' && (
        <span className="field">
          <label htmlFor={`${id}-district`}>Its district</label>
          <select id={`${id}-district`} value={district || districts[0]?.id || ''} onChange={(e) => setDistrict(e.target.value)}>
            {districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </span>
      )}
      <FormActions submit={`Add the ${one}`} busy={add.isPending} />
      {add.isError && <ErrorState error={add.error} />}
    </form>
  );
}

function OrganizationItem({ organization, districtName, canRename }: { organization: Organization; districtName: string | undefined; canRename: boolean }) {
  const refresh = useRefreshDirectory();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(organization.name);
  const [reason, setReason] = useState('');
  const id = useId();
  const rename = useMutation({
    mutationFn: () => answer(api.PATCH('/api/organizations/{id}', { params: { path: { id: organization.id } }, body: { name, ...(reason && { reason }) } })),
    onSuccess: async () => {
      setOpen(false);
      setReason('');
      await refresh();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    rename.mutate();
  };
  return (
    <li>
      {organization.name}
      {districtName && <span className="muted"> · {districtName}</span>}{' '}
      {canRename && !open && (
        <button type="button" className="link" onClick={() => setOpen(true)} aria-label={`Rename ${organization.name}`}>
          Rename
        </button>
      )}
      {open && (
        <form className="filters" aria-label={`Rename ${organization.name}`} onSubmit={submit}>
          <span className="field">
            <label htmlFor={`${id}-name`}>New name</label>
            <input id={`${id}-name`} required value={name} onChange={(e) => setName(e.target.value)} />
          </span>
          <ChangeReason id={id} value={reason} onChange={setReason} className="field" />
          <FormActions
            submit="Rename"
            busy={rename.isPending}
            nothingToSave={!name.trim() || name.trim() === organization.name}
            onCancel={() => {
              setOpen(false);
              setName(organization.name);
            }}
          />
          {rename.isError && <ErrorState error={rename.error} />}
        </form>
      )}
    </li>
  );
}

/**
 * The smallest role group in a district whose words may be quoted to partners: read by every member
 * of the team, changed by administrators and lead researchers, each change a version with its reason.
 */
function QuoteMinimum({ partnership, canChange }: { partnership: Partnership; canChange: boolean }) {
  const client = useQueryClient();
  const [minimum, setMinimum] = useState(String(partnership.quoteMinimum));
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState('');
  const id = useId();
  useUnsavedChanges(reason.trim() !== '' || minimum !== String(partnership.quoteMinimum));
  const change = useMutation({
    mutationFn: () =>
      answer(
        api.PUT('/api/partnerships/{partnershipId}/quote-minimum', {
          params: { path: { partnershipId: partnership.id } },
          body: { minimum: Number(minimum), expectedVersion: partnership.quoteMinimumVersion, reason: reason.trim() },
        }),
      ),
    onSuccess: async (rule) => {
      setReason('');
      setMinimum(String(rule.minimum));
      setSaved(`The quote minimum is now ${rule.minimum} (version ${rule.version}).`);
      await client.invalidateQueries({ queryKey: ['partnerships'] });
    },
    onError: () => void client.invalidateQueries({ queryKey: ['partnerships'] }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved('');
    change.mutate();
  };
  return (
    <section aria-labelledby="quote-minimum-title">
      <h2 id="quote-minimum-title">Quotes to partners</h2>
      <p>
        A passage is quoted to partners only when its role group has at least <strong>{partnership.quoteMinimum}</strong> participants interviewed in the
        district: a quote from a smaller group could point to a person. <span className="muted">(Version {partnership.quoteMinimumVersion} of the rule.)</span>
      </p>
      {canChange && (
        <form className="filters" aria-label="Change the quote minimum" onSubmit={submit}>
          <span className="field">
            <label htmlFor={`${id}-minimum`}>Quote minimum (participants, 3 to 100)</label>
            <input id={`${id}-minimum`} type="number" required min={3} max={100} step={1} value={minimum} onChange={(e) => setMinimum(e.target.value)} />
          </span>
          <ChangeReason id={id} value={reason} onChange={setReason} required="form" label="Why the change (kept in the history)" className="field grow" />
          <FormActions submit="Save the quote minimum" busy={change.isPending} nothingToSave={minimum === String(partnership.quoteMinimum) || !reason.trim()} />
          <span role="status" className="muted">
            {saved}
          </span>
          {change.isError && <ErrorState error={change.error} />}
        </form>
      )}
    </section>
  );
}
