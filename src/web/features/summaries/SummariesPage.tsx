import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { answer, api } from '../../api/client';
import { useDirectory } from '../../api/queries';
import { ROLE_LABELS } from '../../api/labels';
import { useSession } from '../../api/session';
import type { RoleGroup } from '../../api/types';
import { FilterSelect, useFilters } from '../../components/filters';
import { Empty, ErrorState, Loading } from '../../components/states';

/** Mid-level summaries (school and role-group), by district and cycle, and starting a new one. */
export function SummariesPage() {
  const { partnership, can } = useSession();
  const { districts, cycles, error: directoryError } = useDirectory();
  const filters = useFilters();
  const district = filters.get('district');
  const cycle = filters.get('cycle');
  const summaries = useQuery({
    queryKey: ['summaries', partnership?.id, district, cycle],
    queryFn: () =>
      answer(api.GET('/api/partnerships/{partnershipId}/summaries', { params: { path: { partnershipId: partnership!.id }, query: { district, cycle } } })),
    enabled: Boolean(partnership),
  });
  const districtName = new Map(districts.map((d) => [d.id, d.name]));
  return (
    <>
      <h1>Mid-level summaries</h1>
      {directoryError && <ErrorState error={directoryError} />}
      <form className="filters" aria-label="Filter the summaries" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect label="District" value={district} onChange={(v) => filters.set('district', v)} options={districts.map((d) => [d.name, d.name])} />
        <FilterSelect label="Cycle" value={cycle} onChange={(v) => filters.set('cycle', v)} options={cycles.map((c) => [c.label, c.label])} />
      </form>
      {can.write && <NewSummary />}
      {summaries.isPending && <Loading what="the summaries" />}
      {summaries.isError && <ErrorState error={summaries.error} />}
      {summaries.data?.length === 0 && <Empty>{district || cycle ? 'No summary matches these filters.' : 'No summary yet.'}</Empty>}
      {summaries.data && summaries.data.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Summary</th>
              <th scope="col">District</th>
              <th scope="col">Claims</th>
              <th scope="col">Contested</th>
            </tr>
          </thead>
          <tbody>
            {summaries.data.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  <Link to={`/summaries/${s.id}`}>{s.title}</Link>
                </th>
                <td>{districtName.get(s.districtId)}</td>
                <td>{s.claims.length}</td>
                <td>{s.claims.filter((c) => c.triangulation.status === 'contested').length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function NewSummary() {
  const { partnership } = useSession();
  const { districts, schools, cycles } = useDirectory();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [kind, setKind] = useState<'school' | 'role_group'>('school');
  const [district, setDistrict] = useState('');
  const [cycle, setCycle] = useState('');
  const [school, setSchool] = useState('');
  const [role, setRole] = useState<RoleGroup>('teacher');
  const create = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/api/partnerships/{partnershipId}/summaries', {
          params: { path: { partnershipId: partnership!.id } },
          body: { kind, district, cycle: (cycle || cycles.at(-1)?.label)!, ...(kind === 'school' ? { school } : { role }) },
        }),
      ),
    onSuccess: async (s) => {
      await client.invalidateQueries({ queryKey: ['summaries'] });
      await navigate(`/summaries/${s.id}`);
    },
  });
  const districtId = districts.find((d) => d.name === district)?.id;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <details className="new">
      <summary>Start a summary</summary>
      <form className="filters" aria-label="Start a summary" onSubmit={submit}>
        <span className="field">
          <label htmlFor="kind">Kind</label>
          <select id="kind" value={kind} onChange={(e) => setKind(e.target.value as 'school' | 'role_group')}>
            <option value="school">School summary</option>
            <option value="role_group">Role-group summary</option>
          </select>
        </span>
        <span className="field">
          <label htmlFor="new-district">District</label>
          <select id="new-district" required value={district} onChange={(e) => setDistrict(e.target.value)}>
            <option value="">Choose…</option>
            {districts.map((d) => (
              <option key={d.id}>{d.name}</option>
            ))}
          </select>
        </span>
        {kind === 'school' ? (
          <span className="field">
            <label htmlFor="new-school">School</label>
            <select id="new-school" required value={school} onChange={(e) => setSchool(e.target.value)}>
              <option value="">Choose…</option>
              {schools
                .filter((s) => s.districtId === districtId)
                .map((s) => (
                  <option key={s.id}>{s.name}</option>
                ))}
            </select>
          </span>
        ) : (
          <span className="field">
            <label htmlFor="new-role">Role group</label>
            <select id="new-role" value={role} onChange={(e) => setRole(e.target.value as RoleGroup)}>
              {Object.entries(ROLE_LABELS).map(([v, label]) => (
                <option key={v} value={v}>
                  {label}
                </option>
              ))}
            </select>
          </span>
        )}
        <span className="field">
          <label htmlFor="new-cycle">Cycle</label>
          <select id="new-cycle" value={cycle} onChange={(e) => setCycle(e.target.value)}>
            {[...cycles].reverse().map((c) => (
              <option key={c.id}>{c.label}</option>
            ))}
          </select>
        </span>
        <button type="submit" disabled={create.isPending}>
          Start
        </button>
      </form>
      {create.isError && <ErrorState error={create.error} />}
    </details>
  );
}
