import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { answer, api } from '../../api/client';
import { useDirectory } from '../../api/queries';
import { ROLE_LABELS } from '../../api/labels';
import { useSession } from '../../api/session';
import type { Interview, RoleGroup } from '../../api/types';
import { FilterSelect, useFilters } from '../../components/filters';
import { Empty, ErrorState, Loading } from '../../components/states';
import { attributeMatches, formatAttributeValue } from '../../../domain/participant-attributes.js';
import { AddParticipant } from './AddParticipant';
import { useAttributes } from './ParticipantAttributes';

/** The roster: each participant, linked across cycles by their stable ID, with their interview of each cycle. */
export function ParticipantsPage() {
  const { partnership, can } = useSession();
  const { districts, cycles, labelOf, error: directoryError } = useDirectory();
  const filters = useFilters();
  const district = filters.get('district');
  const role = filters.get('role') as RoleGroup;
  const pid = partnership?.id;
  const participants = useQuery({
    queryKey: ['participants', pid, role],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/participants', { params: { path: { partnershipId: pid! }, query: { role } } })),
    enabled: Boolean(pid),
  });
  const interviews = useQuery({
    queryKey: ['interviews', pid, { role }],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/interviews', { params: { path: { partnershipId: pid! }, query: { role } } })),
    enabled: Boolean(pid),
  });
  const attributes = useAttributes(pid);
  // Attributes with choices filter the roster by a choice (named in the address by the attribute's ID).
  const choosable = (attributes.data ?? []).filter((a) => a.choices.length > 0);
  const districtId = districts.find((d) => d.name === district)?.id;
  const byParticipant = new Map<string, Map<string, Interview>>();
  for (const i of interviews.data ?? []) {
    const row = byParticipant.get(i.participant.id) ?? new Map<string, Interview>();
    row.set(i.cycle, i);
    byParticipant.set(i.participant.id, row);
  }
  const shown = (participants.data ?? []).filter(
    (p) => (!districtId || p.districtId === districtId) && choosable.every((a) => attributeMatches(a, p.attributes[a.id], filters.get(a.id))),
  );
  return (
    <>
      <h1>Participants</h1>
      {directoryError && <ErrorState error={directoryError} />}
      {can.lead && pid && <AddParticipant partnershipId={pid} />}
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect label="District" value={district} onChange={(v) => filters.set('district', v)} options={districts.map((d) => [d.name, d.name])} />
        <FilterSelect label="Role group" value={role} onChange={(v) => filters.set('role', v)} options={Object.entries(ROLE_LABELS)} />
        {choosable.map((a) => (
          <FilterSelect key={a.id} label={a.name} value={filters.get(a.id)} onChange={(v) => filters.set(a.id, v)} options={a.choices.map((c) => [c, c])} />
        ))}
      </form>
      {attributes.isError && <ErrorState error={attributes.error} />}
      {(participants.isPending || interviews.isPending) && <Loading what="the roster" />}
      {participants.isError && <ErrorState error={participants.error} />}
      {interviews.isError && <ErrorState error={interviews.error} />}
      {participants.data && shown.length === 0 && <Empty>No participant matches.</Empty>}
      {shown.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Participant</th>
              <th scope="col">ID</th>
              <th scope="col">Role group</th>
              <th scope="col">School or district</th>
              {(attributes.data ?? []).map((a) => (
                <th key={a.id} scope="col">
                  {a.name}
                </th>
              ))}
              {cycles.map((c) => (
                <th key={c.id} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link to={`/participants/${p.id}`}>{p.pseudonym}</Link>
                </th>
                <td>{p.code}</td>
                <td>{ROLE_LABELS[p.role] ?? p.role}</td>
                <td>{labelOf(p.organizationId)}</td>
                {(attributes.data ?? []).map((a) => (
                  <td key={a.id}>{formatAttributeValue(p.attributes[a.id])}</td>
                ))}
                {cycles.map((c) => {
                  const i = byParticipant.get(p.id)?.get(c.label);
                  return <td key={c.id}>{i ? <Link to={`/interviews/${i.id}`}>{i.code}</Link> : '–'}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
