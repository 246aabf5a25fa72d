import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type Answer, answer, api } from '../../api/client';
import { figure, pValue } from '../../components/figures';
import { Empty, ErrorState, Loading } from '../../components/states';
import type { InstrumentDetail } from './InstrumentPage';

type Grouping = 'district' | 'school' | 'role';
const GROUPINGS: readonly { id: Grouping; label: string }[] = [
  { id: 'district', label: 'District' },
  { id: 'school', label: 'School' },
  { id: 'role', label: 'Role group' },
];
type Descriptives = Answer<'/api/instruments/{id}/descriptives'>['cycles'][number];
type Change = Answer<'/api/instruments/{id}/change'>;
type Paired = Change['all'];

const groupingLabel = (g: Grouping) => GROUPINGS.find((x) => x.id === g)!.label;

const DESCRIBED = ['n', 'missing', 'mean', 'SD', 'median', 'Q1', 'Q3', 'min', 'max'];

function DescribedCells({ d }: { d: Descriptives }) {
  return (
    <>
      <td className="number">{d.n}</td>
      <td className="number">{d.missing}</td>
      {[d.mean, d.sd, d.median, d.q1, d.q3, d.min, d.max].map((v, i) => (
        <td className="number" key={i}>
          {figure(v)}
        </td>
      ))}
    </>
  );
}

/**
 * The statistics of an instrument's measures (a scale or an item): descriptives per cycle and group,
 * Cronbach's α of each scale per cycle, and the paired change of the same participants between two cycles.
 */
export function MeasureAnalyses({ instrument }: { instrument: InstrumentDetail }) {
  const measures = [
    ...instrument.scales.map((s) => ({ name: s.name, kind: 'scale' })),
    ...instrument.itemList.filter((i) => i.type !== 'text').map((i) => ({ name: i.key, kind: 'item' })),
  ];
  const [measure, setMeasure] = useState(measures[0]?.name ?? '');
  const [by, setBy] = useState<Grouping[]>([]);
  if (!instrument.responses.length) return <Empty>No responses yet: the statistics come once responses are imported.</Empty>;
  if (!measures.length) return <Empty>No item of {instrument.name} has numbers to analyse.</Empty>;
  const chosen = measures.some((m) => m.name === measure) ? measure : measures[0]!.name;
  return (
    <section aria-labelledby="measures-heading">
      <h2 id="measures-heading">Measures</h2>
      <form aria-label="Choose a measure" onSubmit={(e) => e.preventDefault()}>
        <p>
          <label>
            Measure{' '}
            <select value={chosen} onChange={(e) => setMeasure(e.target.value)}>
              {measures.map((m) => (
                <option key={m.name} value={m.name}>
                  {m.name} ({m.kind})
                </option>
              ))}
            </select>
          </label>
        </p>
        <fieldset>
          <legend>Within each cycle, by</legend>
          {GROUPINGS.map((g) => (
            <label key={g.id} className="choice">
              <input
                type="checkbox"
                checked={by.includes(g.id)}
                onChange={() => setBy((now) => (now.includes(g.id) ? now.filter((x) => x !== g.id) : [...now, g.id]))}
              />{' '}
              {g.label}
            </label>
          ))}
        </fieldset>
      </form>
      <DescriptivesTable instrument={instrument} measure={chosen} by={by} />
      <ChangeTable instrument={instrument} measure={chosen} by={by[0]} />
      {instrument.scales.length > 0 && <Reliability instrument={instrument} />}
    </section>
  );
}

function DescriptivesTable({ instrument, measure, by }: { instrument: InstrumentDetail; measure: string; by: Grouping[] }) {
  const q = useQuery({
    queryKey: ['measures', instrument.id, 'descriptives', measure, by, instrument.version, instrument.scales],
    queryFn: () =>
      answer(
        api.GET('/api/instruments/{id}/descriptives', { params: { path: { id: instrument.id }, query: { measure, ...(by.length && { by: by.join(',') }) } } }),
      ),
  });
  if (q.isPending) return <Loading what="the descriptives" />;
  if (q.isError) return <ErrorState error={q.error} />;
  const r = q.data;
  const groupLabel = (g: (typeof r.groups)[number]) => r.by.map((b) => g.group[b]).join(' · ');
  return (
    <table>
      <caption>
        {r.measure.name}: descriptives per cycle{r.by.length ? ` and ${r.by.join(' and ')}` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">Cycle</th>
          {r.by.length > 0 && <th scope="col">{r.by.map(groupingLabel).join(' · ')}</th>}
          {DESCRIBED.map((h) => (
            <th scope="col" key={h} className="number">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {r.cycles.flatMap((c) => [
          ...r.groups
            .filter((g) => g.cycle === c.cycle)
            .map((g) => (
              <tr key={`${c.cycle} ${groupLabel(g)}`}>
                <th scope="row">{c.cycle}</th>
                <th scope="row">{groupLabel(g)}</th>
                <DescribedCells d={g} />
              </tr>
            )),
          <tr key={c.cycle} className="total">
            <th scope="row">{c.cycle}</th>
            {r.by.length > 0 && <th scope="row">All</th>}
            <DescribedCells d={c} />
          </tr>,
        ])}
      </tbody>
    </table>
  );
}

function PairedCells({ c }: { c: Paired }) {
  return (
    <>
      <td className="number">{c.n}</td>
      <td className="number">{figure(c.before)}</td>
      <td className="number">{figure(c.after)}</td>
      <td className="number">{figure(c.change)}</td>
      <td className="number">{figure(c.sd)}</td>
      <td className="number">{figure(c.t, 2)}</td>
      <td className="number">{pValue(c.p)}</td>
      <td>{c.low === null ? '—' : `[${figure(c.low)}, ${figure(c.high)}]`}</td>
      <td className="number">
        {c.improved} / {c.unchanged} / {c.declined}
      </td>
    </>
  );
}

function ChangeTable({ instrument, measure, by }: { instrument: InstrumentDetail; measure: string; by: Grouping | undefined }) {
  const enough = instrument.responses.length > 1;
  const q = useQuery({
    queryKey: ['measures', instrument.id, 'change', measure, by, instrument.version, instrument.scales],
    queryFn: () => answer(api.GET('/api/instruments/{id}/change', { params: { path: { id: instrument.id }, query: { measure, ...(by && { by }) } } })),
    enabled: enough,
  });
  if (!enough) return null;
  if (q.isPending) return <Loading what="the change" />;
  if (q.isError) return <ErrorState error={q.error} />;
  const r = q.data;
  return (
    <table>
      <caption>
        {r.measure.name}: change from {r.from} to {r.to} of the {r.all.n} participants measured in both (paired t test{r.by ? `; by ${r.by} in ${r.to}` : ''})
      </caption>
      <thead>
        <tr>
          <th scope="col">{r.by ? groupingLabel(r.by) : ''}</th>
          {['n', 'before', 'after', 'change', 'SD', 't', 'p', '95% CI', 'up / same / down'].map((h) => (
            <th scope="col" key={h} className="number">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {r.groups.map((g) => (
          <tr key={g.group}>
            <th scope="row">{g.group}</th>
            <PairedCells c={g} />
          </tr>
        ))}
        <tr className="total">
          <th scope="row">All</th>
          <PairedCells c={r.all} />
        </tr>
      </tbody>
    </table>
  );
}

function Reliability({ instrument }: { instrument: InstrumentDetail }) {
  const q = useQuery({
    queryKey: ['measures', instrument.id, 'reliability', instrument.version, instrument.scales],
    queryFn: () => answer(api.GET('/api/instruments/{id}/reliability', { params: { path: { id: instrument.id } } })),
  });
  if (q.isPending) return <Loading what="the reliability of the scales" />;
  if (q.isError) return <ErrorState error={q.error} />;
  return (
    <table>
      <caption>Cronbach&apos;s α of each scale per cycle, on the respondents who answered every item</caption>
      <thead>
        <tr>
          <th scope="col">Scale</th>
          <th scope="col">Cycle</th>
          <th scope="col" className="number">
            α
          </th>
          <th scope="col" className="number">
            n
          </th>
          <th scope="col">α if an item is deleted (item-rest r)</th>
        </tr>
      </thead>
      <tbody>
        {q.data.scales.map((s) => (
          <tr key={`${s.scale} ${s.cycle}`}>
            <th scope="row">{s.scale}</th>
            <td>{s.cycle}</td>
            <td className="number">{figure(s.alpha)}</td>
            <td className="number">{s.n}</td>
            <td>{s.itemStatistics.map((i) => `${i.item} ${figure(i.alphaIfDeleted)} (${figure(i.itemRestCorrelation)})`).join('; ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
