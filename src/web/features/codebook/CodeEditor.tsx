import { type FormEvent, useState } from 'react';
import { answer, api } from '../../api/client';
import type { CodebookEntry } from '../../api/types';

/** What the forms need of a code (its entry in the codebook, or the code read with its history). */
type CodeWithHistory = Omit<CodebookEntry, 'depth'>;
import { ChangeReason } from '../../components/ChangeReason';
import { ConflictValues, useEditing, useVersionedDraft } from '../../components/ConflictPanel';
import { FormActions } from '../../components/FormActions';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { useRefreshCodebook } from './codes';

interface Values {
  name: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  colour: string;
}

const FIELDS: readonly [keyof Values, string, number][] = [
  ['definition', 'Definition', 3],
  ['inclusion', 'Inclusion criteria (when to apply it)', 2],
  ['exclusion', 'Exclusion criteria (when not to, and what to use instead)', 2],
  ['example', 'Example', 2],
];

const valuesOf = (c: Record<string, unknown>): Values => ({
  name: String(c.name ?? ''),
  definition: String(c.definition ?? ''),
  inclusion: String(c.inclusion ?? ''),
  exclusion: String(c.exclusion ?? ''),
  example: String(c.example ?? ''),
  colour: String(c.colour ?? '#4e79a7'),
});
const same = (a: Values, b: Values) => (Object.keys(a) as (keyof Values)[]).every((k) => a[k].trim() === b[k].trim());

/** A code's name, definition, criteria, example and colour: saved as its next version, with the reason. */
export function CodeEditor({ code }: { code: CodeWithHistory }) {
  const refresh = useRefreshCodebook();
  const { busy, error, conflict, run, base, draft, setDraft, takeTheirs } = useVersionedDraft<Values, number>(
    () => ({ values: valuesOf(code), version: code.version }),
    { read: valuesOf, refresh },
  );
  const [reason, setReason] = useState('');
  const changed = !same(draft, base.values);
  useUnsavedChanges(changed);
  const id = (field: string) => `code-${field}-${code.id}`;
  const edit = (field: keyof Values) => (e: { target: { value: string } }) => setDraft({ ...draft, [field]: e.target.value });
  const save = (expectedVersion: number) =>
    run(async () => {
      await answer(api.PATCH('/api/codes/{id}', { params: { path: { id: code.id } }, body: { ...draft, expectedVersion, reason } }));
      setReason('');
      await refresh();
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(base.version);
  };
  return (
    <form className="code-editor" aria-label={`Edit ${code.name}`} onSubmit={submit}>
      <span className="field">
        <label htmlFor={id('name')}>Name</label>
        <input id={id('name')} required value={draft.name} onChange={edit('name')} />
      </span>
      {FIELDS.map(([field, label, rows]) => (
        <span className="field wide" key={field}>
          <label htmlFor={id(field)}>{label}</label>
          <textarea id={id(field)} rows={rows} value={draft[field]} onChange={edit(field)} />
        </span>
      ))}
      <span className="field">
        <label htmlFor={id('colour')}>Colour</label>
        <input id={id('colour')} type="color" value={/^#[0-9a-f]{6}$/i.test(draft.colour) ? draft.colour : '#000000'} onChange={edit('colour')} />
      </span>
      <ChangeReason id={`code-${code.id}`} label="Why the code changes (kept in its history)" required="server" value={reason} onChange={setReason} />
      <FormActions submit={`Save version ${base.version + 1}`} busy={busy} nothingToSave={!changed} />
      {conflict && (
        <ConflictValues
          values={Object.entries(valuesOf(conflict.current)).map(([field, value]) => [field.charAt(0).toUpperCase() + field.slice(1), value] as const)}
          busy={busy}
          onSaveMine={() => void save(conflict.version)}
          onTakeTheirs={takeTheirs}
        />
      )}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}

const pathOf = (c: CodebookEntry) => c.path.join(' › ');

/** Moving a code under another (or to the top) and to a place among its siblings. */
export function MoveCode({ code, codes }: { code: CodeWithHistory; codes: readonly CodebookEntry[] }) {
  const refresh = useRefreshCodebook();
  const { busy, error, conflict, run, reset } = useEditing();
  const [parentId, setParentId] = useState(code.parentId ?? '');
  const [position, setPosition] = useState('');
  const [reason, setReason] = useState('');
  // Not under itself, nor under a code below it.
  const candidates = codes.filter((c) => c.id !== code.id && !c.path.slice(0, -1).includes(code.name) && !isBelow(codes, c, code.id));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      await answer(
        api.POST('/api/codes/{id}/move', {
          params: { path: { id: code.id } },
          body: { parentId: parentId || null, ...(position && { index: Math.max(0, Number(position) - 1) }), expectedVersion: code.version, reason },
        }),
      );
      setReason('');
      await refresh();
    });
  };
  return (
    <form className="code-action" aria-label={`Move ${code.name}`} onSubmit={submit}>
      <span className="field">
        <label htmlFor={`move-parent-${code.id}`}>Under</label>
        <select id={`move-parent-${code.id}`} value={parentId} onChange={(e) => setParentId(e.target.value)}>
          <option value="">(the top of the codebook)</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {pathOf(c)}
            </option>
          ))}
        </select>
      </span>
      <span className="field">
        <label htmlFor={`move-position-${code.id}`}>Place among the codes there (1 first; last if empty)</label>
        <input id={`move-position-${code.id}`} type="number" min={1} value={position} onChange={(e) => setPosition(e.target.value)} />
      </span>
      <ChangeReason id={`move-${code.id}`} label="Why it moves" required="server" value={reason} onChange={setReason} />
      <FormActions submit="Move" busy={busy} />
      {conflict && <Changed onReload={() => void refresh().then(reset)} />}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}

function isBelow(codes: readonly CodebookEntry[], c: CodebookEntry, ancestorId: string): boolean {
  const byId = new Map(codes.map((x) => [x.id, x]));
  let parent = c.parentId;
  while (parent) {
    if (parent === ancestorId) return true;
    parent = byId.get(parent)?.parentId ?? null;
  }
  return false;
}

/** Merging a code into another: its codings become codings of the other, and it is retired. */
export function MergeCode({ code, codes }: { code: CodeWithHistory; codes: readonly CodebookEntry[] }) {
  const refresh = useRefreshCodebook();
  const { busy, error, conflict, run, reset } = useEditing();
  const [targetId, setTargetId] = useState('');
  const [reason, setReason] = useState('');
  const [said, setSaid] = useState('');
  const targets = codes.filter((c) => c.id !== code.id && !isBelow(codes, c, code.id));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const r = await answer(
        api.POST('/api/codes/{id}/merge', { params: { path: { id: code.id } }, body: { targetId, expectedVersion: code.version, reason } }),
      );
      setSaid(`Merged “${r.source.name}” into “${r.target.name}”: ${r.recoded.length} codings recoded, ${r.movedChildren.length} codes moved under it.`);
      await refresh();
    });
  };
  return (
    <form className="code-action" aria-label={`Merge ${code.name}`} onSubmit={submit}>
      <p className="hint">
        Every coding of “{code.name}” ({code.codings}) becomes a coding of the code you choose, the codes under it move there, and “{code.name}” is retired with
        its history.
      </p>
      <span className="field">
        <label htmlFor={`merge-target-${code.id}`}>Merge into</label>
        <select id={`merge-target-${code.id}`} required value={targetId} onChange={(e) => setTargetId(e.target.value)}>
          <option value="">Choose a code</option>
          {targets.map((c) => (
            <option key={c.id} value={c.id}>
              {pathOf(c)}
            </option>
          ))}
        </select>
      </span>
      <ChangeReason id={`merge-${code.id}`} label="Why they are merged" required="server" value={reason} onChange={setReason} />
      <FormActions submit="Merge" busy={busy} />
      <p role="status">{said}</p>
      {conflict && <Changed onReload={() => void refresh().then(reset)} />}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}

/** Splitting a code into new codes beside it; its codings stay on it until recoded. */
export function SplitCode({ code }: { code: CodeWithHistory }) {
  const refresh = useRefreshCodebook();
  const { busy, error, conflict, run, reset } = useEditing();
  const [names, setNames] = useState('');
  const [reason, setReason] = useState('');
  const [said, setSaid] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const into = names
      .split('\n')
      .map((n) => n.trim())
      .filter(Boolean)
      .map((name) => ({ name }));
    void run(async () => {
      const r = await answer(api.POST('/api/codes/{id}/split', { params: { path: { id: code.id } }, body: { into, expectedVersion: code.version, reason } }));
      setSaid(
        `Split “${r.source.name}” into ${r.created.map((c) => `“${c.name}”`).join(', ')}.` +
          (r.codingsToRecode ? ` Its ${r.codingsToRecode} codings stay on “${r.source.name}” until you recode them.` : ''),
      );
      setNames('');
      await refresh();
    });
  };
  return (
    <form className="code-action" aria-label={`Split ${code.name}`} onSubmit={submit}>
      <span className="field wide">
        <label htmlFor={`split-names-${code.id}`}>New codes, one name a line</label>
        <textarea id={`split-names-${code.id}`} rows={3} required value={names} onChange={(e) => setNames(e.target.value)} />
      </span>
      <ChangeReason id={`split-${code.id}`} label="Why it is split" required="server" value={reason} onChange={setReason} />
      <FormActions submit="Split" busy={busy} />
      <p role="status">{said}</p>
      {conflict && <Changed onReload={() => void refresh().then(reset)} />}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}

/** Someone changed the code since it was read: the action is refused until it is read again. */
function Changed({ onReload }: { onReload: () => void }) {
  return (
    <div className="conflict" role="alert">
      <p>Someone else changed this code since you opened it. Read it again, then decide.</p>
      <button type="button" onClick={onReload}>
        Read it again
      </button>
    </div>
  );
}
