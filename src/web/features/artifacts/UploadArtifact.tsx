import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useDirectory } from '../../api/queries';
import { useSession } from '../../api/session';
import { ErrorState } from '../../components/states';
import { ARTIFACT_KINDS } from '../../../domain/artifact.js';
import { ARTIFACT_ACCEPT, sendArtifact, type StoredArtifact, tooLarge } from './upload';

/**
 * Uploading one of a district's documents for a cycle: its text is extracted on the server and
 * becomes searchable. Refused by the server with what is wrong (an unreadable file, a format it
 * does not read); the same file twice is stored once.
 */
export function UploadArtifact({ district: shownDistrict, cycle: shownCycle }: { district: string; cycle: string }) {
  const { partnership } = useSession();
  const { districts, cycles } = useDirectory();
  const client = useQueryClient();
  const file = useRef<HTMLInputElement>(null);
  // The district and cycle shown on the page, until others are chosen here.
  const [district, setDistrict] = useState('');
  const [cycle, setCycle] = useState('');
  const [kind, setKind] = useState('');
  const [title, setTitle] = useState('');
  const [sent, setSent] = useState<{ done: number; total: number } | null>(null);
  const [stored, setStored] = useState<StoredArtifact | null>(null);
  const [error, setError] = useState<unknown>(null);
  const chosenDistrict = district || shownDistrict;
  const chosenCycle = cycle || shownCycle || cycles.at(-1)?.label || '';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const chosen = file.current?.files?.[0];
    if (!chosen || !partnership) return;
    setStored(null);
    setError(null);
    const refused = tooLarge(chosen);
    if (refused) return setError(new Error(refused));
    try {
      setSent({ done: 0, total: chosen.size });
      const query = { district: chosenDistrict, cycle: chosenCycle, fileName: chosen.name, title: title.trim(), kind: kind.trim() };
      const artifact = await sendArtifact(partnership.id, query, chosen, (done, total) => setSent({ done, total }));
      setStored(artifact);
      if (artifact.created) {
        setTitle('');
        if (file.current) file.current.value = '';
        await Promise.all([client.invalidateQueries({ queryKey: ['artifacts'] }), client.invalidateQueries({ queryKey: ['artifact-search'] })]);
      }
    } catch (err) {
      setError(err);
    } finally {
      setSent(null);
    }
  }

  return (
    <details className="new">
      <summary>Upload a document</summary>
      <form className="filters upload-artifact" aria-label="Upload a document" onSubmit={(e) => void submit(e)}>
        <span className="field">
          <label htmlFor="upload-district">District</label>
          <select id="upload-district" required value={chosenDistrict} onChange={(e) => setDistrict(e.target.value)}>
            <option value="">Choose…</option>
            {districts.map((d) => (
              <option key={d.id}>{d.name}</option>
            ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor="upload-cycle">Cycle</label>
          <select id="upload-cycle" required value={chosenCycle} onChange={(e) => setCycle(e.target.value)}>
            {[...cycles].reverse().map((c) => (
              <option key={c.id}>{c.label}</option>
            ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor="upload-kind">Kind</label>
          <input id="upload-kind" list="artifact-kinds" value={kind} onChange={(e) => setKind(e.target.value)} placeholder="other" />
          <datalist id="artifact-kinds">
            {ARTIFACT_KINDS.map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
        </span>
        <span className="field grow">
          <label htmlFor="upload-title">Title (optional)</label>
          <input id="upload-title" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="From the file's name if empty" />
        </span>
        <span className="field">
          <label htmlFor="upload-file">File</label>
          <input id="upload-file" ref={file} type="file" accept={ARTIFACT_ACCEPT} required aria-describedby="upload-file-hint" />
        </span>
        <button type="submit" disabled={sent !== null}>
          Upload
        </button>
        <p id="upload-file-hint" className="hint">
          PDF, Word (.docx), Excel (.xlsx) or text (.txt, .md), at most 25 MB: organization charts, PD schedules, curriculum frameworks, evaluation forms,
          meeting agendas.
        </p>
      </form>
      {sent && (
        <div className="progress" role="status">
          <label htmlFor="upload-progress">Uploading and reading the file…</label>
          <progress id="upload-progress" max={sent.total || undefined} value={sent.total ? sent.done : undefined} />
        </div>
      )}
      <div aria-live="polite">
        {stored && (
          <p className="done">
            {stored.created
              ? `Stored “${stored.title}” (${stored.fileName}); its text is now searchable.`
              : `The same file was already stored for this district and cycle, as “${stored.title}” (${stored.fileName}): nothing new was stored.`}
          </p>
        )}
      </div>
      {error !== null && <ErrorState error={error} />}
    </details>
  );
}
