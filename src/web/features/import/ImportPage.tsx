import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { interviewerSummary } from '../../../domain/interviewer-summary.js';
import { type Answer, answer, api, ApiError, upload } from '../../api/client';
import { useSession } from '../../api/session';
import { Link } from 'react-router';
import { Empty, ErrorState } from '../../components/states';

/** The speaker a transcript without speaker labels is read as, when the team asks for it. */
const UNLABELLED_SPEAKER = 'Unlabelled';

type Job = Answer<'/api/imports/{jobId}'>;

const n = (x: number) => x.toLocaleString('en-US');

/** Upload a zipped bundle; follow the upload and the import; read the same report as `warrant import` prints. */
export function ImportPage() {
  const { partnership } = useSession();
  const client = useQueryClient();
  const file = useRef<HTMLInputElement>(null);
  const [phase, setPhase] = useState<{ label: string; done: number; total: number } | null>(null);
  const [job, setJob] = useState<Job | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [unlabelled, setUnlabelled] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const chosen = file.current?.files?.[0];
    if (!chosen || !partnership) return;
    setJob(null);
    setError(null);
    try {
      setPhase({ label: 'Uploading', done: 0, total: chosen.size });
      let current = await upload(
        '/api/partnerships/{partnershipId}/imports',
        { path: { partnershipId: partnership.id }, query: { name: chosen.name, ...(unlabelled && { unlabelledSpeaker: UNLABELLED_SPEAKER }) } },
        chosen,
        (done, total) => setPhase({ label: 'Uploading', done, total }),
      );
      while (current.state === 'unpacking' || current.state === 'importing') {
        setPhase({ label: current.state === 'unpacking' ? 'Unpacking' : 'Checking and storing interviews', done: current.done, total: current.total });
        await new Promise((r) => setTimeout(r, 300));
        current = await answer(api.GET('/api/imports/{jobId}', { params: { path: { jobId: current.id } } }));
      }
      setJob(current);
      if (current.report?.imported) await client.invalidateQueries();
    } catch (err) {
      setError(err instanceof ApiError ? err : new Error(String(err)));
    } finally {
      setPhase(null);
    }
  }

  const report = job?.report;
  if (!partnership)
    return (
      <>
        <h1>Import a bundle</h1>
        <Empty>
          A bundle is imported into a partnership, and there is none yet: <Link to="/setup">start one</Link> first.
        </Empty>
      </>
    );
  const errors = report?.problems.filter((p) => p.severity === 'error').length ?? 0;
  return (
    <>
      <h1>Import a bundle</h1>
      <p className="hint">
        A zip of the folder the team keeps: <code>roster.csv</code>, <code>interviews.csv</code> and the transcripts they name (.txt, .docx, .vtt, .srt; also as
        Otter.ai, Rev and f4/f5transkript export them), and, for transcripts whose labels do not say who is the interviewer (“Speaker 1”, “Speaker 2”),{' '}
        <code>speakers.csv</code> with the columns file, speaker and role (interviewer, participant or other). The whole bundle is checked first; with any error
        nothing is imported.
      </p>
      <form onSubmit={(e) => void submit(e)} className="filters">
        <span className="field">
          <label htmlFor="bundle">Zipped bundle</label>
          <input id="bundle" ref={file} type="file" accept=".zip,application/zip" required />
        </span>
        <span className="field">
          <label>
            <input type="checkbox" checked={unlabelled} onChange={(e) => setUnlabelled(e.target.checked)} /> Read a transcript without speaker labels as one
            speaker, “{UNLABELLED_SPEAKER}”, to label later
          </label>
        </span>
        <button type="submit" disabled={phase !== null}>
          Import
        </button>
      </form>
      {phase && (
        <div className="progress" role="status">
          <label htmlFor="import-progress">{phase.label}…</label>
          <progress id="import-progress" max={phase.total || undefined} value={phase.total ? phase.done : undefined} />
          {phase.total > 0 && phase.label !== 'Uploading' && (
            <span className="muted">
              {' '}
              {phase.done} of {phase.total} interviews
            </span>
          )}
        </div>
      )}
      {error !== null && <ErrorState error={error} />}
      {job?.state === 'failed' && <ErrorState error={new Error(job.error ?? 'the import failed')} />}
      {report && (
        <section aria-labelledby="report-title">
          <h2 id="report-title">{report.imported ? 'Imported' : `Nothing was imported: the bundle has ${errors} error${errors === 1 ? '' : 's'}`}</h2>
          {report.imported && (
            <ul>
              <li>
                Participants: {n(report.participants.added)} added, {n(report.participants.updated)} updated, {n(report.participants.unchanged)} unchanged
              </li>
              <li>
                Interviews: {n(report.interviews.added)} added, {n(report.interviews.updated)} updated, {n(report.interviews.unchanged)} unchanged
              </li>
              <li>
                Transcripts: {n(report.transcripts.added)} new, {n(report.transcripts.newVersions)} new versions, {n(report.transcripts.unchanged)} unchanged ·{' '}
                {n(report.stored.turns)} turns, {n(report.stored.words)} words
              </li>
              {report.passages.moved + report.passages.toReview > 0 && (
                <li>
                  Cited passages of corrected transcripts: {n(report.passages.moved)} moved to the new version (words unchanged), {n(report.passages.toReview)}{' '}
                  to review (words changed)
                </li>
              )}
              {report.interviewers.length > 0 && <li>Taken as the interviewer: {interviewerSummary(report.interviewers)}</li>}
            </ul>
          )}
          {report.problems.length > 0 && (
            <table className="problems">
              <caption>Problems, by file and line</caption>
              <thead>
                <tr>
                  <th scope="col">Kind</th>
                  <th scope="col">File</th>
                  <th scope="col">Line</th>
                  <th scope="col">Field</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {report.problems.map((p, i) => (
                  <tr key={i} className={p.severity}>
                    <td>{p.severity}</td>
                    <td>{p.file}</td>
                    <td>{p.line ?? ''}</td>
                    <td>{p.field ?? ''}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </>
  );
}
