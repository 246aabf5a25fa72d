import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { answer, api } from '../../api/client';
import { useDirectory } from '../../api/queries';
import { ErrorState, Loading } from '../../components/states';
import type { InstrumentDetail } from '../instruments/InstrumentPage';
import { AchievementTable } from './AchievementTable';

/** The team's view of a student achievement instrument: by student group over the years, for a district, school or grade, suppressed below a minimum if asked (as partners see it). */
export function AchievementByGroup({ instrument }: { instrument: InstrumentDetail }) {
  const { districts, schools: allSchools } = useDirectory();
  const [district, setDistrict] = useState('');
  const [school, setSchool] = useState('');
  const [grade, setGrade] = useState('');
  const [asPartners, setAsPartners] = useState(false);
  const query = {
    ...(district && { district }),
    ...(school && { school }),
    ...(grade.trim() && { grade: grade.trim() }),
    ...(asPartners && { minimum: 10 }),
  };
  const achievement = useQuery({
    queryKey: ['achievement', instrument.id, instrument.version, query],
    queryFn: () => answer(api.GET('/api/instruments/{id}/achievement', { params: { path: { id: instrument.id }, query } })),
  });
  const districtId = districts.find((d) => d.name === district)?.id;
  const schools = allSchools.filter((o) => !districtId || o.districtId === districtId);
  const scope = [district, school, grade.trim() && `grade ${grade.trim()}`].filter(Boolean).join(', ');
  return (
    <section aria-labelledby="achievement-heading">
      <h2 id="achievement-heading">Achievement by student group</h2>
      <form className="filters" aria-label="Whose achievement" onSubmit={(e) => e.preventDefault()}>
        <label>
          District{' '}
          <select
            value={district}
            onChange={(e) => {
              setDistrict(e.target.value);
              setSchool('');
            }}
          >
            <option value="">All districts</option>
            {districts.map((d) => (
              <option key={d.id}>{d.name}</option>
            ))}
          </select>
        </label>{' '}
        <label>
          School{' '}
          <select value={school} onChange={(e) => setSchool(e.target.value)}>
            <option value="">All schools</option>
            {schools.map((s) => (
              <option key={s.id}>{s.name}</option>
            ))}
          </select>
        </label>{' '}
        <label>
          Grade <input value={grade} onChange={(e) => setGrade(e.target.value)} size={4} placeholder="all" />
        </label>{' '}
        <label>
          <input type="checkbox" checked={asPartners} onChange={(e) => setAsPartners(e.target.checked)} /> As partner leaders see it (groups under 10
          suppressed)
        </label>
      </form>
      {achievement.isPending && <Loading what="the achievement" />}
      {achievement.isError && <ErrorState error={achievement.error} />}
      {achievement.data && <AchievementTable achievement={achievement.data} title={`${instrument.name} by student group${scope ? `: ${scope}` : ''}`} />}
    </section>
  );
}
