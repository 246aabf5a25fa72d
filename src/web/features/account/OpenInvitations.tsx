import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { answer, api } from '../../api/client';
import { PARTNERSHIP_ROLE_LABELS } from '../../api/labels';
import { useSession } from '../../api/session';
import type { PartnershipInvitation } from '../../api/types';
import { ErrorState, Loading } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { FormActions } from '../../components/FormActions';
import { formatDateTime } from '../../components/dates';

export const openInvitationsKey = (partnershipId: string) => ['partnership-invitations', partnershipId];

/**
 * The partnership's invitations still open, for those who invite: whom, to which role, who sent it and
 * until when, each with a way to withdraw it (the reason kept in the history).
 */
export function OpenInvitations({ partnershipId }: { partnershipId: string }) {
  const invitations = useQuery({
    queryKey: openInvitationsKey(partnershipId),
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/invitations', { params: { path: { partnershipId } } })),
  });
  return (
    <>
      <h3 id="open-invitations-title">Open invitations</h3>
      {invitations.isPending && <Loading what="the invitations" />}
      {invitations.isError && <ErrorState error={invitations.error} />}
      {invitations.data?.length === 0 && <p className="muted">No invitation is waiting to be accepted.</p>}
      {!!invitations.data?.length && (
        <table aria-labelledby="open-invitations-title">
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Invited by</th>
              <th scope="col">Open until</th>
              <th scope="col">Withdraw</th>
            </tr>
          </thead>
          <tbody>
            {invitations.data.map((i) => (
              <InvitationRow key={i.id} invitation={i} partnershipId={partnershipId} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function InvitationRow({ invitation, partnershipId }: { invitation: PartnershipInvitation; partnershipId: string }) {
  const { role: myRole } = useSession();
  const client = useQueryClient();
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  useUnsavedChanges(withdrawing && reason.trim() !== '');
  const withdraw = useMutation({
    mutationFn: () =>
      answer(
        api.DELETE('/api/partnerships/{partnershipId}/invitations/{invitationId}', {
          params: { path: { partnershipId, invitationId: invitation.id } },
          body: { reason },
        }),
      ),
    onSuccess: async () => {
      setWithdrawing(false);
      setReason('');
      await client.invalidateQueries({ queryKey: openInvitationsKey(partnershipId) });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    withdraw.mutate();
  };
  const emailId = `invitation-${invitation.id}`;
  const withdrawable = myRole === 'admin' || invitation.role !== 'admin';
  return (
    <tr>
      <th scope="row" id={emailId}>
        {invitation.email}
      </th>
      <td>
        {PARTNERSHIP_ROLE_LABELS[invitation.role] ?? invitation.role}
        {invitation.districtName && ` (${invitation.districtName})`}
      </td>
      <td>
        {invitation.invitedBy}, {formatDateTime(invitation.createdAt)}
      </td>
      <td>{formatDateTime(invitation.expiresAt)}</td>
      <td>
        {!withdrawable && <span className="muted">Only an administrator withdraws an invitation to be an administrator</span>}
        {withdrawable && !withdrawing && (
          <button type="button" className="secondary" aria-describedby={emailId} onClick={() => setWithdrawing(true)}>
            Withdraw…
          </button>
        )}
        {withdrawable && withdrawing && (
          <form className="retirement" onSubmit={submit}>
            <p>The link sent to {invitation.email} will no longer work.</p>
            <label htmlFor={`withdrawal-${invitation.id}`}>Why withdraw it (kept in the history)</label>
            <input id={`withdrawal-${invitation.id}`} required value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
            <FormActions submit="Withdraw the invitation" busy={withdraw.isPending} nothingToSave={!reason.trim()} onCancel={() => setWithdrawing(false)} />
            {withdraw.isError && <ErrorState error={withdraw.error} />}
          </form>
        )}
      </td>
    </tr>
  );
}
