import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { answer, api } from '../../api/client';
import { useDirectory } from '../../api/queries';
import { ROLE_LABELS } from '../../api/labels';
import { useSession } from '../../api/session';
import type { Answer } from '../../api/client';
import { ChangeReason } from '../../components/ChangeReason';
import { ConflictValues, useVersionedDraft } from '../../components/ConflictPanel';
import { FormActions } from '../../components/FormActions';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useUnsavedChanges } from '../../components/unsaved';
import { AttributeFacts, EditAttributeValues, useAttributes } from './ParticipantAttributes';
import { ParticipantMeasures } from './ParticipantMeasures';
import { type Placement, placementBody, PlacementFields } from './ParticipantFields';

type Participant = Answer<'/api/partnerships/{partnershipId}/participants'>[number];

/**
 * One participant: where they work now, and each interview with the role and school they had when
 * it was given (interviews keep those when a participant moves). Lead researchers edit them here.
 */
export function ParticipantPage() {
  const { id } = useParams();
  const { partnership, can } = useSession();
  const { labelOf } = useDirectory();
  const pid = partnership?.id;
  const participants = useQuery({
    queryKey: ['participants', pid, ''],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/participants', { params: { path: { partnershipId: pid! } } })),
    enabled: Boolean(pid),
  });
  const attributes = useAttributes(pid);
  const interviews = useQuery({
    queryKey: ['interviews', pid, { participant: id }],
    queryFn: () => answer(api.GET('/api/partnerships/{partnershipId}/interviews', { params: { path: { partnershipId: pid! }, query: { participant: id! } } })),
    enabled: Boolean(pid && id),
  });
  if (participants.isPending) return <Loading what="the participant" />;
  if (participants.isError) return <ErrorState error={participants.error} />;
  const p = participants.data.find((x) => x.id === id);
  if (!p) return <Empty>No such participant.</Empty>;
  return (
    <>
      <h1>
        {p.pseudonym} <span className="muted">· {p.code}</span>
      </h1>
      <dl className="facts">
        <dt>Role group</dt>
        <dd>{ROLE_LABELS[p.role] ?? p.role}</dd>
        <dt>{p.role === 'district_leader' ? 'District' : 'School'}</dt>
        <dd>{labelOf(p.organizationId)}</dd>
        {p.unitId && (
          <>
            <dt>Central-office unit</dt>
            <dd>{labelOf(p.unitId)}</dd>
          </>
        )}
        {attributes.data && <AttributeFacts attributes={attributes.data} values={p.attributes} />}
        <dt>Version</dt>
        <dd>{p.version}</dd>
      </dl>
      {attributes.isError && <ErrorState error={attributes.error} />}
      <h2 id="participant-interviews">Interviews</h2>
      <p className="hint">Each interview keeps the role group and school the participant had when it was given.</p>
      {interviews.isPending && <Loading what="the interviews" />}
      {interviews.isError && <ErrorState error={interviews.error} />}
      {interviews.data?.length === 0 && <Empty>No interview yet.</Empty>}
      {interviews.data && interviews.data.length > 0 && (
        <table aria-labelledby="participant-interviews">
          <thead>
            <tr>
              <th scope="col">Interview</th>
              <th scope="col">Cycle</th>
              <th scope="col">Role group then</th>
              <th scope="col">School or district then</th>
            </tr>
          </thead>
          <tbody>
            {interviews.data.map((i) => (
              <tr key={i.id}>
                <th scope="row">
                  <Link to={`/interviews/${i.id}`}>{i.code}</Link>
                </th>
                <td>{i.cycle}</td>
                <td>
                  {ROLE_LABELS[i.role] ?? i.role}
                  {i.role !== p.role && <span className="muted"> (now {ROLE_LABELS[p.role]?.toLowerCase()})</span>}
                </td>
                <td>
                  {labelOf(i.organization.id) || i.organization.name}
                  {i.organization.id !== p.organizationId && <span className="muted"> (now {labelOf(p.organizationId)})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ParticipantMeasures participantId={p.id} />
      {can.write && attributes.data && attributes.data.length > 0 && (
        <EditAttributeValues key={`${p.id}-${attributes.data.map((a) => a.id).join()}`} participant={p} attributes={attributes.data} />
      )}
      {can.lead && <EditParticipant key={p.id} participant={p} />}
    </>
  );
}

interface Draft extends Placement {
  pseudonym: string;
}

const draftOf = (p: Record<string, unknown>): Draft => ({
  pseudonym: String(p.pseudonym ?? ''),
  role: (p.role as Draft['role']) ?? 'teacher',
  school: p.role === 'district_leader' ? '' : String(p.organizationId ?? ''),
  district: String(p.districtId ?? ''),
  unit: String(p.unitId ?? ''),
});

function EditParticipant({ participant }: { participant: Participant }) {
  const client = useQueryClient();
  const id = useId();
  const [message, setMessage] = useState('');
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: ['participants'] });
    await client.invalidateQueries({ queryKey: ['interviews'] });
  };
  const start = draftOf(participant);
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
  } = useVersionedDraft<Draft, number>(() => ({ values: start, version: participant.version }), { read: draftOf, refresh });
  const [reason, setReason] = useState('');
  // Whether a new role or school corrects the past interviews too (they were wrong) or is a change since (they keep theirs).
  const [correction, setCorrection] = useState<'' | 'correction' | 'since'>('');
  const changed = JSON.stringify(draft) !== JSON.stringify(base.values);
  useUnsavedChanges(changed);
  // A newer version saved meanwhile (the attributes form on this page) becomes the start of an edit not yet begun.
  useEffect(() => {
    if (changed || participant.version <= base.version) return;
    setBase({ values: draftOf(participant), version: participant.version });
    setDraft(draftOf(participant));
  }, [participant, changed, base.version, setBase, setDraft]);
  const moved = draft.role !== base.values.role || placementBody(draft).school !== placementBody(base.values).school || draft.district !== base.values.district;
  const save = (expectedVersion: number) =>
    saveDraft(expectedVersion + 1, async () => {
      const edited = await answer(
        api.PATCH('/api/participants/{id}', {
          params: { path: { id: participant.id } },
          body: {
            pseudonym: draft.pseudonym,
            ...placementBody(draft),
            ...(draft.role === 'district_leader' && !draft.unit && { unit: '' }),
            ...(moved && { alsoPastInterviews: correction === 'correction' }),
            reason,
            expectedVersion,
          },
        }),
      );
      setMessage(edited.message);
      setReason('');
      setCorrection('');
    });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(base.version);
  };
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Edit the participant</h2>
      <form className="filters" aria-label="Edit the participant" onSubmit={submit}>
        <span className="field">
          <label htmlFor={`${id}-pseudonym`}>Pseudonym</label>
          <input id={`${id}-pseudonym`} required value={draft.pseudonym} onChange={(e) => setDraft({ ...draft, pseudonym: e.target.value })} />
        </span>
        <PlacementFields idPrefix={`${id}-edit`} value={draft} onChange={(next) => setDraft({ ...draft, ...next })} />
        <ChangeReason id={id} label="Why the change (kept in the history)" required="form" value={reason} onChange={setReason} />
        {moved && (
          <fieldset className="field wide">
            <legend>Their past interviews</legend>
            <label className="choice">
              <input type="radio" name={`${id}-correction`} required checked={correction === 'since'} onChange={() => setCorrection('since')} /> A change since:
              past interviews keep the role group and school they were given at the time
            </label>
            <label className="choice">
              <input type="radio" name={`${id}-correction`} required checked={correction === 'correction'} onChange={() => setCorrection('correction')} /> A
              correction: the past interviews were wrong too; correct them as well (each keeps the reason in its history)
            </label>
          </fieldset>
        )}
        <FormActions submit="Save the participant" busy={busy} nothingToSave={!changed} />
      </form>
      {conflict && (
        <ConflictValues
          values={[
            ['Pseudonym', String(conflict.current.pseudonym ?? '')],
            ['Role group', String(conflict.current.role ?? '')],
          ]}
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
