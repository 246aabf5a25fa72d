import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, Fragment, useEffect, useId, useState } from 'react';
import { answer, api } from '../../api/client';
import type { Answer } from '../../api/client';
import { ATTRIBUTE_KIND_LABELS, ATTRIBUTE_KINDS, type AttributeKind, formatAttributeValue } from '../../../domain/participant-attributes.js';
import { ChangeReason } from '../../components/ChangeReason';
import { ConflictValues, useVersionedDraft } from '../../components/ConflictPanel';
import { FormActions } from '../../components/FormActions';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';

export type Attribute = Answer<'/api/partnerships/{partnershipId}/participant-attributes'>[number];
type Participant = Answer<'/api/partnerships/{partnershipId}/participants'>[number];
type Stored = Participant['attributes'][string];
/** A value as a form holds it: text, or the choices ticked. */
type Typed = string | string[];
export type TypedValues = Record<string, Typed>;

export function useAttributes(partnershipId: string | undefined) {
  return useQuery({
    queryKey: ['participant-attributes', partnershipId],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/participant-attributes', { params: { path: { partnershipId: partnershipId! } } })),
    enabled: Boolean(partnershipId),
  });
}

const typed = (a: Attribute, v: Stored | undefined): Typed =>
  a.kind === 'choices' ? (Array.isArray(v) ? v : []) : v === undefined ? '' : Array.isArray(v) ? v.join(', ') : String(v);

export const typedValues = (attributes: readonly Attribute[], values: Record<string, Stored>): TypedValues =>
  Object.fromEntries(attributes.map((a) => [a.id, typed(a, values[a.id])]));

/** The values that differ from where the form started, as the API takes them (empty text clears one). */
export const changedValues = (attributes: readonly Attribute[], draft: TypedValues, base: TypedValues): Record<string, Typed> =>
  Object.fromEntries(attributes.filter((a) => JSON.stringify(draft[a.id]) !== JSON.stringify(base[a.id])).map((a) => [a.id, draft[a.id] ?? '']));

/** One input per attribute, of the kind's sort: a line of text, a number, a date, a choice, boxes to tick. */
export function AttributeFields({
  idPrefix,
  attributes,
  value,
  onChange,
}: {
  idPrefix: string;
  attributes: readonly Attribute[];
  value: TypedValues;
  onChange: (next: TypedValues) => void;
}) {
  return (
    <>
      {attributes.map((a) => {
        const id = `${idPrefix}-${a.id}`;
        const v = value[a.id] ?? (a.kind === 'choices' ? [] : '');
        const set = (next: Typed) => onChange({ ...value, [a.id]: next });
        if (a.kind === 'choices') {
          const ticked = Array.isArray(v) ? v : [];
          return (
            <fieldset key={a.id} className="field">
              <legend>{a.name}</legend>
              {a.choices.map((c) => (
                <label key={c} className="choice">
                  <input
                    type="checkbox"
                    checked={ticked.includes(c)}
                    onChange={(e) => set(e.target.checked ? a.choices.filter((x) => x === c || ticked.includes(x)) : ticked.filter((x) => x !== c))}
                  />{' '}
                  {c}
                </label>
              ))}
            </fieldset>
          );
        }
        return (
          <span key={a.id} className="field">
            <label htmlFor={id}>{a.name}</label>
            {a.kind === 'choice' ? (
              <select id={id} value={String(v)} onChange={(e) => set(e.target.value)}>
                <option value="">–</option>
                {a.choices.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                type={a.kind === 'date' ? 'date' : 'text'}
                inputMode={a.kind === 'number' ? 'decimal' : undefined}
                maxLength={2000}
                value={String(v)}
                title={a.description || undefined}
                onChange={(e) => set(e.target.value)}
              />
            )}
          </span>
        );
      })}
    </>
  );
}

/** A participant's values, as facts beside their role and school. */
export function AttributeFacts({ attributes, values }: { attributes: readonly Attribute[]; values: Record<string, Stored> }) {
  return (
    <>
      {attributes.map((a) => (
        <Fragment key={a.id}>
          <dt>{a.name}</dt>
          <dd>{formatAttributeValue(values[a.id]) || <span className="muted">–</span>}</dd>
        </Fragment>
      ))}
    </>
  );
}

/** Analysts and lead researchers set a participant's values: a new version of the participant, with the reason. */
export function EditAttributeValues({ participant, attributes }: { participant: Participant; attributes: readonly Attribute[] }) {
  const client = useQueryClient();
  const id = useId();
  const [message, setMessage] = useState('');
  const [reason, setReason] = useState('');
  const read = (current: Record<string, unknown>) => typedValues(attributes, (current.attributes ?? {}) as Record<string, Stored>);
  const refresh = () => client.invalidateQueries({ queryKey: ['participants'] });
  const {
    busy,
    error,
    conflict,
    save: saveDraft,
    base,
    setBase,
    draft,
    setDraft,
    takeTheirs,
  } = useVersionedDraft<TypedValues, number>(() => ({ values: typedValues(attributes, participant.attributes), version: participant.version }), {
    read,
    refresh,
  });
  const changed = JSON.stringify(draft) !== JSON.stringify(base.values);
  useUnsavedChanges(changed);
  // A newer version saved meanwhile (the participant's edit on this page) becomes the start of an edit not yet begun.
  useEffect(() => {
    if (changed || participant.version <= base.version) return;
    const values = typedValues(attributes, participant.attributes);
    setBase({ values, version: participant.version });
    setDraft(values);
  }, [participant, attributes, changed, base.version, setBase, setDraft]);
  const save = (expectedVersion: number) =>
    saveDraft(expectedVersion + 1, async () => {
      const edited = await answer(
        api.PUT('/api/participants/{id}/attributes', {
          params: { path: { id: participant.id } },
          body: { values: changedValues(attributes, draft, base.values), reason, expectedVersion },
        }),
      );
      setMessage(edited.message);
      setReason('');
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(base.version);
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Attributes</h2>
      <form className="filters" aria-label="The participant's attributes" onSubmit={submit}>
        <AttributeFields idPrefix={id} attributes={attributes} value={draft} onChange={setDraft} />
        <ChangeReason id={id} label="Why the change (kept in the history)" required="form" value={reason} onChange={setReason} />
        <FormActions submit="Save the attributes" busy={busy} nothingToSave={!changed} />
      </form>
      {conflict && (
        <ConflictValues
          values={attributes.map((a) => [a.name, formatAttributeValue(((conflict.current.attributes ?? {}) as Record<string, Stored>)[a.id])])}
          busy={busy}
          onSaveMine={() => void save(conflict.version)}
          onTakeTheirs={takeTheirs}
        />
      )}
      {error !== null && <ErrorState error={error} />}
      {message && (
        <p className="done" role="status">
          {message}
        </p>
      )}
    </section>
  );
}

const KIND_OPTIONS = ATTRIBUTE_KINDS.map((k) => [k, ATTRIBUTE_KIND_LABELS[k]] as const);
const hasChoices = (kind: string) => kind === 'choice' || kind === 'choices';
const choicesOf = (text: string) =>
  text
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);

/** The attributes the partnership records of its participants: listed for the team, defined and edited by its leads. */
export function AttributeDefinitions({ partnershipId, canDefine }: { partnershipId: string; canDefine: boolean }) {
  const attributes = useAttributes(partnershipId);
  return (
    <section aria-labelledby="attributes-title">
      <h2 id="attributes-title">Participant attributes</h2>
      <p className="hint">What the team records of each participant (years of experience, grades taught…), to break coding, measures and networks down by.</p>
      {attributes.isPending && <Loading what="the attributes" />}
      {attributes.isError && <ErrorState error={attributes.error} />}
      {attributes.data?.length === 0 && <Empty>No participant attribute yet.</Empty>}
      {attributes.data && attributes.data.length > 0 && (
        <ul className="organizations">
          {attributes.data.map((a) => (
            <AttributeItem key={a.id} attribute={a} canEdit={canDefine} />
          ))}
        </ul>
      )}
      {canDefine && <DefineAttribute partnershipId={partnershipId} />}
    </section>
  );
}

function DefineAttribute({ partnershipId }: { partnershipId: string }) {
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AttributeKind>('text');
  const [choices, setChoices] = useState('');
  const [description, setDescription] = useState('');
  const add = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/api/partnerships/{partnershipId}/participant-attributes', {
          params: { path: { partnershipId } },
          body: { name, kind, ...(hasChoices(kind) && { choices: choicesOf(choices) }), ...(description.trim() && { description }) },
        }),
      ),
    onSuccess: async () => {
      setName('');
      setChoices('');
      setDescription('');
      await client.invalidateQueries({ queryKey: ['participant-attributes'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <form className="filters" aria-label="Define a participant attribute" onSubmit={submit}>
      <span className="field">
        <label htmlFor="new-attribute-name">New attribute</label>
        <input id="new-attribute-name" required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </span>
      <span className="field">
        <label htmlFor="new-attribute-kind">Kind</label>
        <select id="new-attribute-kind" value={kind} onChange={(e) => setKind(e.target.value as AttributeKind)}>
          {KIND_OPTIONS.map(([k, label]) => (
            <option key={k} value={k}>
              {label}
            </option>
          ))}
        </select>
      </span>
      {hasChoices(kind) && (
        <span className="field">
          <label htmlFor="new-attribute-choices">Choices (separated by commas)</label>
          <input id="new-attribute-choices" required value={choices} onChange={(e) => setChoices(e.target.value)} />
        </span>
      )}
      <span className="field grow">
        <label htmlFor="new-attribute-description">Description (optional)</label>
        <input id="new-attribute-description" maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)} />
      </span>
      <FormActions submit="Define the attribute" busy={add.isPending} />
      {add.isError && <ErrorState error={add.error} />}
    </form>
  );
}

function AttributeItem({ attribute, canEdit }: { attribute: Attribute; canEdit: boolean }) {
  const client = useQueryClient();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(attribute.name);
  const [choices, setChoices] = useState(attribute.choices.join(', '));
  const [description, setDescription] = useState(attribute.description);
  const [reason, setReason] = useState('');
  const edit = useMutation({
    mutationFn: () =>
      answer(
        api.PATCH('/api/participant-attributes/{id}', {
          params: { path: { id: attribute.id } },
          body: { name, description, ...(hasChoices(attribute.kind) && { choices: choicesOf(choices) }), reason, expectedVersion: attribute.version },
        }),
      ),
    onSuccess: async () => {
      setOpen(false);
      setReason('');
      await client.invalidateQueries({ queryKey: ['participant-attributes'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    edit.mutate();
  };
  return (
    <li>
      {attribute.name} <span className="muted">· {ATTRIBUTE_KIND_LABELS[attribute.kind]}</span>
      {attribute.choices.length > 0 && <span className="muted"> ({attribute.choices.join(', ')})</span>}
      {attribute.description && <span className="hint"> {attribute.description}</span>}{' '}
      {canEdit && !open && (
        <button type="button" className="link" onClick={() => setOpen(true)} aria-label={`Edit ${attribute.name}`}>
          Edit
        </button>
      )}
      {open && (
        <form className="filters" aria-label={`Edit ${attribute.name}`} onSubmit={submit}>
          <span className="field">
            <label htmlFor={`${id}-name`}>Name</label>
            <input id={`${id}-name`} required value={name} onChange={(e) => setName(e.target.value)} />
          </span>
          {hasChoices(attribute.kind) && (
            <span className="field">
              <label htmlFor={`${id}-choices`}>Choices (separated by commas)</label>
              <input id={`${id}-choices`} required value={choices} onChange={(e) => setChoices(e.target.value)} />
            </span>
          )}
          <span className="field grow">
            <label htmlFor={`${id}-description`}>Description</label>
            <input id={`${id}-description`} value={description} onChange={(e) => setDescription(e.target.value)} />
          </span>
          <ChangeReason id={id} value={reason} onChange={setReason} required="form" label="Why the change (kept in the history)" className="field" />
          <FormActions submit="Save the attribute" busy={edit.isPending} onCancel={() => setOpen(false)} />
          {edit.isError && <ErrorState error={edit.error} />}
        </form>
      )}
    </li>
  );
}
