import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { answer, api } from '../../api/client';
import { useSession } from '../../api/session';
import type { CodebookEntry, Coding } from '../../api/types';
import { ErrorState } from '../../components/states';
import { useCodebook } from '../codebook/codes';
import type { PassageSelection } from './selection';

/** What the picker codes: the selected words, or a whole turn. */
export type CodingTarget = { kind: 'selection'; selection: PassageSelection } | { kind: 'turn'; seq: number };

export const codingsKey = (interviewId: string) => ['codings', interviewId] as const;

/** The interview's codings (under the blind rule) and the codes that may be applied. */
export function useCodings(interviewId: string, enabled: boolean) {
  const codings = useQuery({
    queryKey: codingsKey(interviewId),
    queryFn: () => answer(api.GET('/api/interviews/{id}/codings', { params: { path: { id: interviewId }, query: {} } })),
    enabled,
  });
  // The codebook's own list (its live codes, in reading order): a code added there is offered here at once.
  const codes = useCodebook(enabled);
  return { codings, codes };
}

interface PickerProps {
  interviewId: string;
  target: CodingTarget;
  codes: CodebookEntry[];
  onDone: () => void;
}

/** Picks one or more codes (found by name, shown with their colours) and applies them to the target. */
export function CodePicker({ interviewId, target, codes, onDone }: PickerProps) {
  const { partnership } = useSession();
  const client = useQueryClient();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const searchId = useId();
  const shown = codes.filter((c) => c.name.toLowerCase().includes(search.trim().toLowerCase()));
  const apply = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/api/partnerships/{partnershipId}/codings', {
          params: { path: { partnershipId: partnership!.id } },
          body: {
            interview: interviewId,
            codes: chosen,
            ...(target.kind === 'turn' ? { turn: target.seq } : { start: target.selection.start, end: target.selection.end }),
          },
        }),
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: codingsKey(interviewId) });
      onDone();
    },
  });
  const what = target.kind === 'turn' ? `turn ${target.seq}` : `“${target.selection.quote.slice(0, 80)}${target.selection.quote.length > 80 ? '…' : ''}”`;
  return (
    <div
      className="code-picker"
      role="dialog"
      aria-label={`Apply codes to ${target.kind === 'turn' ? `turn ${target.seq}` : 'the selection'}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone();
      }}
    >
      <p>Code {what}</p>
      <label htmlFor={searchId}>Find a code</label>
      <input
        id={searchId}
        type="search"
        value={search}
        autoFocus
        onChange={(e) => setSearch(e.target.value)}
        onKeyDown={(e) => {
          // Enter on a search that names one code picks it.
          if (e.key === 'Enter' && shown.length === 1 && !chosen.includes(shown[0]!.id)) {
            e.preventDefault();
            setChosen([...chosen, shown[0]!.id]);
          }
        }}
      />
      <fieldset>
        <legend className="visually-hidden">Codes</legend>
        <ul className="code-choices">
          {shown.map((c) => (
            // Indented under its parent as in the codebook; found by name, the code shows where it sits.
            <li key={c.id} style={search.trim() ? undefined : { paddingLeft: `${c.depth * 1.25}rem` }} title={c.path.join(' › ')}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(c.id)}
                  onChange={(e) => setChosen(e.target.checked ? [...chosen, c.id] : chosen.filter((id) => id !== c.id))}
                />
                <span className="swatch" style={{ background: c.colour }} aria-hidden="true" /> {c.name}
              </label>
            </li>
          ))}
          {shown.length === 0 && <li className="muted">No code is called that.</li>}
        </ul>
      </fieldset>
      {apply.isError && <ErrorState error={apply.error} />}
      <div className="actions">
        <button type="button" onClick={() => apply.mutate()} disabled={chosen.length === 0 || apply.isPending}>
          Apply {chosen.length > 1 ? `${chosen.length} codes` : 'code'}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** Uncode or recode a coding, from the margin: its coder's only. */
export function CodingActions({ coding, codes, interviewId }: { coding: Coding; codes: CodebookEntry[]; interviewId: string }) {
  const { me, can } = useSession();
  const client = useQueryClient();
  const [recodeAs, setRecodeAs] = useState('');
  const selectId = useId();
  const done = () => client.invalidateQueries({ queryKey: codingsKey(interviewId) });
  const uncode = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/api/codings/{id}/uncode', {
          params: { path: { id: coding.id } },
          body: { expectedVersion: coding.version, reason: 'uncoded in the reader' },
        }),
      ),
    onSuccess: done,
  });
  const recode = useMutation({
    mutationFn: () =>
      answer(api.POST('/api/codings/{id}/recode', { params: { path: { id: coding.id } }, body: { code: recodeAs, expectedVersion: coding.version } })),
    onSuccess: done,
  });
  if (!can.write || coding.coder !== me.account.id) return null;
  return (
    <div className="coding-actions">
      <button type="button" onClick={() => uncode.mutate()} disabled={uncode.isPending}>
        Uncode
      </button>
      <label htmlFor={selectId}>Recode as</label>
      <select id={selectId} value={recodeAs} onChange={(e) => setRecodeAs(e.target.value)}>
        <option value="">(choose a code)</option>
        {codes
          .filter((c) => c.id !== coding.codeId)
          .map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
      </select>
      <button type="button" onClick={() => recode.mutate()} disabled={!recodeAs || recode.isPending}>
        Recode
      </button>
      {uncode.isError && <ErrorState error={uncode.error} />}
      {recode.isError && <ErrorState error={recode.error} />}
    </div>
  );
}
