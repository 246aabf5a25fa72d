import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { type Answer, answer, api } from '../../api/client';
import { useDirectory } from '../../api/queries';
import { useSession } from '../../api/session';
import type { PartnershipRole } from '../../api/types';
import { ErrorState, Loading } from '../../components/states';
import { Invitations } from './Invitations';
import { MemberRow } from './MemberRow';
import { OpenInvitations, openInvitationsKey } from './OpenInvitations';
import { RoleFields } from './RoleFields';
import { formatDateTime } from '../../components/dates';

export type Member = Answer<'/api/partnerships/{partnershipId}/members'>[number];

/** One's account, sessions and the invitations sent to it; for lead researchers, the partnership's members and invitations. */
export function AccountPage() {
  const { me, can, partnership, roleLabel } = useSession();
  const client = useQueryClient();
  const everywhere = useMutation({
    mutationFn: () => answer(api.POST('/api/auth/sign-out-everywhere')),
    onSuccess: async () => {
      client.clear();
      await client.invalidateQueries({ queryKey: ['me'] });
    },
  });
  return (
    <>
      <h1>Your account</h1>
      <dl className="facts">
        <dt>Name</dt>
        <dd>{me.account.displayName}</dd>
        <dt>Email</dt>
        <dd>{me.account.email}</dd>
        {partnership && (
          <>
            <dt>Role in {partnership.name}</dt>
            <dd>{roleLabel}</dd>
          </>
        )}
      </dl>
      <Invitations />
      <p>
        <button type="button" onClick={() => everywhere.mutate()} disabled={everywhere.isPending}>
          Sign out of every session, on every device
        </button>
      </p>
      {everywhere.isError && <ErrorState error={everywhere.error} />}
      {can.lead && partnership && <Members partnershipId={partnership.id} />}
    </>
  );
}

export function Members({ partnershipId }: { partnershipId: string }) {
  const { districts } = useDirectory();
  const members = useQuery({
    queryKey: ['members', partnershipId],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/members', { params: { path: { partnershipId } } })),
  });
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<PartnershipRole>('analyst');
  const [district, setDistrict] = useState('');
  const client = useQueryClient();
  const invite = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/api/partnerships/{partnershipId}/invitations', {
          params: { path: { partnershipId } },
          body: { email, role, ...(role === 'partner' && { district }) },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: openInvitationsKey(partnershipId) }),
  });
  const districtName = new Map(districts.map((d) => [d.id, d.name]));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    invite.mutate();
  };
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title">Members of the partnership</h2>
      {members.isPending && <Loading what="the members" />}
      {members.data && (
        <table aria-labelledby="members-title">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Change</th>
            </tr>
          </thead>
          <tbody>
            {members.data.map((m) => (
              <MemberRow key={m.accountId} member={m} partnershipId={partnershipId} districtName={districtName.get(m.districtId ?? '')} />
            ))}
          </tbody>
        </table>
      )}
      <h3>Invite someone</h3>
      <form className="filters" onSubmit={submit}>
        <span className="field">
          <label htmlFor="invite-email">Email</label>
          <input id="invite-email" type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </span>
        <RoleFields idPrefix="invite" label="Role" role={role} district={district} onRole={setRole} onDistrict={setDistrict} />
        <button type="submit" disabled={invite.isPending}>
          Create the invitation
        </button>
      </form>
      {invite.isError && <ErrorState error={invite.error} />}
      {invite.data && (
        <p className="done" role="status">
          Send this link to {email} (valid until {formatDateTime(invite.data.expiresAt)}): <code className="link-text">{invite.data.url}</code>. If they have an
          account already, they accept the invitation on their account page once signed in.
        </p>
      )}
      <OpenInvitations partnershipId={partnershipId} />
    </section>
  );
}
