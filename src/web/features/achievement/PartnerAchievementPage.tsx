import { useQuery } from '@tanstack/react-query';
import { answer, api } from '../../api/client';
import { FilterSelect, useFilters } from '../../components/filters';
import { Empty, ErrorState, Loading } from '../../components/states';
import { usePartnerDistrict } from '../design/queries';
import { AchievementTable } from './AchievementTable';

/**
 * A partner leader's view of their district's student achievement: aggregates by student group over
 * the years, for the district or one of its schools, with every group of fewer than 10 students
 * tested suppressed. Nothing of a participant's own measures is shown here.
 */
export function PartnerAchievementPage() {
  const districtId = usePartnerDistrict();
  const filters = useFilters();
  const school = filters.get('school');
  const instrument = filters.get('instrument');
  const achievement = useQuery({
    queryKey: ['district-achievement', districtId, school, instrument],
    queryFn: () =>
      answer(
        api.GET('/api/districts/{id}/achievement', {
          params: { path: { id: districtId! }, query: { ...(school && { school }), ...(instrument && { instrument }) } },
        }),
      ),
    enabled: Boolean(districtId),
  });
  const table = achievement.data?.achievement;
  return (
    <div className="achievement">
      <h1>Student achievement</h1>
      {!districtId && <Empty>Your account is not linked to a district of this partnership yet: ask the lead researcher.</Empty>}
      {achievement.isPending && districtId && <Loading what="your district's achievement" />}
      {achievement.isError && <ErrorState error={achievement.error} />}
      {achievement.data && !table && <Empty>The research team has not stored your district's achievement results yet.</Empty>}
      {table && (
        <>
          <form className="filters" aria-label="Which results" onSubmit={(e) => e.preventDefault()}>
            {table.instruments.length > 1 && (
              <FilterSelect
                label="Test"
                value={table.instrument.name}
                onChange={(v) => filters.set('instrument', v)}
                required
                options={table.instruments.map((i) => [i.name, i.name] as const)}
              />
            )}
            <FilterSelect label="School" value={school} onChange={(v) => filters.set('school', v)} options={table.schools.map((s) => [s, s] as const)} />
          </form>
          <AchievementTable achievement={table} title={`${table.instrument.name} by student group: ${table.school ?? table.district}`} />
        </>
      )}
    </div>
  );
}
