import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { api, qs } from '../../api/client';
import { ROLE_LABELS, useDirectory } from '../../api/queries';
import { useSession } from '../../api/session';
import type { Interview } from '../../api/types';
import { Empty, ErrorState, Loading } from '../../components/states';

const FILTERS = ['district', 'school', 'role', 'cycle', 'protocol', 'status'] as const;

export function InterviewsPage() {
  const { partnership } = useSession();
  const { districts, schools, cycles } = useDirectory();
  const [params, setParams] = useSearchParams();
  const filter = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const { status, ...serverFilter } = filter;
  const interviews = useQuery({
    queryKey: ['interviews', partnership?.id, serverFilter],
    queryFn: () => api<Interview[]>(`/api/partnerships/${partnership!.id}/interviews${qs(serverFilter)}`),
    enabled: Boolean(partnership),
  });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'district') next.delete('school');
    setParams(next, { replace: true });
  };
  const shown = (interviews.data ?? []).filter((i) => !status || (status === 'none' ? !i.isf : i.isf?.status === status));
  const districtId = districts.find((d) => d.name === filter.district || d.id === filter.district)?.id;

  return (
    <>
      <h1>Interviews</h1>
      <form className="filters" aria-label="Filter the interviews" onSubmit={(e) => e.preventDefault()}>
        <Select label="District" value={filter.district} onChange={(v) => set('district', v)} options={districts.map((d) => [d.name, d.name])} />
        <Select
          label="School"
          value={filter.school}
          onChange={(v) => set('school', v)}
          options={schools.filter((s) => !districtId || s.districtId === districtId).map((s) => [s.name, s.name])}
        />
        <Select label="Role group" value={filter.role} onChange={(v) => set('role', v)} options={Object.entries(ROLE_LABELS)} />
        <Select label="Cycle" value={filter.cycle} onChange={(v) => set('cycle', v)} options={cycles.map((c) => [c.label, c.label])} />
        <Select
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
                <td>{i.date}</td>
                <td>{i.participant.pseudonym}</td>
                <td>{ROLE_LABELS[i.role] ?? i.role}</td>
                <td>{i.organization.name}</td>
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

function Select({ label, value, onChange, options }: { label: string; value: string; onChange: (v: string) => void; options: [string, string][] }) {
  const id = `filter-${label.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <span className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </span>
  );
}
