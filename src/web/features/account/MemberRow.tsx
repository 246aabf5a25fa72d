import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { answer, api } from '../../api/client';
import { PARTNERSHIP_ROLE_LABELS } from '../../api/labels';
import { useSession } from '../../api/session';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import type { Member } from './AccountPage';
import { openInvitationsKey } from './OpenInvitations';
import { RoleFields } from './RoleFields';
import { FormActions } from '../../components/FormActions';

const MEMBER = '/api/partnerships/{partnershipId}/members/{accountId}';

/**
 * One member of the partnership, with what a lead researcher may change: their role (a partner
 * leader's district with it) or their taking part at all, with the reason kept in the history.
 * Only administrators change or remove an administrator; nobody removes themselves.
 */
export function MemberRow({ member, partnershipId, districtName }: { member: Member; partnershipId: string; districtName: string | undefined }) {
  const { me, role: myRole } = useSession();
  const client = useQueryClient();
  const [mode, setMode] = useState<'view' | 'role' | 'remove'>('view');
  const [role, setRole] = useState(member.role);
  const [district, setDistrict] = useState(districtName ?? '');
  const [reason, setReason] = useState('');
  useUnsavedChanges(mode === 'remove' && reason.trim() !== '');
  const administrator = myRole === 'admin';
  const done = async () => {
    setMode('view');
    setReason('');
    // Invitations still open to the member are withdrawn with a role change or a removal.
    await Promise.all([
      client.invalidateQueries({ queryKey: ['members', partnershipId] }),
      client.invalidateQueries({ queryKey: openInvitationsKey(partnershipId) }),
    ]);
  };
  const changeRole = useMutation({
    mutationFn: () =>
      answer(api.PUT(MEMBER, { params: { path: { partnershipId, accountId: member.accountId } }, body: { role, ...(role === 'partner' && { district }) } })),
    onSuccess: done,
  });
  const remove = useMutation({
    mutationFn: () => answer(api.DELETE(MEMBER, { params: { path: { partnershipId, accountId: member.accountId } }, body: { reason } })),
    onSuccess: done,
  });
  const manageable = member.accountId !== me.account.id && (administrator || member.role !== 'admin');
  const submitRole = (e: FormEvent) => {
    e.preventDefault();
    changeRole.mutate();
  };
  const submitRemoval = (e: FormEvent) => {
    e.preventDefault();
    remove.mutate();
  };
  const who = member.displayName || member.email;
  const nameId = `member-${member.accountId}`;
  return (
    <tr>
      <th scope="row" id={nameId}>
        {member.displayName}
      </th>
      <td>{member.email}</td>
      <td>
        {PARTNERSHIP_ROLE_LABELS[member.role] ?? member.role}
        {districtName && ` (${districtName})`}
        {member.disabled && ' · disabled'}
      </td>
      <td>
        {!manageable && <span className="muted">{member.accountId === me.account.id ? 'You' : 'Only an administrator changes an administrator'}</span>}
        {manageable && mode === 'view' && (
          <p className="actions">
            <button type="button" className="secondary" aria-describedby={nameId} onClick={() => setMode('role')}>
              Change role
            </button>
            <button type="button" className="secondary" aria-describedby={nameId} onClick={() => setMode('remove')}>
              Remove…
            </button>
          </p>
        )}
        {manageable && mode === 'role' && (
          <form className="filters" onSubmit={submitRole}>
            <RoleFields idPrefix={`member-${member.accountId}`} label="New role" role={role} district={district} onRole={setRole} onDistrict={setDistrict} />
            <button type="submit" disabled={changeRole.isPending}>
              Save the role
            </button>
            <button type="button" className="secondary" onClick={() => setMode('view')}>
              Cancel
            </button>
            {changeRole.isError && <ErrorState error={changeRole.error} />}
          </form>
        )}
        {manageable && mode === 'remove' && (
          <form className="retirement" onSubmit={submitRemoval}>
            <p>
              {who} will no longer see anything of this partnership, and invitations still open to them are withdrawn; what they wrote stays, with its history.
            </p>
            <label htmlFor={`removal-${member.accountId}`}>Why remove them (kept in the history)</label>
            <input id={`removal-${member.accountId}`} required value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
            <FormActions submit="Remove from the partnership" busy={remove.isPending} nothingToSave={!reason.trim()} onCancel={() => setMode('view')} />
            {remove.isError && <ErrorState error={remove.error} />}
          </form>
        )}
      </td>
    </tr>
  );
}
