import { useDirectory } from '../../api/queries';
import { useSession } from '../../api/session';
import { FilterSelect, useFilters } from '../../components/filters';
import { Empty, ErrorState, Loading } from '../../components/states';
import { AssessmentPanel } from './AssessmentPanel';
import { ScopeProvider, useAssessments, useStrategies, useSupportTypes } from './scope';
import { StrategyCard } from './StrategyCard';
import { StrategyForm } from './StrategyForm';
import './strategies.css';

/**
 * A district's improvement strategies for a cycle, as the team documents them from the October
 * leader interviews and the district's documents, with the team's in-house assessment of them.
 */
export function StrategiesPage() {
  const { partnership, can } = useSession();
  const { districts, cycles, error } = useDirectory();
  const filters = useFilters();
  const district = filters.get('district') || districts[0]?.name || '';
  const cycle = filters.get('cycle') || cycles.at(-1)?.label || '';
  const partnershipId = partnership?.id ?? '';
  const ready = Boolean(partnershipId && district && cycle);
  const place = { partnershipId, district, cycle };
  const strategies = useStrategies(place, ready);
  const assessments = useAssessments(place, ready);
  const supportTypes = useSupportTypes(partnership?.id);

  if (error) return <ErrorState error={error} />;
  return (
    <div className="strategies-page">
      <h1>District strategies</h1>
      <form className="filters" aria-label="Whose strategies" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          required
          label="District"
          value={district}
          onChange={(v) => filters.set('district', v)}
          options={districts.map((d) => [d.name, d.name])}
        />
        <FilterSelect required label="Cycle" value={cycle} onChange={(v) => filters.set('cycle', v)} options={cycles.map((c) => [c.label, c.label])} />
      </form>
      <p className="hint">
        Each strategy as the district's leaders described it in the October interviews and its documents: what each role group should come to do, the supports
        intended and who holds whom accountable. The in-house assessment on this page is the team's own and is never shown to partners.
      </p>
      {(!ready || strategies.isPending || supportTypes.isPending || assessments.isPending) && <Loading what="the strategies" />}
      {strategies.isError && <ErrorState error={strategies.error} />}
      {supportTypes.isError && <ErrorState error={supportTypes.error} />}
      {assessments.isError && <ErrorState error={assessments.error} />}
      {strategies.data && supportTypes.data && !assessments.isPending && (
        <ScopeProvider scope={{ partnershipId, district, cycle, supportTypes: supportTypes.data }}>
          {strategies.data.length === 0 && (
            <Empty>
              No strategies documented for {district} in {cycle} yet.
            </Empty>
          )}
          {strategies.data.map((s, n) => (
            <StrategyCard key={s.id} strategy={s} number={n + 1} assessments={assessments.data ?? []} canWrite={can.write} />
          ))}
          {strategies.data.length > 0 && (
            <section className="coherence in-house" aria-labelledby="coherence-title">
              <h2 id="coherence-title">In-house assessment of the strategies together</h2>
              <p className="in-house-notice">The team's own judgement: never shown to partners.</p>
              <AssessmentPanel aspect="coherence" strategyId={null} assessment={assessments.data?.find((a) => a.aspect === 'coherence')} headingLevel={3} />
            </section>
          )}
          {can.write && (
            <section className="new-strategy" aria-labelledby="new-strategy-title">
              <h2 id="new-strategy-title">Add a strategy</h2>
              <StrategyForm />
            </section>
          )}
        </ScopeProvider>
      )}
    </div>
  );
}
