import { useMutation, useQueries } from '@tanstack/react-query';
import { CoefficientRows } from '../../components/CoefficientRows';
import { type FormEvent, useState } from 'react';
import { type Answer, answer, api } from '../../api/client';
import { figure, pValue } from '../../components/figures';
import { FormActions } from '../../components/FormActions';
import { ErrorState } from '../../components/states';

type Instrument = Answer<'/api/partnerships/{partnershipId}/instruments'>[number];
interface Chosen {
  instrument: string;
  measure: string;
  cycle: string;
}
type Fit = Answer<'/api/instruments/{id}'>;

/** A measure of an instrument in a cycle, chosen from the instrument's scales and items and the cycles it has responses in. */
function MeasurePicker({ label, value, onChange, details }: { label: string; value: Chosen; onChange: (c: Chosen) => void; details: Fit[] }) {
  const instrument = details.find((d) => d.id === value.instrument);
  const measures = instrument ? [...instrument.scales.map((s) => s.name), ...instrument.itemList.filter((i) => i.type !== 'text').map((i) => i.key)] : [];
  return (
    <fieldset>
      <legend>{label}</legend>
      <label>
        Instrument{' '}
        <select value={value.instrument} onChange={(e) => onChange({ instrument: e.target.value, measure: '', cycle: '' })}>
          <option value="">Choose</option>
          {details.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        Measure{' '}
        <select value={value.measure} onChange={(e) => onChange({ ...value, measure: e.target.value })} disabled={!instrument}>
          <option value="">Choose</option>
          {measures.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </label>{' '}
      <label>
        Cycle{' '}
        <select value={value.cycle} onChange={(e) => onChange({ ...value, cycle: e.target.value })} disabled={!instrument}>
          <option value="">Choose</option>
          {instrument?.responses.map((r) => (
            <option key={r.cycle} value={r.cycle}>
              {r.cycle}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

const EMPTY: Chosen = { instrument: '', measure: '', cycle: '' };
const complete = (c: Chosen) => !!(c.instrument && c.measure && c.cycle);

/**
 * Relationships between stored measures, matched by participant across instruments and cycles: an
 * outcome regressed on one or more predictors (OLS, with cluster-robust errors by school or district
 * if chosen), and the correlation when there is one predictor.
 */
export function MeasureModels({ partnershipId, instruments }: { partnershipId: string; instruments: Instrument[] }) {
  const details = useQueries({
    queries: instruments.map((i) => ({
      queryKey: ['instrument', i.id],
      queryFn: () => answer(api.GET('/api/instruments/{id}', { params: { path: { id: i.id } } })),
    })),
  })
    .map((q) => q.data)
    .filter((d): d is Fit => d !== undefined && d.responses.length > 0);
  const [outcome, setOutcome] = useState<Chosen>(EMPTY);
  const [predictors, setPredictors] = useState<Chosen[]>([EMPTY]);
  const [cluster, setCluster] = useState<'' | 'school' | 'district'>('school');
  const run = useMutation({
    mutationFn: async () => {
      const fit = await answer(
        api.POST('/api/partnerships/{partnershipId}/measures/ols', {
          params: { path: { partnershipId } },
          body: { outcome, predictors, ...(cluster && { cluster }) },
        }),
      );
      const correlation =
        predictors.length === 1
          ? await answer(
              api.POST('/api/partnerships/{partnershipId}/measures/correlate', {
                params: { path: { partnershipId } },
                body: { x: predictors[0]!, y: outcome },
              }),
            )
          : null;
      return { fit, correlation };
    },
  });
  if (details.length === 0) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate();
  };
  const ready = complete(outcome) && predictors.every(complete);
  return (
    <section aria-labelledby="models-heading">
      <h2 id="models-heading">Relationships between measures</h2>
      <p className="hint">
        Each participant&apos;s measures are matched across instruments and cycles; those without the outcome, or with a predictor missing, are left out.
      </p>
      <form onSubmit={submit} aria-label="Relate measures">
        <MeasurePicker label="Outcome" value={outcome} onChange={setOutcome} details={details} />
        {predictors.map((p, i) => (
          <MeasurePicker
            key={i}
            label={`Predictor ${i + 1}`}
            value={p}
            onChange={(c) => setPredictors((now) => now.map((x, j) => (j === i ? c : x)))}
            details={details}
          />
        ))}
        <p>
          <button type="button" className="secondary" onClick={() => setPredictors((now) => [...now, EMPTY])}>
            Add a predictor
          </button>{' '}
          {predictors.length > 1 && (
            <button type="button" className="secondary" onClick={() => setPredictors((now) => now.slice(0, -1))}>
              Remove the last predictor
            </button>
          )}{' '}
          <label>
            Standard errors{' '}
            <select value={cluster} onChange={(e) => setCluster(e.target.value as typeof cluster)}>
              <option value="school">cluster-robust, participants clustered in schools</option>
              <option value="district">cluster-robust, participants clustered in districts</option>
              <option value="">ordinary</option>
            </select>
          </label>
        </p>
        <FormActions submit="Fit" busy={run.isPending} nothingToSave={!ready} />
      </form>
      {run.isError && <ErrorState error={run.error} />}
      {run.data?.correlation && (
        <p role="status">
          {run.data.correlation.x} and {run.data.correlation.y}, {run.data.correlation.n} participants with both: Pearson&apos;s r{' '}
          {figure(run.data.correlation.pearson.r)} (95% CI [{figure(run.data.correlation.pearson.low)}, {figure(run.data.correlation.pearson.high)}], p{' '}
          {pValue(run.data.correlation.pearson.p)}); Spearman&apos;s ρ {figure(run.data.correlation.spearman.rho)} (p {pValue(run.data.correlation.spearman.p)}
          ).
        </p>
      )}
      {run.data && (
        <table>
          <caption>
            OLS of {run.data.fit.outcome}: {run.data.fit.n} participants
            {run.data.fit.dropped ? ` (${run.data.fit.dropped} left out for a missing value)` : ''};{' '}
            {run.data.fit.clusters
              ? `cluster-robust (CR1) errors, ${run.data.fit.clusters.count} clusters of ${run.data.fit.clusters.name}`
              : 'ordinary errors'}
            ; R² {figure(run.data.fit.r2)}
          </caption>
          <thead>
            <tr>
              {['term', 'estimate', 'SE', 't', 'p', '95% CI'].map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <CoefficientRows coefficients={run.data.fit.coefficients} />
        </table>
      )}
    </section>
  );
}
