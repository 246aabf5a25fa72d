import { useMutation } from '@tanstack/react-query';
import { CoefficientRows } from '../../components/CoefficientRows';
import { type FormEvent, useId, useState } from 'react';
import { upload } from '../../api/client';
import { ErrorState } from '../../components/states';
import { figure, pValue } from '../../components/figures';
import { FormActions } from '../../components/FormActions';

type Analysis = 'describe' | 'correlate' | 'ols' | 'cronbach';

const ANALYSES: readonly { id: Analysis; label: string }[] = [
  { id: 'describe', label: 'Descriptives (n, mean, SD, median, IQR) by group' },
  { id: 'correlate', label: "Correlation (Pearson's r, Spearman's ρ)" },
  { id: 'ols', label: 'Regression (OLS, cluster-robust errors)' },
  { id: 'cronbach', label: "Scale reliability (Cronbach's α)" },
];

/** The columns a CSV file's header line names, read in the browser to offer them; the server reads the file itself. */
async function headerColumns(file: File): Promise<string[]> {
  const start = await file.slice(0, 64 * 1024).text();
  const line =
    start
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .find((l) => l.trim() !== '' && !/^sep=.$/i.test(l)) ?? '';
  const separator = [',', ';', '\t'].reduce((best, s) => (line.split(s).length > line.split(best).length ? s : best), ',');
  return line
    .split(separator)
    .map((c) =>
      c
        .trim()
        .replace(/^"(.*)"$/, '$1')
        .trim(),
    )
    .filter(Boolean);
}

function ColumnSelect({
  label,
  value,
  onChange,
  columns,
  optional,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  columns: string[];
  optional?: string;
}) {
  const id = useId();
  return (
    <span className="column-select">
      <label htmlFor={id}>{label}</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} required={!optional}>
        <option value="">{optional ?? 'Choose a column'}</option>
        {columns.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
    </span>
  );
}

function ColumnChecks({
  legend,
  chosen,
  onChange,
  columns,
  exclude = [],
}: {
  legend: string;
  chosen: string[];
  onChange: (v: string[]) => void;
  columns: string[];
  exclude?: string[];
}) {
  return (
    <fieldset className="column-checks">
      <legend>{legend}</legend>
      {columns
        .filter((c) => !exclude.includes(c))
        .map((c) => (
          <label key={c}>
            <input type="checkbox" checked={chosen.includes(c)} onChange={(e) => onChange(e.target.checked ? [...chosen, c] : chosen.filter((x) => x !== c))} />{' '}
            {c}
          </label>
        ))}
    </fieldset>
  );
}

/**
 * Warrant's statistics on a table prepared outside it (a survey export cleaned in R, scores from a
 * spreadsheet): the file is sent for one analysis and nothing is kept.
 */
export function AnalysesPage() {
  const [file, setFile] = useState<File | null>(null);
  const [columns, setColumns] = useState<string[]>([]);
  const [analysis, setAnalysis] = useState<Analysis>('describe');
  const [value, setValue] = useState('');
  const [by, setBy] = useState('');
  const [x, setX] = useState('');
  const [y, setY] = useState('');
  const [predictors, setPredictors] = useState<string[]>([]);
  const [cluster, setCluster] = useState('');
  const [items, setItems] = useState<string[]>([]);

  const choose = async (f: File | null) => {
    setFile(f);
    setColumns(f ? await headerColumns(f) : []);
    for (const reset of [setValue, setBy, setX, setY, setCluster]) reset('');
    setPredictors([]);
    setItems([]);
    run.reset();
  };

  const run = useMutation({
    mutationFn: async ({ f, what }: { f: File; what: Analysis }) => {
      const name = f.name;
      const none = () => undefined;
      if (what === 'describe')
        return { what, result: await upload('/api/analyses/describe', { query: { value, file: name, ...(by && { by }) } }, f, none, 'text/csv') } as const;
      if (what === 'correlate') return { what, result: await upload('/api/analyses/correlate', { query: { x, y, file: name } }, f, none, 'text/csv') } as const;
      if (what === 'ols')
        return {
          what,
          result: await upload('/api/analyses/ols', { query: { y, x: predictors.join(','), file: name, ...(cluster && { cluster }) } }, f, none, 'text/csv'),
        } as const;
      return {
        what,
        result: await upload('/api/analyses/cronbach', { query: { file: name, ...(items.length && { items: items.join(',') }) } }, f, none, 'text/csv'),
      } as const;
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file) run.mutate({ f: file, what: analysis });
  };
  const ready =
    !!file && (analysis === 'describe' ? !!value : analysis === 'correlate' ? !!x && !!y && x !== y : analysis === 'ols' ? !!y && predictors.length > 0 : true);

  return (
    <div className="analyses">
      <h1>Analyses of a table</h1>
      <p className="hint">
        A CSV file prepared outside Warrant (comma, semicolon or tab separated): a header line naming the columns, then a line per case; a blank cell, NA or
        &quot;.&quot; is a missing value. The file is read for this analysis only and not kept.
      </p>
      <form onSubmit={submit} aria-label="Analyse a CSV table">
        <p>
          <label>
            CSV file <input type="file" accept=".csv,.tsv,.txt,text/csv" onChange={(e) => void choose(e.target.files?.[0] ?? null)} />
          </label>
        </p>
        <fieldset>
          <legend>Analysis</legend>
          {ANALYSES.map((a) => (
            <label key={a.id} className="choice">
              <input type="radio" name="analysis" checked={analysis === a.id} onChange={() => (setAnalysis(a.id), run.reset())} /> {a.label}
            </label>
          ))}
        </fieldset>
        {file && columns.length > 0 && (
          <div className="analysis-columns">
            {analysis === 'describe' && (
              <>
                <ColumnSelect label="Value" value={value} onChange={setValue} columns={columns} />{' '}
                <ColumnSelect label="By" value={by} onChange={setBy} columns={columns} optional="(all cases together)" />
              </>
            )}
            {analysis === 'correlate' && (
              <>
                <ColumnSelect label="X" value={x} onChange={setX} columns={columns} /> <ColumnSelect label="Y" value={y} onChange={setY} columns={columns} />
              </>
            )}
            {analysis === 'ols' && (
              <>
                <ColumnSelect label="Outcome" value={y} onChange={setY} columns={columns} />
                <ColumnChecks legend="Predictors" chosen={predictors} onChange={setPredictors} columns={columns} exclude={[y, cluster]} />
                <ColumnSelect label="Cluster" value={cluster} onChange={setCluster} columns={columns} optional="(none: ordinary standard errors)" />
              </>
            )}
            {analysis === 'cronbach' && (
              <ColumnChecks
                legend="Items (none chosen: every column of numbers but a first column of identifiers)"
                chosen={items}
                onChange={setItems}
                columns={columns}
              />
            )}
          </div>
        )}
        <FormActions submit="Analyse" busy={run.isPending} nothingToSave={!ready} />
      </form>
      {run.isError && <ErrorState error={run.error} />}
      {run.data?.what === 'describe' && <DescriptivesTable r={run.data.result} />}
      {run.data?.what === 'correlate' && <CorrelationTable r={run.data.result} />}
      {run.data?.what === 'ols' && <RegressionTable r={run.data.result} />}
      {run.data?.what === 'cronbach' && <ScaleTable r={run.data.result} />}
    </div>
  );
}

type Result<A extends Analysis> = Awaited<ReturnType<typeof upload<`/api/analyses/${A}`>>>;

function DescriptivesTable({ r }: { r: Result<'describe'> }) {
  const rows = [...r.groups.map((g) => ({ label: g.group, d: g })), { label: 'All cases', d: r.all }];
  return (
    <section aria-labelledby="result-heading" role="status">
      <h2 id="result-heading">
        {r.value}
        {r.by ? ` by ${r.by}` : ''}
      </h2>
      <table>
        <caption>
          Descriptives of {r.value} in {r.file}: {r.all.n} values, {r.all.missing} missing
        </caption>
        <thead>
          <tr>
            <th scope="col">{r.by ?? ''}</th>
            {['n', 'missing', 'mean', 'SD', 'median', 'Q1', 'Q3', 'IQR', 'min', 'max'].map((h) => (
              <th scope="col" key={h} className="number">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label, d }) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="number">{d.n}</td>
              <td className="number">{d.missing}</td>
              {[d.mean, d.sd, d.median, d.q1, d.q3, d.iqr, d.min, d.max].map((v, i) => (
                <td className="number" key={i}>
                  {figure(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function CorrelationTable({ r }: { r: Result<'correlate'> }) {
  return (
    <section aria-labelledby="result-heading" role="status">
      <h2 id="result-heading">
        {r.x} and {r.y}
      </h2>
      <table>
        <caption>
          Correlation of {r.x} and {r.y} in {r.file}, over the {r.n} cases with both
        </caption>
        <thead>
          <tr>
            <th scope="col">coefficient</th>
            <th scope="col" className="number">
              value
            </th>
            <th scope="col">95% interval</th>
            <th scope="col" className="number">
              p (two-sided)
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Pearson&apos;s r</th>
            <td className="number">{figure(r.pearson.r)}</td>
            <td>{r.pearson.low === null ? '—' : `[${figure(r.pearson.low)}, ${figure(r.pearson.high)}]`}</td>
            <td className="number">{pValue(r.pearson.p)}</td>
          </tr>
          <tr>
            <th scope="row">Spearman&apos;s ρ</th>
            <td className="number">{figure(r.spearman.rho)}</td>
            <td>—</td>
            <td className="number">{pValue(r.spearman.p)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

function RegressionTable({ r }: { r: Result<'ols'> }) {
  return (
    <section aria-labelledby="result-heading" role="status">
      <h2 id="result-heading">
        {r.outcome} on{' '}
        {r.coefficients
          .slice(1)
          .map((c) => c.term)
          .join(', ')}
      </h2>
      <p>
        {r.n} cases{r.dropped ? ` (${r.dropped} left out for a missing value)` : ''};{' '}
        {r.clusters ? `cluster-robust (CR1) standard errors, ${r.clusters.count} clusters of ${r.clusters.name}` : 'ordinary standard errors'}; t tests on{' '}
        {r.df} degrees of freedom. R² {figure(r.r2)}, adjusted R² {figure(r.adjustedR2)}, residual SE {figure(r.residualSe, 4)}.
      </p>
      <table>
        <caption>
          Coefficients of the regression of {r.outcome} in {r.file}
        </caption>
        <thead>
          <tr>
            <th scope="col">term</th>
            {['estimate', 'SE', 't', 'p'].map((h) => (
              <th scope="col" key={h} className="number">
                {h}
              </th>
            ))}
            <th scope="col">95% interval</th>
          </tr>
        </thead>
        <CoefficientRows coefficients={r.coefficients} />
      </table>
    </section>
  );
}

function ScaleTable({ r }: { r: Result<'cronbach'> }) {
  return (
    <section aria-labelledby="result-heading" role="status">
      <h2 id="result-heading">Cronbach&apos;s α {figure(r.alpha)}</h2>
      <p>
        {r.items.length} items; {r.n} respondents answered every item{r.dropped ? ` (${r.dropped} left out for an unanswered item)` : ''}.
      </p>
      <table>
        <caption>What each item adds to the scale in {r.file}</caption>
        <thead>
          <tr>
            <th scope="col">item</th>
            <th scope="col" className="number">
              α if deleted
            </th>
            <th scope="col" className="number">
              item-rest correlation
            </th>
          </tr>
        </thead>
        <tbody>
          {r.itemStatistics.map((s) => (
            <tr key={s.item}>
              <th scope="row">{s.item}</th>
              <td className="number">{figure(s.alphaIfDeleted)}</td>
              <td className="number">{figure(s.itemRestCorrelation)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
