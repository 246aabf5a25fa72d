import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ROLE_GROUP_LABELS, ROLE_GROUPS, type RoleGroup } from '../../../domain/roles.js';
import type { MethodResponse } from 'openapi-fetch';
import { type Answer, answer, api, ApiError, upload } from '../../api/client';
import { useSession } from '../../api/session';
import { Empty, ErrorState, Loading } from '../../components/states';

type Check = MethodResponse<typeof api, 'post', '/api/partnerships/{partnershipId}/qdpx/check'>;
type Imported = MethodResponse<typeof api, 'post', '/api/partnerships/{partnershipId}/qdpx/import'>;
type Problem = Check['problems'][number];
type Unassigned = Answer<'/api/partnerships/{partnershipId}/unassigned-documents'>[number];
type Participant = Answer<'/api/partnerships/{partnershipId}/participants'>[number];

const n = (x: number) => x.toLocaleString('en-US');
const roleName = (r: string) => ROLE_GROUP_LABELS[r as RoleGroup] ?? r;

/**
 * Exchange with other QDA tools: download the partnership as a REFI-QDA project; upload one
 * (checked first, its validation report shown, then brought in); assign the documents that came
 * in without a case to say whose interview each is.
 */
export function ExchangePage() {
  const { partnership, can } = useSession();
  if (!partnership) return <Empty>Choose a partnership first.</Empty>;
  return (
    <>
      <h1>Exchange with other QDA tools</h1>
      <p className="hint">
        Projects move between Warrant and NVivo, ATLAS.ti, MAXQDA or QualCoder as REFI-QDA project files (<code>.qdpx</code>): transcripts, the codebook,
        selections and codings, memos, and participants as cases.
      </p>
      <Download partnershipId={partnership.id} />
      {can.lead ? <UploadProject partnershipId={partnership.id} /> : <p className="muted">Lead researchers bring projects in.</p>}
      <UnassignedDocuments partnershipId={partnership.id} canAssign={can.write} />
    </>
  );
}

function Download({ partnershipId }: { partnershipId: string }) {
  const [cycle, setCycle] = useState('');
  const href = `/api/partnerships/${encodeURIComponent(partnershipId)}/qdpx${cycle.trim() ? `?cycle=${encodeURIComponent(cycle.trim())}` : ''}`;
  return (
    <section aria-labelledby="download-title">
      <h2 id="download-title">Download the partnership</h2>
      <div className="filters">
        <span className="field">
          <label htmlFor="download-cycle">Only the cycle (optional)</label>
          <input id="download-cycle" value={cycle} onChange={(e) => setCycle(e.target.value)} placeholder="e.g. 2010-11" />
        </span>
        <a className="button" href={href} download>
          Download .qdpx
        </a>
      </div>
    </section>
  );
}

function ProblemsTable({ problems }: { problems: Problem[] }) {
  if (!problems.length) return null;
  return (
    <table className="problems">
      <caption>Problems, by file and element</caption>
      <thead>
        <tr>
          <th scope="col">Kind</th>
          <th scope="col">File</th>
          <th scope="col">Element</th>
          <th scope="col">Problem</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={i} className={p.severity}>
            <td>{p.severity}</td>
            <td>{p.file}</td>
            <td>{p.where ?? ''}</td>
            <td>{p.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UploadProject({ partnershipId }: { partnershipId: string }) {
  const client = useQueryClient();
  const file = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ label: string; done: number; total: number } | null>(null);
  const [check, setCheck] = useState<Check | null>(null);
  const [imported, setImported] = useState<Imported | null>(null);
  const [cycle, setCycle] = useState('');
  const [error, setError] = useState<unknown>(null);

  async function send<T>(label: string, run: (f: File) => Promise<T>): Promise<T | undefined> {
    if (!chosen) return undefined;
    setError(null);
    setProgress({ label, done: 0, total: chosen.size });
    try {
      return await run(chosen);
    } catch (err) {
      setError(err instanceof ApiError ? err : new Error(String(err)));
      return undefined;
    } finally {
      setProgress(null);
    }
  }
  const onProgress = (label: string) => (done: number, total: number) => setProgress({ label, done, total });

  async function checkIt(e: FormEvent) {
    e.preventDefault();
    setImported(null);
    setCheck(null);
    const r = await send('Uploading and checking', (f) =>
      upload('/api/partnerships/{partnershipId}/qdpx/check', { path: { partnershipId }, query: { name: f.name } }, f, onProgress('Uploading and checking')),
    );
    if (r) setCheck(r);
  }

  async function importIt() {
    const r = await send('Uploading and importing', (f) =>
      upload(
        '/api/partnerships/{partnershipId}/qdpx/import',
        { path: { partnershipId }, query: { name: f.name, ...(cycle.trim() && { cycle: cycle.trim() }) } },
        f,
        onProgress('Uploading and importing'),
      ),
    );
    if (r) {
      setImported(r);
      if (r.imported) await client.invalidateQueries();
    }
  }

  const errors = check?.problems.filter((p) => p.severity === 'error').length ?? 0;
  return (
    <section aria-labelledby="upload-title">
      <h2 id="upload-title">Bring in a project</h2>
      <p className="hint">
        The whole project is checked first and nothing is written if it has an error. Cases become participants (placed by variables such as role group, school
        and district), documents become interviews, and every selection keeps its words. Documents no case places come in to assign below.
      </p>
      <form onSubmit={(e) => void checkIt(e)} className="filters">
        <span className="field">
          <label htmlFor="qdpx-file">REFI-QDA project (.qdpx)</label>
          <input
            id="qdpx-file"
            ref={file}
            type="file"
            accept=".qdpx,application/zip"
            required
            onChange={(e) => {
              setChosen(e.target.files?.[0] ?? null);
              setCheck(null);
              setImported(null);
            }}
          />
        </span>
        <button type="submit" disabled={progress !== null || !chosen}>
          Check
        </button>
      </form>
      {progress && (
        <div className="progress" role="status">
          <label htmlFor="qdpx-progress">{progress.label}…</label>
          <progress id="qdpx-progress" max={progress.total || undefined} value={progress.done < progress.total ? progress.done : undefined} />
        </div>
      )}
      {error !== null && <ErrorState error={error} />}
      {check && !imported && (
        <section aria-labelledby="check-title">
          <h3 id="check-title">
            {check.valid ? `${check.file} can be brought in` : `${check.file} cannot be brought in: it has ${errors} error${errors === 1 ? '' : 's'}`}
          </h3>
          {check.project && (
            <p>
              “{check.project.name}”{check.project.origin ? ` from ${check.project.origin}` : ''}: {n(check.project.sources)} text sources,{' '}
              {n(check.project.selections)} selections, {n(check.project.codings)} codings, {n(check.project.codes)} codes, {n(check.project.notes)} notes,{' '}
              {n(check.project.cases)} cases, {n(check.project.users)} users.
            </p>
          )}
          {check.project && check.project.unmapped.length > 0 && (
            <p className="warning">
              Not brought in (Warrant cannot hold them yet):{' '}
              {check.project.unmapped.map((u) => `${u.element} “${u.name ?? u.guid ?? ''}” (line ${u.line})`).join(', ')}
            </p>
          )}
          <ProblemsTable problems={check.problems} />
          {check.valid && (
            <div className="filters">
              <span className="field">
                <label htmlFor="qdpx-cycle">Cycle of documents the project does not date (optional)</label>
                <input id="qdpx-cycle" value={cycle} onChange={(e) => setCycle(e.target.value)} placeholder="e.g. 2025-26" />
              </span>
              <button type="button" onClick={() => void importIt()} disabled={progress !== null}>
                Import into this partnership
              </button>
            </div>
          )}
        </section>
      )}
      {imported && <ImportReport r={imported} />}
    </section>
  );
}

function ImportReport({ r }: { r: Imported }) {
  const tally = (x: { added: number; unchanged: number }) => `${n(x.added)} added, ${n(x.unchanged)} already here`;
  return (
    <section aria-labelledby="imported-title">
      <h3 id="imported-title">{r.imported ? `Imported ${r.file}` : `Nothing was imported from ${r.file}`}</h3>
      {r.imported && (
        <ul>
          <li>
            Codebook: {n(r.codes.added)} codes added, {n(r.codes.updated)} updated, {n(r.codes.unchanged)} unchanged
          </li>
          <li>Participants: {tally(r.participants)}</li>
          <li>
            Interviews: {tally(r.interviews)}
            {r.interviews.corrected > 0 && `, ${n(r.interviews.corrected)} corrected (a new version of the transcript)`}
          </li>
          <li>
            Passages: {tally(r.passages)}
            {r.interviews.corrected > 0 && `; of the corrected transcripts', ${n(r.passages.moved)} moved with them, ${n(r.passages.toReview)} to review`}
          </li>
          <li>Codings: {tally(r.codings)}</li>
          <li>Memos: {tally(r.memos)}</li>
          {r.coders.length > 0 && <li>Coders: {r.coders.map((c) => `${c.user} → ${c.coder}${c.account ? '' : ' (no account)'}`).join(', ')}</li>}
          {r.unassigned.length > 0 && <li>To assign: {r.unassigned.length} documents no case placed (below)</li>}
        </ul>
      )}
      <ProblemsTable problems={r.problems} />
    </section>
  );
}

function UnassignedDocuments({ partnershipId, canAssign }: { partnershipId: string; canAssign: boolean }) {
  const docs = useQuery({
    queryKey: ['unassigned-documents', partnershipId],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/unassigned-documents', { params: { path: { partnershipId } } })),
  });
  const participants = useQuery({
    queryKey: ['participants', partnershipId],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/participants', { params: { path: { partnershipId } } })),
    enabled: canAssign && (docs.data?.length ?? 0) > 0,
  });
  return (
    <section aria-labelledby="unassigned-title">
      <h2 id="unassigned-title">Documents to assign</h2>
      {docs.isPending ? (
        <Loading what="the documents to assign" />
      ) : docs.isError ? (
        <ErrorState error={docs.error} />
      ) : docs.data.length === 0 ? (
        <p className="muted">None: every interview brought in has its participant and cycle.</p>
      ) : (
        <>
          <p className="hint">
            These came in from a project without a case saying whose interview each is. Until assigned they are coded and searchable, under a stand-in
            participant.
          </p>
          <ul className="cards">
            {docs.data.map((d) => (
              <li key={d.interviewId}>
                <AssignDocument doc={d} canAssign={canAssign} participants={(participants.data ?? []).filter((p) => p.id !== d.participant.id)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function AssignDocument({ doc, canAssign, participants }: { doc: Unassigned; canAssign: boolean; participants: Participant[] }) {
  const client = useQueryClient();
  const [whose, setWhose] = useState<'existing' | 'own'>('own');
  const [participant, setParticipant] = useState('');
  const [role, setRole] = useState<RoleGroup>('teacher');
  const [school, setSchool] = useState('');
  const [district, setDistrict] = useState('');
  const [pseudonym, setPseudonym] = useState(doc.participant.pseudonym);
  const [cycle, setCycle] = useState(doc.cycle);
  const [reason, setReason] = useState('');
  const assign = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/api/interviews/{id}/assignment', {
          params: { path: { id: doc.interviewId } },
          body:
            whose === 'existing'
              ? { participant, cycle, reason }
              : { role, cycle, pseudonym, reason, ...(school.trim() && { school }), ...(district.trim() && { district }) },
        }),
      ),
    onSuccess: () => client.invalidateQueries(),
  });
  const id = (field: string) => `assign-${doc.interviewId}-${field}`;
  return (
    <article aria-labelledby={id('title')}>
      <h3 id={id('title')}>
        <Link to={`/interviews/${doc.interviewId}`}>{doc.interview}</Link>
      </h3>
      <p className="muted">
        “{doc.source}” from {doc.archive}, {n(doc.words)} words; for now {roleName(doc.participant.role)} {doc.participant.code} in {doc.participant.district},
        cycle {doc.cycle}
      </p>
      {canAssign && (
        <form
          className="filters"
          onSubmit={(e) => {
            e.preventDefault();
            assign.mutate();
          }}
        >
          <fieldset className="field wide">
            <legend>Whose interview it is</legend>
            <label className="choice">
              <input type="radio" name={id('whose')} checked={whose === 'own'} onChange={() => setWhose('own')} /> The participant it came with, placed here
            </label>
            <label>
              <input
                type="radio"
                name={id('whose')}
                checked={whose === 'existing'}
                onChange={() => setWhose('existing')}
                disabled={participants.length === 0}
              />{' '}
              A participant already in the partnership
            </label>
          </fieldset>
          {whose === 'existing' ? (
            <span className="field">
              <label htmlFor={id('participant')}>Participant</label>
              <select id={id('participant')} value={participant} onChange={(e) => setParticipant(e.target.value)} required>
                <option value="">Choose…</option>
                {participants.map((p) => (
                  <option key={p.id} value={p.code}>
                    {p.code}: {p.pseudonym} ({roleName(p.role)})
                  </option>
                ))}
              </select>
            </span>
          ) : (
            <>
              <span className="field">
                <label htmlFor={id('role')}>Role group</label>
                <select id={id('role')} value={role} onChange={(e) => setRole(e.target.value as RoleGroup)}>
                  {ROLE_GROUPS.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_GROUP_LABELS[r]}
                    </option>
                  ))}
                </select>
              </span>
              {role !== 'district_leader' && (
                <span className="field">
                  <label htmlFor={id('school')}>School</label>
                  <input id={id('school')} value={school} onChange={(e) => setSchool(e.target.value)} required />
                </span>
              )}
              <span className="field">
                <label htmlFor={id('district')}>District</label>
                <input id={id('district')} value={district} onChange={(e) => setDistrict(e.target.value)} placeholder="where the school is, if new" />
              </span>
              <span className="field">
                <label htmlFor={id('pseudonym')}>Pseudonym</label>
                <input id={id('pseudonym')} value={pseudonym} onChange={(e) => setPseudonym(e.target.value)} />
              </span>
            </>
          )}
          <span className="field">
            <label htmlFor={id('cycle')}>Cycle</label>
            <input id={id('cycle')} value={cycle} onChange={(e) => setCycle(e.target.value)} required />
          </span>
          <span className="field">
            <label htmlFor={id('reason')}>How you know</label>
            <input id={id('reason')} value={reason} onChange={(e) => setReason(e.target.value)} required />
          </span>
          <button type="submit" disabled={assign.isPending}>
            Assign
          </button>
          {assign.isError && <ErrorState error={assign.error} />}
        </form>
      )}
    </article>
  );
}
