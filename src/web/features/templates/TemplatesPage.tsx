import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { ROLE_GROUP_LABELS, ROLE_GROUPS, type RoleGroup } from '../../../domain/roles.js';
import { answer, api } from '../../api/client';
import { useDirectory } from '../../api/queries';
import { useSession } from '../../api/session';
import type { IsfTemplate } from '../../api/types';
import { ChangeReason } from '../../components/ChangeReason';
import { ConflictValues, useVersionedDraft } from '../../components/ConflictPanel';
import { FilterSelect, useFilters } from '../../components/filters';
import { FormActions } from '../../components/FormActions';
import { ErrorState, Loading } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { History } from '../history/History';
import './templates.css';

type TemplateField = IsfTemplate['fields'][number];

/** Where a change goes: a role group's template, the partnership's default or a district's own. */
interface Target {
  role: RoleGroup;
  /** District name; empty for the partnership's default. */
  district: string;
}

/** A field as the server answered a stale change with it (409). */
function fieldNow(current: Record<string, unknown>, key: string): { label: string; guidance: string; required: boolean } | undefined {
  const fields = Array.isArray(current.fields) ? (current.fields as Record<string, unknown>[]) : [];
  const f = fields.find((x) => x.key === key);
  return f && { label: String(f.label ?? ''), guidance: String(f.guidance ?? ''), required: f.required === true };
}

/**
 * The partnership's Interview Summary Form templates, one per role group, and the districts' own
 * copies. Lead researchers and administrators change them, each change a new version with its
 * reason; the rest of the team reads them.
 */
export function TemplatesPage() {
  const { partnership, can } = useSession();
  const { districts, labelOf, error: directoryError } = useDirectory();
  const filters = useFilters();
  const role = (ROLE_GROUPS as readonly string[]).includes(filters.get('role')) ? (filters.get('role') as RoleGroup) : 'teacher';
  const district = filters.get('district');
  const districtId = districts.find((d) => d.name === district)?.id ?? null;
  const templates = useQuery({
    queryKey: ['isf-templates', partnership?.id],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/isf-templates', { params: { path: { partnershipId: partnership!.id } } })),
    enabled: Boolean(partnership),
  });
  const all = templates.data ?? [];
  const own = district ? all.find((t) => t.role === role && t.districtId === districtId) : undefined;
  const fallback = all.find((t) => t.role === role && t.districtId === null);
  const shown = own ?? fallback;
  const target: Target = { role, district };

  return (
    <div className="templates">
      <h1>ISF templates</h1>
      <p className="hint">
        The fields of each role group's Interview Summary Form follow its interview protocol; a district can have its own copy.{' '}
        {can.lead
          ? 'As a lead researcher you change them: each change is a new version, with its reason in the history.'
          : 'Lead researchers change them; each change keeps its reason in the history.'}
      </p>
      <div className="filters">
        <FilterSelect
          label="Role group"
          value={role}
          required
          onChange={(v) => filters.set('role', v)}
          options={ROLE_GROUPS.map((r) => [r, ROLE_GROUP_LABELS[r]])}
        />
        <FilterSelect
          label="Template of"
          value={district}
          required
          onChange={(v) => filters.set('district', v)}
          options={[['', 'The partnership (default)'], ...districts.map((d) => [d.name, d.name] as const)]}
        />
      </div>
      {directoryError && <ErrorState error={directoryError} />}
      {templates.isPending && <Loading what="the templates" />}
      {templates.isError && <ErrorState error={templates.error} />}
      <TemplateList templates={all} labelOf={labelOf} />
      {shown && (
        <TemplateView
          key={`${shown.id}-${district}`}
          template={shown}
          target={target}
          copiedOnChange={Boolean(district) && !own}
          districtLabel={district}
          canChange={can.lead}
        />
      )}
    </div>
  );
}

function TemplateList({ templates, labelOf }: { templates: readonly IsfTemplate[]; labelOf: (id: string | null) => string }) {
  if (templates.length === 0) return null;
  return (
    <details className="template-list">
      <summary>All templates ({templates.length})</summary>
      <ul>
        {templates.map((t) => (
          <li key={t.id}>
            {ROLE_GROUP_LABELS[t.role]}, {t.districtId ? `${labelOf(t.districtId)}'s own` : 'partnership default'}: version {t.version},{' '}
            {t.fields.filter((f) => f.retiredInVersion === null).length} fields in use, {t.isfs.total} ISFs started on it
          </li>
        ))}
      </ul>
    </details>
  );
}

/** What a change does to the forms already written: said in words, as the service does it. */
function Consequences({ template, copiedOnChange, districtLabel }: { template: IsfTemplate; copiedOnChange: boolean; districtLabel: string }) {
  const { total, complete } = template.isfs;
  if (copiedOnChange) {
    return (
      <div className="consequences" aria-label="What a change does to ISFs already written">
        <p>
          {districtLabel} uses the partnership's default {ROLE_GROUP_LABELS[template.role].toLowerCase()} template. Your first change makes {districtLabel}'s
          own copy of it (the fields in use, as they stand), and the change is made to that copy.
        </p>
        <p>
          ISFs already started in {districtLabel} stay on the default template: they do not get {districtLabel}'s changes (and still follow changes to the
          default). ISFs started in {districtLabel} from then on use its own template.
        </p>
      </div>
    );
  }
  return (
    <div className="consequences" aria-label="What a change does to ISFs already written">
      <p>
        {total === 0
          ? 'No ISF has been started on this template yet: a change applies to the ISFs started from now on.'
          : `${total} ${total === 1 ? 'ISF was' : 'ISFs were'} started on this template (${complete} complete). A change applies to ${total === 1 ? 'it' : 'them'} as well as to new ones:`}
      </p>
      {total > 0 && (
        <ul>
          <li>a renamed field, or new guidance, shows on them; the entries written under the field stay as they are;</li>
          <li>an added field appears on them, empty;</li>
          <li>
            a retired field no longer shows where nothing was written under it; where something was, the entry stays and shows, and can no longer be started;
          </li>
          <li>a field marked required must be written before a draft can be marked complete; ISFs already complete stay complete;</li>
          <li>a new order of the fields is the order they show in.</li>
        </ul>
      )}
    </div>
  );
}

function TemplateView({
  template,
  target,
  copiedOnChange,
  districtLabel,
  canChange,
}: {
  template: IsfTemplate;
  target: Target;
  copiedOnChange: boolean;
  districtLabel: string;
  canChange: boolean;
}) {
  const [said, setSaid] = useState('');
  const [mode, setMode] = useState<'read' | 'add' | 'order'>('read');
  const live = template.fields.filter((f) => f.retiredInVersion === null);
  const retired = template.fields.filter((f) => f.retiredInVersion !== null);
  const title = `${ROLE_GROUP_LABELS[template.role]} template${template.districtId ? ` of ${districtLabel}` : ', partnership default'}`;
  return (
    <section className="template" aria-labelledby="template-title">
      <h2 id="template-title">
        {title} <span className="muted">· version {template.version}</span>
      </h2>
      <p className="muted">
        Version {template.version}, by {template.updatedBy}, {new Date(template.updatedAt).toLocaleString()}
      </p>
      {canChange && <Consequences template={template} copiedOnChange={copiedOnChange} districtLabel={districtLabel} />}
      <p role="status" className="said">
        {said}
      </p>
      <ol className="template-fields" aria-label="Fields in use">
        {live.map((f) => (
          <FieldItem key={f.id} field={f} template={template} target={target} canChange={canChange && mode === 'read'} onSaid={setSaid} />
        ))}
      </ol>
      {canChange && mode === 'read' && (
        <p className="actions">
          <button type="button" onClick={() => setMode('add')}>
            Add a field
          </button>
          <button type="button" className="secondary" onClick={() => setMode('order')}>
            Change the order
          </button>
        </p>
      )}
      {mode === 'add' && (
        <AddField
          template={template}
          target={target}
          onDone={(label) => {
            setMode('read');
            if (label) setSaid(`Added “${label}”.`);
          }}
        />
      )}
      {mode === 'order' && (
        <ReorderFields
          template={template}
          target={target}
          onDone={(saved) => {
            setMode('read');
            if (saved) setSaid('The fields are in their new order.');
          }}
        />
      )}
      {retired.length > 0 && (
        <details className="retired-fields">
          <summary>Retired fields ({retired.length})</summary>
          <ul>
            {retired.map((f) => (
              <li key={f.id}>
                {f.label} <span className="muted">(retired in version {f.retiredInVersion}; entries already written under it stay)</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <History id={template.id} />
    </section>
  );
}

/** After a change: the templates read again, and the template's history. */
function useRefreshTemplates() {
  const client = useQueryClient();
  const { partnership } = useSession();
  return async () => {
    await client.invalidateQueries({ queryKey: ['isf-templates', partnership?.id] });
    await client.invalidateQueries({ queryKey: ['history'] });
  };
}

const changeBody = (target: Target, expectedVersion: number | undefined, reason: string) => ({
  role: target.role,
  ...(target.district && { district: target.district }),
  ...(expectedVersion !== undefined && { expectedVersion }),
  ...(reason.trim() && { reason: reason.trim() }),
});

/** The version a change names; none for a district's first change, which makes its copy of the default. */
const versionOf = (template: IsfTemplate, target: Target) => (target.district && template.districtId === null ? undefined : template.version);

function FieldItem({
  field,
  template,
  target,
  canChange,
  onSaid,
}: {
  field: TemplateField;
  template: IsfTemplate;
  target: Target;
  canChange: boolean;
  onSaid: (s: string) => void;
}) {
  const [mode, setMode] = useState<'read' | 'edit' | 'retire'>('read');
  const labelId = `field-label-${field.key}`;
  return (
    <li className="template-field">
      <p id={labelId} className="field-label">
        <strong>{field.label}</strong>
        {field.required ? <span className="required"> · required</span> : <span className="muted"> · optional</span>}
      </p>
      {field.guidance ? <p className="guidance">{field.guidance}</p> : <p className="muted">No guidance.</p>}
      {canChange && mode === 'read' && (
        <p className="actions">
          <button type="button" className="secondary" aria-describedby={labelId} onClick={() => setMode('edit')}>
            Edit
          </button>
          <button type="button" className="secondary" aria-describedby={labelId} onClick={() => setMode('retire')}>
            Retire
          </button>
        </p>
      )}
      {mode === 'edit' && (
        <EditField
          field={field}
          template={template}
          target={target}
          onDone={(saved) => {
            setMode('read');
            if (saved) onSaid(`Saved “${saved}”.`);
          }}
        />
      )}
      {mode === 'retire' && (
        <RetireField
          field={field}
          template={template}
          target={target}
          onDone={(saved) => {
            setMode('read');
            if (saved) onSaid(`Retired “${field.label}”: entries already written under it stay.`);
          }}
        />
      )}
    </li>
  );
}

interface FieldValues {
  label: string;
  guidance: string;
  required: boolean;
}

function EditField({ field, template, target, onDone }: { field: TemplateField; template: IsfTemplate; target: Target; onDone: (saved?: string) => void }) {
  const partnershipId = useSession().partnership!.id;
  const refresh = useRefreshTemplates();
  const start = { label: field.label, guidance: field.guidance, required: field.required };
  const {
    busy,
    error,
    conflict,
    base,
    draft,
    setDraft,
    save: saveDraft,
    takeTheirs,
  } = useVersionedDraft<FieldValues, number | undefined>(() => ({ values: start, version: versionOf(template, target) }), {
    read: (current) => fieldNow(current, field.key) ?? start,
    refresh,
  });
  const [reason, setReason] = useState('');
  const dirty = draft.label.trim() !== base.values.label || draft.guidance.trim() !== base.values.guidance || draft.required !== base.values.required;
  useUnsavedChanges(dirty);
  const id = `edit-${field.key}`;
  const save = async (version: number | undefined) => {
    const ok = await saveDraft(version, () =>
      answer(
        api.PATCH('/api/partnerships/{partnershipId}/isf-templates/fields/{key}', {
          params: { path: { partnershipId, key: field.key } },
          body: {
            ...changeBody(target, version, reason),
            label: draft.label,
            guidance: draft.guidance,
            required: draft.required,
          },
        }),
      ),
    );
    if (ok) onDone(draft.label.trim());
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(base.version);
  };
  const theirs = conflict && fieldNow(conflict.current, field.key);
  return (
    <form className="template-form" aria-label={`Edit the field ${field.label}`} onSubmit={submit}>
      <span className="field wide">
        <label htmlFor={`${id}-label`}>Label</label>
        <input id={`${id}-label`} required maxLength={200} value={draft.label} onChange={(e) => setDraft((d) => ({ ...d, label: e.target.value }))} />
      </span>
      <span className="field wide">
        <label htmlFor={`${id}-guidance`}>Guidance (the prompt analysts write to)</label>
        <textarea
          id={`${id}-guidance`}
          rows={3}
          maxLength={2000}
          value={draft.guidance}
          onChange={(e) => setDraft((d) => ({ ...d, guidance: e.target.value }))}
        />
      </span>
      <span className="field check">
        <input id={`${id}-required`} type="checkbox" checked={draft.required} onChange={(e) => setDraft((d) => ({ ...d, required: e.target.checked }))} />
        <label htmlFor={`${id}-required`}>Required: an ISF cannot be marked complete without it</label>
      </span>
      <ChangeReason id={id} value={reason} onChange={setReason} />
      <FormActions submit="Save the field" busy={busy} nothingToSave={!dirty} onCancel={() => onDone()} />
      {conflict && (
        <ConflictValues
          busy={busy}
          values={
            theirs
              ? [
                  ['Label', theirs.label],
                  ['Guidance', theirs.guidance],
                  ['Required', theirs.required ? 'yes' : 'no'],
                ]
              : [['Field', 'retired or no longer in the template']]
          }
          onSaveMine={() => void save(conflict.version)}
          onTakeTheirs={takeTheirs}
        />
      )}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}

function AddField({ template, target, onDone }: { template: IsfTemplate; target: Target; onDone: (label?: string) => void }) {
  const partnershipId = useSession().partnership!.id;
  const refresh = useRefreshTemplates();
  const empty: FieldValues = { label: '', guidance: '', required: false };
  const {
    busy,
    error,
    conflict,
    base,
    draft,
    setDraft,
    save: saveDraft,
    takeTheirs,
  } = useVersionedDraft<FieldValues, number | undefined>(() => ({ values: empty, version: versionOf(template, target) }), { read: () => empty, refresh });
  const [reason, setReason] = useState('');
  const dirty = draft.label.trim() !== '' || draft.guidance.trim() !== '';
  useUnsavedChanges(dirty);
  const id = `add-field-${template.id}`;
  const save = async (version: number | undefined) => {
    const ok = await saveDraft(version, () =>
      answer(
        api.POST('/api/partnerships/{partnershipId}/isf-templates/fields', {
          params: { path: { partnershipId } },
          body: {
            ...changeBody(target, version, reason),
            label: draft.label,
            ...(draft.guidance.trim() && { guidance: draft.guidance }),
            required: draft.required,
          },
        }),
      ),
    );
    if (ok) onDone(draft.label.trim());
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(base.version);
  };
  return (
    <form className="template-form" aria-label="Add a field" onSubmit={submit}>
      <span className="field wide">
        <label htmlFor={`${id}-label`}>Label of the new field</label>
        <input id={`${id}-label`} required maxLength={200} value={draft.label} onChange={(e) => setDraft((d) => ({ ...d, label: e.target.value }))} />
      </span>
      <span className="field wide">
        <label htmlFor={`${id}-guidance`}>Guidance (the prompt analysts write to)</label>
        <textarea
          id={`${id}-guidance`}
          rows={3}
          maxLength={2000}
          value={draft.guidance}
          onChange={(e) => setDraft((d) => ({ ...d, guidance: e.target.value }))}
        />
      </span>
      <span className="field check">
        <input id={`${id}-required`} type="checkbox" checked={draft.required} onChange={(e) => setDraft((d) => ({ ...d, required: e.target.checked }))} />
        <label htmlFor={`${id}-required`}>Required: an ISF cannot be marked complete without it</label>
      </span>
      <ChangeReason id={id} value={reason} onChange={setReason} />
      <FormActions submit="Add the field" busy={busy} nothingToSave={!draft.label.trim()} onCancel={() => onDone()} />
      {conflict && (
        <ConflictValues
          busy={busy}
          values={[['Template', `someone else changed it: it is now at version ${conflict.version}`]]}
          onSaveMine={() => void save(conflict.version)}
          onTakeTheirs={() => {
            takeTheirs();
            onDone();
          }}
        />
      )}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}

function ReorderFields({ template, target, onDone }: { template: IsfTemplate; target: Target; onDone: (saved?: boolean) => void }) {
  const partnershipId = useSession().partnership!.id;
  const refresh = useRefreshTemplates();
  const live = template.fields.filter((f) => f.retiredInVersion === null);
  const labels = new Map(live.map((f) => [f.key, f.label]));
  const {
    busy,
    error,
    conflict,
    base,
    draft,
    setDraft,
    save: saveDraft,
  } = useVersionedDraft<string[], number | undefined>(() => ({ values: live.map((f) => f.key), version: versionOf(template, target) }), {
    read: () => live.map((f) => f.key),
    refresh,
  });
  const [reason, setReason] = useState('');
  const dirty = draft.join() !== base.values.join();
  useUnsavedChanges(dirty);
  const move = (i: number, by: -1 | 1) =>
    setDraft((d) => {
      const next = [...d];
      [next[i], next[i + by]] = [next[i + by]!, next[i]!];
      return next;
    });
  const save = async (version: number | undefined) => {
    const ok = await saveDraft(version, () =>
      answer(
        api.POST('/api/partnerships/{partnershipId}/isf-templates/order', {
          params: { path: { partnershipId } },
          body: { ...changeBody(target, version, reason), keys: draft },
        }),
      ),
    );
    if (ok) onDone(true);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(base.version);
  };
  const id = `order-${template.id}`;
  return (
    <form className="template-form" aria-label="Change the order of the fields" onSubmit={submit}>
      <ol className="reorder">
        {draft.map((key, i) => (
          <li key={key}>
            <span>{labels.get(key)}</span>{' '}
            <button type="button" className="secondary" disabled={i === 0} aria-label={`Move “${labels.get(key)}” up`} onClick={() => move(i, -1)}>
              ↑
            </button>
            <button
              type="button"
              className="secondary"
              disabled={i === draft.length - 1}
              aria-label={`Move “${labels.get(key)}” down`}
              onClick={() => move(i, 1)}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <ChangeReason id={id} value={reason} onChange={setReason} />
      <FormActions submit="Save the order" busy={busy} nothingToSave={!dirty} onCancel={() => onDone()} />
      {conflict && (
        <ConflictValues
          busy={busy}
          values={[['Template', `someone else changed it: it is now at version ${conflict.version}`]]}
          onSaveMine={() => void save(conflict.version)}
          onTakeTheirs={() => onDone()}
        />
      )}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}

function RetireField({ field, template, target, onDone }: { field: TemplateField; template: IsfTemplate; target: Target; onDone: (saved?: boolean) => void }) {
  const partnershipId = useSession().partnership!.id;
  const refresh = useRefreshTemplates();
  const {
    busy,
    error,
    conflict,
    base,
    save: saveDraft,
  } = useVersionedDraft<null, number | undefined>(() => ({ values: null, version: versionOf(template, target) }), { read: () => null, refresh });
  const [reason, setReason] = useState('');
  const save = async (version: number | undefined) => {
    const ok = await saveDraft(version, () =>
      answer(
        api.POST('/api/partnerships/{partnershipId}/isf-templates/fields/{key}/retire', {
          params: { path: { partnershipId, key: field.key } },
          body: { ...changeBody(target, version, reason) },
        }),
      ),
    );
    if (ok) onDone(true);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(base.version);
  };
  const id = `retire-${field.key}`;
  return (
    <form className="template-form" aria-label={`Retire the field ${field.label}`} onSubmit={submit}>
      <p>New ISFs will not have “{field.label}”. On ISFs already started, it stays where something was written under it, and disappears where nothing was.</p>
      <ChangeReason id={id} value={reason} onChange={setReason} />
      <FormActions submit="Retire the field" busy={busy} onCancel={() => onDone()} />
      {conflict && (
        <ConflictValues
          busy={busy}
          values={[['Template', `someone else changed it: it is now at version ${conflict.version}`]]}
          onSaveMine={() => void save(conflict.version)}
          onTakeTheirs={() => onDone()}
        />
      )}
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}
