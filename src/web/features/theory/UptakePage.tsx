import { useDirectory } from '../../api/queries';
import { FilterSelect, useFilters } from '../../components/filters';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useUptake } from './theory';
import { UptakeTable } from './UptakeTable';
import './theory.css';

const ACTED_ON = [
  ['fully', 'Fully'],
  ['partly', 'Partly'],
  ['not', 'Not'],
  ['none', 'Not recorded'],
] as const;

/**
 * Whether districts acted on the recommendations, across districts and years: each recommendation
 * with the cycle it was made in, what became of it, and the conjectures of the theory of action
 * its uptake is evidence about.
 */
export function UptakePage() {
  const { districts, error } = useDirectory();
  const uptake = useUptake();
  const filters = useFilters();
  const district = filters.get('district');
  const acted = filters.get('acted');
  const lines = (uptake.data ?? []).filter((u) => (!district || u.district === district) && (!acted || (u.uptake?.status ?? 'none') === acted));
  return (
    <div className="uptake-page">
      <h1>Uptake of recommendations</h1>
      <p className="hint">
        Each October's leader interviews tell whether the district acted on the last year's recommendations. That is evidence about the conjectures the
        recommendations were based on.
      </p>
      {error && <ErrorState error={error} />}
      <form className="filters" aria-label="Filter the recommendations" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect label="District" value={district} onChange={(v) => filters.set('district', v)} options={districts.map((d) => [d.name, d.name])} />
        <FilterSelect label="Acted on" value={acted} onChange={(v) => filters.set('acted', v)} options={ACTED_ON} />
      </form>
      {uptake.isPending && <Loading what="the recommendations" />}
      {uptake.isError && <ErrorState error={uptake.error} />}
      {uptake.data && lines.length === 0 && (
        <Empty>{uptake.data.length === 0 ? 'No recommendation has been made yet.' : 'No recommendation matches these filters.'}</Empty>
      )}
      {lines.length > 0 && <UptakeTable lines={lines} />}
    </div>
  );
}
