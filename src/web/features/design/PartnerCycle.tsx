import { FilterSelect, useFilters } from '../../components/filters';
import { type SharedWithDistrict, usePartnerDistrict, useSharedWithDistrict } from './queries';

/**
 * The cycle a partner leader's page shows: the one in the address (`?cycle=`), else the newest
 * with something shared with their district, else the latest; and what was shared, for the choice.
 */
export function usePartnerCycle() {
  const districtId = usePartnerDistrict();
  const shared = useSharedWithDistrict(districtId);
  const filters = useFilters();
  const cycle = filters.get('cycle') || shared.data?.newestShared || shared.data?.cycles[0]?.cycle.label || '';
  return { districtId, shared, cycle, setCycle: (label: string) => filters.set('cycle', label) };
}

/** The choice of a cycle on a partner leader's page, with the team's own filter; a year with nothing shared says so. */
export function PartnerCycleFilter({
  shared,
  cycle,
  onChange,
  what,
}: {
  shared: SharedWithDistrict;
  cycle: string;
  onChange: (label: string) => void;
  what: string;
}) {
  return (
    <form className="filters" aria-label={`Which year's ${what}`} onSubmit={(e) => e.preventDefault()}>
      <FilterSelect
        required
        label="Cycle"
        value={cycle}
        onChange={onChange}
        options={shared.cycles.map((c) => [c.cycle.label, c.shared ? c.cycle.label : `${c.cycle.label} (nothing shared yet)`])}
      />
    </form>
  );
}
