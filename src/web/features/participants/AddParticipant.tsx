import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { answer, api } from '../../api/client';
import { FormActions } from '../../components/FormActions';
import { ErrorState } from '../../components/states';
import { AttributeFields, changedValues, type TypedValues, typedValues, useAttributes } from './ParticipantAttributes';
import { type Placement, placementBody, PlacementFields } from './ParticipantFields';

const EMPTY: Placement = { role: 'teacher', school: '', district: '', unit: '' };

/** Lead researchers add a participant by hand: pseudonym, role group, school or district, and the team's ID (or the next free one). */
export function AddParticipant({ partnershipId }: { partnershipId: string }) {
  const client = useQueryClient();
  const [pseudonym, setPseudonym] = useState('');
  const [code, setCode] = useState('');
  const [placement, setPlacement] = useState<Placement>(EMPTY);
  const attributes = useAttributes(partnershipId).data ?? [];
  const [values, setValues] = useState<TypedValues>({});
  const given = changedValues(attributes, { ...typedValues(attributes, {}), ...values }, typedValues(attributes, {}));
  const add = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/api/partnerships/{partnershipId}/participants', {
          params: { path: { partnershipId } },
          body: {
            pseudonym,
            ...placementBody(placement),
            ...(code.trim() && { code: code.trim() }),
            ...(Object.keys(given).length > 0 && { attributes: given }),
          },
        }),
      ),
    onSuccess: async () => {
      setPseudonym('');
      setCode('');
      setValues({});
      await client.invalidateQueries({ queryKey: ['participants'] });
      await client.invalidateQueries({ queryKey: ['progress'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  return (
    <details className="new">
      <summary>Add a participant</summary>
      <form className="filters" aria-label="Add a participant" onSubmit={submit}>
        <span className="field">
          <label htmlFor="new-participant-pseudonym">Pseudonym</label>
          <input id="new-participant-pseudonym" required maxLength={200} value={pseudonym} onChange={(e) => setPseudonym(e.target.value)} />
        </span>
        <PlacementFields idPrefix="new-participant" value={placement} onChange={setPlacement} />
        <span className="field">
          <label htmlFor="new-participant-code">Participant ID (optional)</label>
          <input id="new-participant-code" maxLength={40} value={code} onChange={(e) => setCode(e.target.value)} aria-describedby="new-participant-code-hint" />
          <span id="new-participant-code-hint" className="hint">
            Without it, the next free one: T01, C01, SL01, DL01…
          </span>
        </span>
        <AttributeFields idPrefix="new-participant" attributes={attributes} value={{ ...typedValues(attributes, {}), ...values }} onChange={setValues} />
        <FormActions submit="Add the participant" busy={add.isPending} />
      </form>
      {add.isError && <ErrorState error={add.error} />}
      {add.data && (
        <p className="done" role="status">
          Added {add.data.pseudonym} as {add.data.code}.
        </p>
      )}
    </details>
  );
}
