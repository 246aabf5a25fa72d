import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answer, api } from '../../api/client';
import { PARTNERSHIP_ROLE_LABELS } from '../../api/labels';
import { useSession } from '../../api/session';
import type { Invitation } from '../../api/types';
import { ErrorState } from '../../components/states';
import { formatDate } from '../../components/dates';

/**
 * Invitations sent to the signed-in account's email: joining a partnership (or taking another role
 * in one) is the account's own choice, made here.
 */
export function Invitations() {
  const { me, setPartnership } = useSession();
  const client = useQueryClient();
  const invitations = useQuery({ queryKey: ['invitations'], queryFn: () => answer(api.GET('/api/auth/invitations')) });
  const accept = useMutation({
    mutationFn: (invitation: Invitation) => answer(api.POST('/api/auth/memberships', { body: { invitation: invitation.id } })),
    onSuccess: async (_membership, invitation) => {
      await Promise.all(['me', 'partnerships', 'invitations'].map((key) => client.invalidateQueries({ queryKey: [key] })));
      setPartnership(invitation.partnershipId);
    },
  });
  if (invitations.isError) return <ErrorState error={invitations.error} />;
  if (!invitations.data?.length && !accept.isSuccess) return null;
  const roleIn = (partnershipId: string) => me.memberships.find((m) => m.partnershipId === partnershipId)?.role;
  return (
    <section aria-labelledby="invitations-title">
      <h2 id="invitations-title">Invitations for you</h2>
      {accept.isSuccess && (
        <p className="done" role="status">
          You are now {PARTNERSHIP_ROLE_LABELS[accept.variables.role]?.toLowerCase()} in {accept.variables.partnershipName}.
        </p>
      )}
      {accept.isError && <ErrorState error={accept.error} />}
      <ul>
        {invitations.data?.map((i) => {
          const current = roleIn(i.partnershipId);
          return (
            <li key={i.id}>
              {i.invitedBy} invites you to take part in <strong>{i.partnershipName}</strong> as {PARTNERSHIP_ROLE_LABELS[i.role]?.toLowerCase()}
              {i.districtName && ` of ${i.districtName}`}
              {current && ` (in place of your role there now, ${PARTNERSHIP_ROLE_LABELS[current]?.toLowerCase()})`}; until {formatDate(i.expiresAt)}.{' '}
              <button type="button" onClick={() => accept.mutate(i)} disabled={accept.isPending}>
                Accept the invitation to {i.partnershipName}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
