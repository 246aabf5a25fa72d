import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { answer, api } from '../../api/client';
import type { StrategyElement } from '../../api/types';
import { ErrorState } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { ConflictValues, useVersionedDraft } from '../../components/ConflictPanel';
import {
  changesOf,
  draftOf,
  ELEMENT_KINDS,
  type ElementDraft,
  type ElementKind,
  EMPTY_DRAFT,
  FIELD_LABELS,
  fieldsOf,
  isDirty,
  KIND_FIELDS,
  KIND_LABELS,
  ROLE_GROUPS,
  rolePlural,
  shownValue,
} from './elements';
import { useRefreshStrategies, useScope } from './scope';
import { ChangeReason } from '../../components/ChangeReason';
import { FormActions } from '../../components/FormActions';

/** `onDone` closes the form; after a save, with what the server warned of. */
type Props =
  | { strategyId: string; element?: undefined; onDone: (warnings?: readonly string[]) => void }
  | { strategyId?: undefined; element: StrategyElement; onDone: (warnings?: readonly string[]) => void };

/**
 * Adding an element to a strategy (its fields follow the kind chosen), or editing one: only the
 * fields changed are sent, on the version the edit started from, with the reason if one is given.
 */
export function ElementForm({ strategyId, element, onDone }: Props) {
  const { supportTypes } = useScope();
  const refresh = useRefreshStrategies();
  const [kind, setKind] = useState<ElementKind>(element?.kind ?? 'practice');
  // What the edit started from: the values and version read when the form opened.
  const { busy, error, conflict, run, base, setBase, draft, setDraft, takeTheirs } = useVersionedDraft<ElementDraft, number>(
    () => ({ values: element ? draftOf(element) : EMPTY_DRAFT, version: element?.version ?? 0 }),
    { read: draftOf, refresh },
  );
  const [reason, setReason] = useState('');
  const dirty = isDirty(kind, base.values, draft);
  useUnsavedChanges(dirty);
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.querySelector<HTMLElement>('select, input, textarea')?.focus(), []);
  const set = <K extends keyof ElementDraft>(field: K, value: ElementDraft[K]) => setDraft((d) => ({ ...d, [field]: value }));

  const save = async (version: number) => {
    const saved = await run(async () => {
      const result = element
        ? await answer(
            api.PATCH('/api/strategy-elements/{id}', {
              params: { path: { id: element.id } },
              body: { ...changesOf(kind, base.values, draft), expectedVersion: version, ...(reason.trim() && { reason: reason.trim() }) },
            }),
          )
        : await answer(api.POST('/api/strategies/{id}/elements', { params: { path: { id: strategyId } }, body: { kind, ...fieldsOf(kind, draft) } }));
      await refresh();
      return result;
    });
    if (saved) {
      setBase({ values: draft, version });
      onDone(saved.warnings);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(base.version);
  };

  const labels = FIELD_LABELS[kind];
  const input = (field: 'target' | 'frequency' | 'provider' | 'holder' | 'held') => (
    <span className="field" key={field}>
      <label htmlFor={`${id}-${field}`}>{labels[field]}</label>
      <input id={`${id}-${field}`} value={draft[field]} onChange={(e) => set(field, e.target.value)} />
    </span>
  );
  const fields: Record<keyof ElementDraft, () => ReactNode> = {
    role: () => (
      <span className="field" key="role">
        <label htmlFor={`${id}-role`}>{labels.role}</label>
        <select id={`${id}-role`} value={draft.role} onChange={(e) => set('role', e.target.value)}>
          <option value="">Choose a role group</option>
          {ROLE_GROUPS.map((r) => (
            <option key={r} value={r}>
              {rolePlural(r)}
            </option>
          ))}
        </select>
      </span>
    ),
    description: () => (
      <span className="field wide" key="description">
        <label htmlFor={`${id}-description`}>{labels.description}</label>
        <textarea id={`${id}-description`} rows={2} value={draft.description} onChange={(e) => set('description', e.target.value)} />
      </span>
    ),
    target: () => input('target'),
    supportType: () => (
      <span className="field" key="supportType">
        <label htmlFor={`${id}-supportType`}>{labels.supportType}</label>
        <select id={`${id}-supportType`} value={draft.supportType} onChange={(e) => set('supportType', e.target.value)}>
          <option value="">Choose a type</option>
          {supportTypes
            .filter((t) => !t.retired || t.key === base.values.supportType)
            .map((t) => (
              <option key={t.key} value={t.key}>
                {t.name}
              </option>
            ))}
        </select>
      </span>
    ),
    rolesServed: () => (
      <fieldset className="roles-served" key="rolesServed">
        <legend>{labels.rolesServed}</legend>
        {ROLE_GROUPS.map((r) => (
          <label key={r} className="check">
            <input
              type="checkbox"
              checked={draft.rolesServed.includes(r)}
              onChange={(e) =>
                set(
                  'rolesServed',
                  e.target.checked ? ROLE_GROUPS.filter((g) => g === r || draft.rolesServed.includes(g)) : draft.rolesServed.filter((g) => g !== r),
                )
              }
            />{' '}
            {rolePlural(r)}
          </label>
        ))}
      </fieldset>
    ),
    frequency: () => input('frequency'),
    provider: () => input('provider'),
    coParticipation: () => (
      <label className="check" key="coParticipation">
        <input type="checkbox" checked={draft.coParticipation} onChange={(e) => set('coParticipation', e.target.checked)} /> {labels.coParticipation}
      </label>
    ),
    holder: () => input('holder'),
    held: () => input('held'),
  };

  return (
    <form ref={form} className="element-form" onSubmit={submit} aria-label={element ? `Edit the ${KIND_LABELS[kind].toLowerCase()}` : 'Add to the strategy'}>
      {!element && (
        <span className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as ElementKind)}>
            {ELEMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </span>
      )}
      <div className="element-fields">{KIND_FIELDS[kind].map((f) => fields[f]())}</div>
      {element && <ChangeReason id={id} value={reason} onChange={setReason} />}
      <FormActions
        submit={element ? 'Save the changes' : `Add the ${KIND_LABELS[kind].toLowerCase()}`}
        busy={busy}
        nothingToSave={element !== undefined && !dirty}
        onCancel={onDone}
      />
      {conflict && (
        <ConflictValues
          busy={busy}
          values={KIND_FIELDS[kind].map((f) => [FIELD_LABELS[kind][f] ?? f, shownValue(f, draftOf(conflict.current), supportTypes)] as const)}
          onSaveMine={() => void save(conflict.version)}
          onTakeTheirs={takeTheirs}
        />
      )}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
