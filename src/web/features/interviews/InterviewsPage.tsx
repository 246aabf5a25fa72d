import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { answer, api } from '../../api/client';
import { useDirectory } from '../../api/queries';
import { ROLE_LABELS } from '../../api/labels';
import { useSession } from '../../api/session';
import type { RoleGroup } from '../../api/types';
import { FilterSelect, useFilters } from '../../components/filters';
import { Empty, ErrorState, Loading } from '../../components/states';
import { formatDate } from '../../components/dates';
import { AddInterview } from './AddInterview';

const FILTERS = ['district', 'school', 'role', 'cycle', 'protocol', 'status'] as const;

export function InterviewsPage() {
  const { partnership, can } = useSession();
  const { districts, schools, cycles, labelOf, error: directoryError } = useDirectory();
  const filters = useFilters();
  const filter = Object.fromEntries(FILTERS.map((f) => [f, filters.get(f)])) as Record<(typeof FILTERS)[number], string>;
  const { status, ...serverFilter } = filter;
  const interviews = useQuery({
    queryKey: ['interviews', partnership?.id, serverFilter],
    queryFn: () =>
      answer(
        api.GET('/api/partnerships/{partnershipId}/interviews', {
          params: { path: { partnershipId: partnership!.id }, query: { ...serverFilter, role: serverFilter.role as RoleGroup } },
        }),
      ),
    enabled: Boolean(partnership),
  });
  // The protocols in use, for their filter: from all the interviews, whatever the other filters.
  const all = useQuery({
    queryKey: ['interviews', partnership?.id, {}],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/interviews', { params: { path: { partnershipId: partnership!.id } } })),
    enabled: Boolean(partnership),
  });
  const protocols = [...new Set((all.data ?? []).map((i) => i.protocol))].sort();
  const set = (key: string, value: string) => filters.set(key, value, key === 'district' ? ['school'] : []);
  const shown = (interviews.data ?? []).filter((i) => !status || (status === 'none' ? !i.isf : i.isf?.status === status));
  const districtId = districts.find((d) => d.name === filter.district || d.id === filter.district)?.id;

  return (
    <>
      <h1>Interviews</h1>
      {directoryError && <ErrorState error={directoryError} />}
      {can.write && cycles.length > 0 && <AddInterview cycles={cycles} />}
      <form className="filters" aria-label="Filter the interviews" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect label="District" value={filter.district} onChange={(v) => set('district', v)} options={districts.map((d) => [d.name, d.name])} />
        <FilterSelect
          label="School"
          value={filter.school}
          onChange={(v) => set('school', v)}
          options={schools.filter((s) => !districtId || s.districtId === districtId).map((s) => [labelOf(s.id), labelOf(s.id)])}
        />
        <FilterSelect label="Role group" value={filter.role} onChange={(v) => set('role', v)} options={Object.entries(ROLE_LABELS)} />
        <FilterSelect label="Cycle" value={filter.cycle} onChange={(v) => set('cycle', v)} options={cycles.map((c) => [c.label, c.label])} />
        <FilterSelect label="Protocol" value={filter.protocol} onChange={(v) => set('protocol', v)} options={protocols.map((p) => [p, p])} />
        <FilterSelect
          label="ISF"
          value={filter.status}
          onChange={(v) => set('status', v)}
          options={[
            ['none', 'not started'],
            ['draft', 'draft'],
            ['complete', 'complete'],
          ]}
        />
      </form>
      {interviews.isPending && <Loading what="the interviews" />}
      {interviews.isError && <ErrorState error={interviews.error} />}
      {interviews.data && shown.length === 0 && <Empty>No interview matches these filters.</Empty>}
      {shown.length > 0 && (
        <table className="interviews">
          <caption className="visually-hidden">{shown.length} interviews</caption>
          <thead>
            <tr>
              <th scope="col">Interview</th>
              <th scope="col">Cycle</th>
              <th scope="col">Date</th>
              <th scope="col">Participant</th>
              <th scope="col">Role group</th>
              <th scope="col">School or district</th>
              <th scope="col">Words</th>
              <th scope="col">ISF</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((i) => (
              <tr key={i.id}>
                <th scope="row">
                  <Link to={`/interviews/${i.id}`}>{i.code}</Link>
                </th>
                <td>{i.cycle}</td>
                <td>{formatDate(i.date)}</td>
                <td>{i.participant.pseudonym}</td>
                <td>{ROLE_LABELS[i.role] ?? i.role}</td>
                <td>{labelOf(i.organization.id) || i.organization.name}</td>
                <td className="number">{i.transcript?.words.toLocaleString('en-US') ?? '–'}</td>
                <td>{i.isf?.status ?? 'not started'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
