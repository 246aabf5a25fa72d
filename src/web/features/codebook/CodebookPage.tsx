import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import type { CodebookEntry, CodeHistoryEntry } from '../../api/types';
import { FormActions } from '../../components/FormActions';
import { useEditing } from '../../components/ConflictPanel';
import { formatDate } from '../../components/dates';
import { Empty, ErrorState, Loading } from '../../components/states';
import { CodeEditor, MergeCode, MoveCode, SplitCode } from './CodeEditor';
import { sendCodebook, useCode, useCodebook, useRefreshCodebook } from './codes';
import './codebook.css';

/**
 * The codebook: hierarchical codes, each with its definition, inclusion and exclusion criteria,
 * example and colour. Every change is a new version with its reason; merges keep every coding.
 */
export function CodebookPage() {
  const { can, partnership } = useSession();
  const codes = useCodebook();
  // The code chosen, kept in the address so that a link (a memo's, a retrieval's) opens it.
  const [params, setParams] = useSearchParams();
  const selected = params.get('code');
  const setSelected = (id: string) => setParams((p) => (p.set('code', id), p), { replace: true });
  const [said, setSaid] = useState('');
  const pid = partnership?.id ?? '';
  return (
    <div className="codebook">
      <h1>Codebook</h1>
      <p className="hint">
        Codes nest under one another. Renaming, redefining, moving, merging and splitting a code each make a new version with its reason, kept in the code’s
        history; a merge keeps every coding.
      </p>
      <p className="codebook-files">
        <a href={`/api/partnerships/${pid}/codebook/export?format=qdc`} download="codebook.qdc">
          Export as REFI-QDA (.qdc)
        </a>{' '}
        <a href={`/api/partnerships/${pid}/codebook/export?format=csv`} download="codebook.csv">
          Export as CSV
        </a>
      </p>
      {can.write && <ImportCodebook partnershipId={pid} onDone={setSaid} />}
      {can.write && <NewCode codes={codes.data ?? []} onAdded={(c) => setSaid(`Added “${c}”.`)} />}
      <p role="status" className="said">
        {said}
      </p>
      {codes.isPending && <Loading what="the codebook" />}
      {codes.isError && <ErrorState error={codes.error} />}
      {codes.data?.length === 0 && <Empty>The codebook has no codes yet.</Empty>}
      <div className="codebook-layout">
        {codes.data && codes.data.length > 0 && (
          <ul className="code-tree" aria-label="Codes">
            {codes.data.map((c) => (
              <li key={c.id} style={{ paddingLeft: `${c.depth * 1.25}rem` }}>
                <button
                  type="button"
                  className={c.id === selected ? 'code current' : 'code'}
                  aria-pressed={c.id === selected}
                  onClick={() => setSelected(c.id)}
                >
                  <span className="swatch" style={{ background: c.colour }} aria-hidden="true" />
                  {c.name}
                  <span className="muted">
                    {' '}
                    · {c.codings} coding{c.codings === 1 ? '' : 's'}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {selected && codes.data && <CodePanel id={selected} codes={codes.data} />}
      </div>
    </div>
  );
}

function CodePanel({ id, codes }: { id: string; codes: readonly CodebookEntry[] }) {
  const { can } = useSession();
  const code = useCode(id);
  const [action, setAction] = useState<'edit' | 'move' | 'merge' | 'split'>('edit');
  if (code.isPending) return <Loading what="the code" />;
  if (code.isError) return <ErrorState error={code.error} />;
  const c = code.data;
  return (
    <section className="code-panel" aria-labelledby={`code-${c.id}`} key={`${c.id}-${c.version}`}>
      <h2 id={`code-${c.id}`}>
        <span className="swatch" style={{ background: c.colour }} aria-hidden="true" /> {c.path.join(' › ')}
      </h2>
      <p className="muted">
        Version {c.version} · {c.codings} coding{c.codings === 1 ? '' : 's'}
        {c.splitFrom && ` · split from “${c.splitFrom.name}”`}
        {c.mergedFrom.length > 0 && ` · merged in: ${c.mergedFrom.map((m) => `“${m.name}”`).join(', ')}`}
      </p>
      {can.write ? (
        <>
          <div role="group" aria-label="What to do" className="code-actions">
            {(['edit', 'move', 'merge', 'split'] as const).map((a) => (
              <button key={a} type="button" className={a === action ? '' : 'secondary'} aria-pressed={a === action} onClick={() => setAction(a)}>
                {a.charAt(0).toUpperCase() + a.slice(1)}
              </button>
            ))}
          </div>
          {action === 'edit' && <CodeEditor code={c} />}
          {action === 'move' && <MoveCode code={c} codes={codes} />}
          {action === 'merge' && <MergeCode code={c} codes={codes} />}
          {action === 'split' && <SplitCode code={c} />}
        </>
      ) : (
        <dl>
          {(
            [
              ['Definition', c.definition],
              ['Inclusion', c.inclusion],
              ['Exclusion', c.exclusion],
              ['Example', c.example],
            ] as const
          )
            .filter(([, v]) => v)
            .map(([k, v]) => (
              <div key={k}>
                <dt>{k}</dt>
                <dd>{v}</dd>
              </div>
            ))}
        </dl>
      )}
      <h3>History</h3>
      <ol className="code-history">
        {c.history.map((e) => (
          <li key={e.seq}>
            {formatDate(e.at)} · <span title={e.actor}>{e.actorName}</span> · {whatHappened(e)}
            {e.version !== null && ` (version ${e.version})`}
            {e.reason && <>: {e.reason}</>}
          </li>
        ))}
      </ol>
    </section>
  );
}

const FIELD_NAMES: Record<string, string> = {
  definition: 'definition',
  inclusion: 'inclusion criteria',
  exclusion: 'exclusion criteria',
  example: 'example',
  colour: 'colour',
};
const quoted = (names: readonly unknown[]) => names.map((n) => `“${String(n)}”`).join(', ');

/** A line of a code's history in words: what was done, with the old and new name of a rename and the fields a redefinition changed. */
function whatHappened(e: CodeHistoryEntry): string {
  const data = (e.data ?? {}) as {
    from?: Record<string, unknown>;
    to?: Record<string, unknown>;
    intoName?: string;
    fromName?: string;
    into?: { name: string }[];
  };
  const renamed = data.from?.name !== undefined && data.to?.name !== undefined ? `renamed “${String(data.from.name)}” to “${String(data.to.name)}”` : '';
  const fields = Object.keys(data.to ?? {})
    .filter((k) => k !== 'name')
    .map((k) => FIELD_NAMES[k] ?? k);
  switch (e.action) {
    case 'code.create':
      return 'added';
    case 'code.rename':
      return renamed || 'renamed';
    case 'code.update':
      return [renamed, fields.length > 0 ? `changed its ${fields.join(', ')}` : 'changed'].filter(Boolean).join(' and ');
    case 'code.move':
      return 'moved';
    case 'code.merge':
      return data.intoName ? `merged into “${data.intoName}”` : 'merged';
    case 'code.merged_in':
      return data.fromName ? `“${data.fromName}” merged into it` : 'another code merged into it';
    case 'code.split':
      return Array.isArray(data.into) ? `split into ${quoted(data.into.map((c) => c.name))}` : 'split';
    default:
      return e.action.replace(/^code\./, '').replace('_', ' ');
  }
}

function NewCode({ codes, onAdded }: { codes: readonly CodebookEntry[]; onAdded: (name: string) => void }) {
  const refresh = useRefreshCodebook();
  const { partnership } = useSession();
  const { busy, error, run } = useEditing();
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState('');
  const [definition, setDefinition] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const c = await answer(
        api.POST('/api/partnerships/{partnershipId}/codes', {
          params: { path: { partnershipId: partnership!.id } },
          body: { name, parentId: parentId || null, definition },
        }),
      );
      setName('');
      setDefinition('');
      onAdded(c.name);
      await refresh();
    });
  };
  return (
    <form className="new-code" aria-label="New code" onSubmit={submit}>
      <span className="field">
        <label htmlFor="new-code-name">New code</label>
        <input id="new-code-name" required value={name} onChange={(e) => setName(e.target.value)} />
      </span>
      <span className="field">
        <label htmlFor="new-code-parent">Under</label>
        <select id="new-code-parent" value={parentId} onChange={(e) => setParentId(e.target.value)}>
          <option value="">(the top of the codebook)</option>
          {codes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.path.join(' › ')}
            </option>
          ))}
        </select>
      </span>
      <span className="field wide">
        <label htmlFor="new-code-definition">Definition</label>
        <input id="new-code-definition" value={definition} onChange={(e) => setDefinition(e.target.value)} />
      </span>
      <FormActions submit="Add the code" busy={busy} />
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}

function ImportCodebook({ partnershipId, onDone }: { partnershipId: string; onDone: (said: string) => void }) {
  const refresh = useRefreshCodebook();
  const { busy, error, run } = useEditing();
  const [warnings, setWarnings] = useState<string[]>([]);
  const choose = (file: File | undefined) => {
    if (!file) return;
    void run(async () => {
      const r = await sendCodebook(partnershipId, file);
      setWarnings(r.problems.map((p) => `${p.file}${p.line ? `, line ${p.line}` : ''}: ${p.message}`));
      onDone(`Imported ${file.name}: ${r.added.length} added, ${r.updated.length} updated, ${r.unchanged} unchanged.`);
      await refresh();
    });
  };
  return (
    <div className="codebook-import">
      <label htmlFor="codebook-import">Import a codebook (.qdc or .csv)</label>{' '}
      <input id="codebook-import" type="file" accept=".qdc,.csv" disabled={busy} onChange={(e) => choose(e.target.files?.[0])} />
      {warnings.length > 0 && (
        <ul className="warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      {error !== null && <ErrorState error={error} />}
    </div>
  );
}
