import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { type Answer, answer, api, upload } from '../../api/client';
import { useDirectory } from '../../api/queries';
import { useSession } from '../../api/session';
import { Empty, ErrorState, Loading } from '../../components/states';
import { FormActions } from '../../components/FormActions';
import { MeasureModels } from './MeasureModels';

type Format = 'qualtrics' | 'redcap' | 'csv' | 'lessons' | 'achievement';
type Report = Awaited<ReturnType<typeof upload<'/api/partnerships/{partnershipId}/instruments/import'>>>;
type Instrument = Answer<'/api/partnerships/{partnershipId}/instruments'>[number];

const FORMATS: readonly { id: Format; label: string }[] = [
  { id: 'qualtrics', label: 'Qualtrics CSV export (three header rows)' },
  { id: 'redcap', label: 'REDCap raw data, with its data dictionary' },
  { id: 'csv', label: 'Plain CSV (a header line, participant_id and one column per item)' },
  { id: 'lessons', label: 'Lessons scored on an observation rubric (participant_id, lesson_date, rater, dimension, level: a line each)' },
  {
    id: 'achievement',
    label: "A district's achievement results (school, grade, student_group, number_tested, percent_at_standard, mean_scale_score: aggregates, never students)",
  },
];

/** The problems a report lists: errors and warnings, but not each unanswered item (counted instead). */
const listed = (r: Report) => r.problems.filter((p) => !(p.severity === 'warning' && / (unanswered|not scored)$/.test(p.message)));

/**
 * The partnership's instruments and the responses stored for them, and the import of a survey
 * export: its validation report names every problem's line and column, and nothing is stored on an
 * error unless the invalid responses are to be skipped.
 */
export function InstrumentsPage() {
  const { partnership, can } = useSession();
  const partnershipId = partnership!.id;
  const client = useQueryClient();
  const instruments = useQuery({
    queryKey: ['instruments', partnershipId],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/instruments', { params: { path: { partnershipId } } })),
  });
  return (
    <div className="instruments">
      <h1>Instruments</h1>
      <p className="hint">
        Surveys, observation rubrics, knowledge tests and achievement data, linked to the roster&apos;s participants in each cycle. Responses are the
        team&apos;s: partner leaders never see a participant&apos;s answers.
      </p>
      {instruments.isPending && <Loading what="the instruments" />}
      {instruments.isError && <ErrorState error={instruments.error} />}
      {instruments.data && <InstrumentTable instruments={instruments.data} />}
      {instruments.data && <MeasureModels partnershipId={partnershipId} instruments={instruments.data} />}
      {can.write && <ImportForm partnershipId={partnershipId} onImported={() => client.invalidateQueries({ queryKey: ['instruments', partnershipId] })} />}
    </div>
  );
}

function InstrumentTable({ instruments }: { instruments: Instrument[] }) {
  if (instruments.length === 0) return <Empty>No instrument yet: import a survey export below to define one.</Empty>;
  return (
    <table>
      <caption>The partnership&apos;s instruments</caption>
      <thead>
        <tr>
          <th scope="col">Instrument</th>
          <th scope="col">Kind</th>
          <th scope="col" className="number">
            Items
          </th>
          <th scope="col">Responses</th>
        </tr>
      </thead>
      <tbody>
        {instruments.map((i) => (
          <tr key={i.id}>
            <th scope="row">
              <Link to={`/instruments/${i.id}`}>{i.name}</Link>
            </th>
            <td>{i.kind}</td>
            <td className="number">{i.items}</td>
            <td>{i.responses.length ? i.responses.map((r) => `${r.count} in ${r.cycle}`).join(', ') : 'none'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ImportForm({ partnershipId, onImported }: { partnershipId: string; onImported: () => void }) {
  const { cycles } = useDirectory();
  const [file, setFile] = useState<File | null>(null);
  const [dictionary, setDictionary] = useState<File | null>(null);
  const [mapping, setMapping] = useState<File | null>(null);
  const [format, setFormat] = useState<Format>('qualtrics');
  const [instrument, setInstrument] = useState('');
  const [cycle, setCycle] = useState('');
  const [idColumn, setIdColumn] = useState('');
  const [levels, setLevels] = useState('1-4');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const run = useMutation({
    mutationFn: () => {
      const body = new FormData();
      body.append('file', file!);
      if (format === 'redcap' && dictionary) body.append('dictionary', dictionary);
      if (mapping) body.append('mapping', mapping);
      return upload(
        '/api/partnerships/{partnershipId}/instruments/import',
        {
          path: { partnershipId },
          query: {
            instrument,
            format,
            cycle,
            ...(idColumn.trim() && { idColumn: idColumn.trim() }),
            ...(format === 'lessons' && levels.trim() && { levels: levels.trim() }),
            ...(skipInvalid && { skipInvalid: 'true' as const }),
          },
        },
        body,
        () => undefined,
        null,
      );
    },
    onSuccess: (r) => {
      if (r.written) onImported();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file) run.mutate();
  };
  const ready = !!file && !!instrument.trim() && !!cycle && (format !== 'redcap' || !!dictionary);
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import responses</h2>
      <form onSubmit={submit} aria-label="Import responses to an instrument">
        <fieldset>
          <legend>Format</legend>
          {FORMATS.map((f) => (
            <label key={f.id} className="choice">
              <input type="radio" name="format" checked={format === f.id} onChange={() => setFormat(f.id)} /> {f.label}
            </label>
          ))}
        </fieldset>
        <p>
          <label>
            Export file <input type="file" accept=".csv,.tsv,.txt,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
          </label>
        </p>
        {format === 'redcap' && (
          <p>
            <label>
              Data dictionary <input type="file" accept=".csv,text/csv" onChange={(e) => setDictionary(e.target.files?.[0] ?? null)} />
            </label>
          </p>
        )}
        <p>
          <label>
            Mapping of e-mails or staff IDs (optional){' '}
            <input type="file" accept=".csv,text/csv" onChange={(e) => setMapping(e.target.files?.[0] ?? null)} aria-describedby="mapping-hint" />
          </label>
          <span id="mapping-hint" className="hint">
            {' '}
            A CSV with participant_id and the identifier the survey knows respondents by; name that column below. Read for this import, not stored.
          </span>
        </p>
        <p>
          <label>
            Instrument <input value={instrument} onChange={(e) => setInstrument(e.target.value)} placeholder="Teacher survey" required />
          </label>{' '}
          <label>
            Cycle{' '}
            <select value={cycle} onChange={(e) => setCycle(e.target.value)} required>
              <option value="">Choose a cycle</option>
              {cycles.map((c) => (
                <option key={c.id} value={c.label}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            ID column{' '}
            <input
              value={idColumn}
              onChange={(e) => setIdColumn(e.target.value)}
              placeholder={format === 'qualtrics' ? 'ExternalReference' : format === 'redcap' ? 'record_id' : 'participant_id'}
            />
          </label>
          {format === 'lessons' && (
            <>
              {' '}
              <label>
                Levels of a new dimension <input value={levels} onChange={(e) => setLevels(e.target.value)} placeholder="1-4" size={6} />
              </label>
            </>
          )}
        </p>
        <p>
          <label>
            <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} /> Store the valid responses and skip the invalid
            ones
          </label>
        </p>
        <FormActions submit="Import" busy={run.isPending} nothingToSave={!ready} />
      </form>
      {run.isError && <ErrorState error={run.error} />}
      {run.data && <ImportReport r={run.data} />}
    </section>
  );
}

function ImportReport({ r }: { r: Report }) {
  const problems = listed(r);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const lessons = r.format === 'lessons';
  const what = lessons ? "raters' scores of lessons" : r.format === 'achievement' ? 'results' : 'responses';
  return (
    <section aria-labelledby="report-heading" role="status">
      <h3 id="report-heading">{r.written ? `${r.file}: stored in ${r.instrument.name}, ${r.cycle}` : `${r.file}: nothing stored`}</h3>
      {r.written ? (
        <p>
          {r.responses.added} added, {r.responses.corrected} corrected (as new versions), {r.responses.unchanged} unchanged
          {r.responses.skipped ? `, ${r.responses.skipped} skipped as invalid` : ''}. {r.items.total} {lessons ? 'dimensions' : 'items'}
          {r.items.added.length ? ` (${r.items.added.length} added in ${r.cycle})` : ''}; {r.unanswered} left {lessons ? 'unscored' : 'unanswered'}.
        </p>
      ) : (
        <p>
          {errors} error{errors === 1 ? '' : 's'} in {r.responses.read} {what} read. Correct the file, or store the valid {what} and skip the invalid ones.
        </p>
      )}
      {problems.length > 0 && (
        <table>
          <caption>Problems in {r.file}</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col" className="number">
                Line
              </th>
              <th scope="col">Column</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {problems.slice(0, 500).map((p, i) => (
              <tr key={i} className={p.severity}>
                <td>{p.severity}</td>
                <td className="number">{p.line ?? ''}</td>
                <td>{p.field ?? ''}</td>
                <td>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
